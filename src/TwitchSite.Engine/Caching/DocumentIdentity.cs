using System.Collections.Immutable;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// When two documents count as the same for caching: the same object, or records with equal
/// paths, equal content (text by value; files by path, size and modification time) and the
/// very same metadata object. Metadata is compared by reference on purpose: it is cheap, and a
/// new metadata object can only cause extra work, never a stale result.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same for caching.</summary>
    public static bool Same(Document? a, Document? b) => ReferenceEquals(a, b) || (a is not null && a.Equals(b));

    /// <summary>True when both lists hold the same documents in the same order.</summary>
    public static bool Same(ImmutableArray<Document> a, ImmutableArray<Document> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
