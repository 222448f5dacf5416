using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TwitchSite.Engine.Documents;

/// <summary>
/// The values of one <see cref="Metadata"/> layer, never changed once made. A small layer (a page's
/// own values: its front matter and what the build computed, about a dozen keys) is two arrays
/// searched in order, and a large one (the site settings) a dictionary. Every page holds its layer
/// to the end of the build: the arrays take about half the memory of a dictionary's buckets and
/// entries (issue #19, 100,000 pages), and a search of a dozen keys costs no more than hashing
/// one. Keys keep the order they were first set in, as a dictionary's do.
/// </summary>
internal sealed class MetadataLayer : IReadOnlyDictionary<string, object?>
{
    /// <summary>Most keys kept as arrays; a larger layer is a dictionary.</summary>
    internal const int MaxScanned = 16;

    private readonly string[]? _keys;
    private readonly object?[]? _values;
    private readonly Dictionary<string, object?>? _large;

    public static MetadataLayer Empty { get; } = new([], []);

    private MetadataLayer(string[] keys, object?[] values) => (_keys, _values) = (keys, values);

    private MetadataLayer(Dictionary<string, object?> large) => _large = large;

    /// <summary>A layer of <paramref name="values"/>; a key given twice is an error, as in a dictionary.</summary>
    public static MetadataLayer Of(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var builder = new Builder(values is ICollection<KeyValuePair<string, object?>> collection ? collection.Count : 8);
        foreach (var (key, value) in values)
        {
            builder.Add(key, value);
        }

        return builder.Build();
    }

    public int Count => _large?.Count ?? _keys!.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _large?.Keys ?? (IEnumerable<string>)_keys!;

    public IEnumerable<object?> Values => _large?.Values ?? (IEnumerable<object?>)_values!;

    public bool ContainsKey(string key) => IndexOf(key) >= 0 || (_large?.ContainsKey(key) ?? false);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_large is not null)
        {
            return _large.TryGetValue(key, out value);
        }

        var index = IndexOf(key);
        value = index >= 0 ? _values![index] : null;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        var keys = _keys;
        if (keys is null)
        {
            return -1;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A copy with each of <paramref name="values"/> set (later ones win), keys already here keeping their place.</summary>
    public MetadataLayer With(ReadOnlySpan<KeyValuePair<string, object?>> values)
    {
        var builder = new Builder(Count + values.Length, this);
        foreach (var (key, value) in values)
        {
            builder.Set(key, value);
        }

        return builder.Build();
    }

    /// <summary>A copy without <paramref name="keys"/>, or this layer when it has none of them.</summary>
    public MetadataLayer Without(IReadOnlySet<string> keys)
    {
        var found = false;
        foreach (var key in Keys)
        {
            if (keys.Contains(key))
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            return this;
        }

        var builder = new Builder(Count);
        foreach (var (key, value) in this)
        {
            if (!keys.Contains(key))
            {
                builder.Add(key, value);
            }
        }

        return builder.Build();
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        if (_large is not null)
        {
            foreach (var pair in _large)
            {
                yield return pair;
            }

            yield break;
        }

        for (var i = 0; i < _keys!.Length; i++)
        {
            yield return KeyValuePair.Create(_keys[i], _values![i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Collects a layer's values in order, then makes it as arrays or, when large, a dictionary.</summary>
    private struct Builder
    {
        private readonly List<string> _keys;
        private readonly List<object?> _values;

        public Builder(int capacity, MetadataLayer? from = null)
        {
            _keys = new List<string>(capacity);
            _values = new List<object?>(capacity);
            if (from is not null)
            {
                foreach (var (key, value) in from)
                {
                    _keys.Add(key);
                    _values.Add(value);
                }
            }
        }

        /// <summary>Adds a key not set yet (a repeated key is an error, as in a dictionary).</summary>
        public readonly void Add(string key, object? value)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (_keys.Exists(k => string.Equals(k, key, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"An item with the same key has already been added. Key: {key}", nameof(key));
            }

            _keys.Add(key);
            _values.Add(value);
        }

        /// <summary>Sets a key, in its place when already set.</summary>
        public readonly void Set(string key, object? value)
        {
            ArgumentNullException.ThrowIfNull(key);
            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    _values[i] = value;
                    return;
                }
            }

            _keys.Add(key);
            _values.Add(value);
        }

        public readonly MetadataLayer Build()
        {
            if (_keys.Count == 0)
            {
                return Empty;
            }

            if (_keys.Count <= MaxScanned)
            {
                return new MetadataLayer([.. _keys], [.. _values]);
            }

            var large = new Dictionary<string, object?>(_keys.Count, StringComparer.Ordinal);
            for (var i = 0; i < _keys.Count; i++)
            {
                large.Add(_keys[i], _values[i]);
            }

            return new MetadataLayer(large);
        }
    }
}
