using TwitchSite.Navigation;
using TwitchSite.Urls;

namespace TwitchSite.Publishing;

/// <summary>
/// The page a site without a home page starts at (its address forwards there, see
/// <see cref="CreateRedirects"/>). When the site orders its pages (<c>order</c>, <c>weight</c>,
/// <c>sidebar_position</c>, a summary or nav file), the first in reading order, as mdBook starts a
/// book at its first chapter. A folder nobody ordered (a repository's <c>docs/</c>, as containerd's)
/// reads in title order, which would start anywhere (at a man page titled
/// "/etc/containerd/config.toml", whose "/" sorts first): there the reader starts where a person
/// would look, at the shallowest page named as the place to start (<c>getting-started.md</c>,
/// <c>introduction.md</c>, <c>overview.md</c>…), else at the top folder's first page in reading order.
/// </summary>
public static class StartPage
{
    /// <summary>File names (without extension, any case, <c>_</c> as <c>-</c>) that say a page is where to start, best first.</summary>
    public static readonly IReadOnlyList<string> StartNames =
        ["getting-started", "get-started", "start-here", "quickstart", "quick-start", "introduction", "intro", "overview", "start", "welcome"];

    /// <summary>
    /// The page to start at among <paramref name="readingOrder"/>, preferring the pages
    /// <paramref name="written"/> by someone (not generated for a folder or category); null when there are none.
    /// </summary>
    public static NavNode? Of(IReadOnlyList<NavNode> readingOrder, IReadOnlySet<string> written)
    {
        if (readingOrder.Count == 0)
        {
            return null;
        }

        var pages = readingOrder.Where(n => written.Contains(n.Source)).ToList() is { Count: > 0 } own ? own : [.. readingOrder];
        if (readingOrder.Any(n => n.Order != double.MaxValue))
        {
            return pages[0]; // the site gave its order: its first page is the start
        }

        var named = pages
            .Select(n => (Node: n, Rank: StartRank(n.Source)))
            .Where(p => p.Rank >= 0)
            .OrderBy(p => Depth(p.Node.Source))
            .ThenBy(p => p.Rank)
            .Select(p => p.Node)
            .FirstOrDefault();
        return named ?? pages.FirstOrDefault(n => Depth(n.Source) == 0) ?? pages[0];
    }

    private static int StartRank(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source).Replace('_', '-').ToLowerInvariant();
        for (var i = 0; i < StartNames.Count; i++)
        {
            if (name == StartNames[i])
            {
                return i;
            }
        }

        return -1;
    }

    // Folders above the page's file ("guide/intro.md" is 1, "intro.md" 0); an index page counts as in its folder's parent folder.
    private static int Depth(string source)
    {
        var folder = UrlMapper.FolderOf(source);
        var depth = folder.Length == 0 ? 0 : folder.Count(c => c == '/') + 1;
        return UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(source)) && depth > 0 ? depth - 1 : depth;
    }
}
