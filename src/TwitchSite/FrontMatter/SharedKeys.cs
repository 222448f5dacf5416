using System.Collections.Concurrent;

namespace TwitchSite.FrontMatter;

/// <summary>
/// One string per front matter key name for all pages: each page's parsed front matter has its own
/// copy of "title", "description" and the rest, and every page holds its metadata to the end of
/// the build (tens of bytes a key, a few hundred a page). Holds at most a few thousand names, so a
/// site with a new key on every page stops sharing instead of growing a table.
/// </summary>
public static class SharedKeys
{
    private const int MaxNames = 4096;
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    /// <summary>The shared string equal to <paramref name="key"/>, or <paramref name="key"/> itself once the table is full.</summary>
    public static string Of(string key) =>
        Names.TryGetValue(key, out var shared) ? shared
        : Names.Count >= MaxNames ? key
        : Names.GetOrAdd(key, static k => string.IsInterned(k) ?? k); // the PageKeys constants themselves when known: found at once by reference
}
