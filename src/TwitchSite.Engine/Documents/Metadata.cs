using System.Collections;

namespace TwitchSite.Engine.Documents;

/// <summary>
/// Immutable layered key/value store. A page's metadata is its front matter over the
/// <c>_directory.yml</c> layers of its folders over the site settings: a lookup tries the
/// own layer first and then each parent in turn. Keys are case-sensitive.
/// </summary>
public sealed class Metadata : IEnumerable<KeyValuePair<string, object?>>
{
    // Never changed after construction: every change makes a copy. Arrays for a small layer (a
    // page's own values), a dictionary for a large one (MetadataLayer).
    private readonly MetadataLayer _own;

    /// <summary>Metadata with no values and no parent.</summary>
    public static Metadata Empty { get; } = new(MetadataLayer.Empty, null);

    private Metadata(MetadataLayer own, Metadata? parent)
    {
        _own = own;
        Parent = parent;
    }

    /// <summary>Creates a layer holding <paramref name="values"/> over <paramref name="parent"/>.</summary>
    public static Metadata Create(IEnumerable<KeyValuePair<string, object?>> values, Metadata? parent = null) =>
        new(MetadataLayer.Of(values), parent);

    /// <summary>The layer this one falls back to, or null.</summary>
    public Metadata? Parent { get; }

    /// <summary>The values set on this layer only.</summary>
    public IReadOnlyDictionary<string, object?> Own => _own;

    /// <summary>Returns a copy with <paramref name="key"/> set on the own layer.</summary>
    public Metadata With(string key, object? value) => With([KeyValuePair.Create(key, value)]);

    /// <summary>Returns a copy with every one of <paramref name="values"/> set on the own layer (later ones win).</summary>
    public Metadata With(ReadOnlySpan<KeyValuePair<string, object?>> values) => new(_own.With(values), Parent);

    /// <summary>
    /// Returns a copy whose own layer lacks every one of <paramref name="keys"/> (parents unchanged), or
    /// this instance when the own layer has none of them.
    /// </summary>
    public Metadata Without(IReadOnlySet<string> keys)
    {
        var own = _own.Without(keys);
        return ReferenceEquals(own, _own) ? this : new Metadata(own, Parent);
    }

    /// <summary>Returns a copy whose own layer sits over <paramref name="parent"/> instead.</summary>
    public Metadata WithParent(Metadata? parent) => new(_own, parent);

    /// <summary>Looks <paramref name="key"/> up in this layer and then in each parent.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        for (var layer = this; layer is not null; layer = layer.Parent)
        {
            if (layer._own.TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>True when any layer defines <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>The value of <paramref name="key"/> as <typeparamref name="T"/>, or default when absent or of another type.</summary>
    public T? Get<T>(string key) => TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value of <paramref name="key"/> as a string, or null.</summary>
    public string? GetString(string key) => TryGetValue(key, out var value) ? value?.ToString() : null;

    /// <summary>Every key visible through the layers with its effective value, nearest layer winning, in ordinal key order.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var seen = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        for (var layer = this; layer is not null; layer = layer.Parent)
        {
            foreach (var (key, value) in layer._own)
            {
                seen.TryAdd(key, value);
            }
        }

        return seen.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
