using System.Collections.Immutable;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// Everything besides the document itself that a cacheable module's result depends on (settings,
/// other pipelines' documents, parsed layouts, the navigation). Two stamps are equal when every
/// part is: metadata objects by reference, document lists by <see cref="DocumentIdentity"/>, and
/// mappings and lists by value, anything else by <see cref="object.Equals(object?, object?)"/>.
/// </summary>
public sealed class CacheStamp : IEquatable<CacheStamp>
{
    private readonly object?[] _parts;

    /// <summary>Creates a stamp of <paramref name="parts"/>.</summary>
    public CacheStamp(params object?[] parts) => _parts = parts;

    /// <inheritdoc />
    public bool Equals(CacheStamp? other)
    {
        if (other is null || other._parts.Length != _parts.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!PartEquals(_parts[i], other._parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CacheStamp);

    /// <inheritdoc />
    public override int GetHashCode() => _parts.Length;

    private static bool PartEquals(object? a, object? b) => (a, b) switch
    {
        (Metadata x, Metadata y) => ReferenceEquals(x, y),
        (ImmutableArray<Document> x, ImmutableArray<Document> y) => DocumentIdentity.Same(x, y),
        (Document x, Document y) => DocumentIdentity.Same(x, y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (System.Collections.IList x, System.Collections.IList y) => ListEquals(x, y),
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) => DictionaryEquals(x, y),
        _ => Equals(a, b),
    };

    // Settings blocks are YAML mappings read again whenever _site.yml changes: compared by value,
    // so editing one setting leaves the stamps of modules that read only other settings equal.
    private static bool DictionaryEquals(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !PartEquals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ListEquals(System.Collections.IList a, System.Collections.IList b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!PartEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
