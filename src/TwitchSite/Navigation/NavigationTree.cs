using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Urls;

namespace TwitchSite.Navigation;

/// <summary>
/// The site's navigation, built once per build from the folder tree: a folder's index page is
/// the parent of the pages and sub-folder index pages inside it; siblings are sorted by
/// <c>order</c>, then title. A page may name another parent (<see cref="NavigationKeys.NavParent"/>, from
/// mdBook's SUMMARY.md). Pages with <c>nav_exclude: true</c> and the 404 page hang under
/// their folder's node for breadcrumbs but are not listed. Reading order (previous/next) is a
/// depth-first walk of the listed pages. A generated folder page (<see cref="NavigationKeys.ListsFolder"/>)
/// that navigation gives no children lists its folder's pages (<see cref="NavNode.FolderPages"/>).
/// </summary>
public sealed class NavigationTree
{
    private readonly Dictionary<string, NavNode> _bySource;

    private NavigationTree(NavNode? root, Dictionary<string, NavNode> bySource, List<NavNode> readingOrder)
    {
        Root = root;
        _bySource = bySource;
        ReadingOrder = readingOrder;
    }

    /// <summary>The home page's node, or null when the site has no top-level index page.</summary>
    public NavNode? Root { get; }

    /// <summary>The top-level entries: the home page first, then its children (or the orphan top pages).</summary>
    public IReadOnlyList<NavNode> TopLevel { get; private init; } = [];

    /// <summary>Listed pages in depth-first order.</summary>
    public IReadOnlyList<NavNode> ReadingOrder { get; }

    /// <summary>
    /// A given parent (SUMMARY.md) can close a loop with a folder's index page: mdBook's
    /// <c>- [Navigation](navigation/intro.md)</c> with <c>- [Index](navigation/index.md)</c> under it
    /// makes index.md intro.md's child, while the folder makes intro.md index.md's. The summary wins:
    /// a page in a loop whose parent came from its folder is taken out of it and listed at the top,
    /// so walking up from any page (breadcrumbs) ends.
    /// </summary>
    private static void BreakCycles(IEnumerable<NavNode> nodes, Dictionary<NavNode, string> givenParents, HashSet<NavNode> listed, List<NavNode> orphans)
    {
        foreach (var start in nodes)
        {
            var path = new List<NavNode>();
            var seen = new HashSet<NavNode>();
            for (var node = start; node is not null && seen.Add(node); node = node.Parent)
            {
                path.Add(node);
            }

            if (path[^1].Parent is not { } closing || !seen.Contains(closing))
            {
                continue; // reached the top
            }

            var loop = path.SkipWhile(n => n != closing).ToList();
            var cut = loop.FirstOrDefault(n => !givenParents.ContainsKey(n)) ?? loop[0];
            cut.Parent!.Children.Remove(cut);
            cut.Parent = null;
            if (listed.Contains(cut))
            {
                orphans.Add(cut);
            }
        }
    }

    /// <summary>The node of the page made from <paramref name="source"/>, or null.</summary>
    public NavNode? Find(string source) => _bySource.GetValueOrDefault(source);

    /// <summary>One page as navigation sees it: two lists of entries that are equal give equal trees.</summary>
    /// <param name="Source">Source path.</param>
    /// <param name="Url">URL.</param>
    /// <param name="Title">Title.</param>
    /// <param name="NavTitle">Navigation label.</param>
    /// <param name="Description">Description (shown on section cards).</param>
    /// <param name="Order">Order key as written.</param>
    /// <param name="Excluded">nav_exclude.</param>
    /// <param name="Parent">Source of the parent page when given (<see cref="NavigationKeys.NavParent"/>), else null.</param>
    /// <param name="ListsFolder"><see cref="NavigationKeys.ListsFolder"/>.</param>
    /// <param name="OutsideOutline"><see cref="NavigationKeys.OutsideOutline"/>.</param>
    public readonly record struct Entry(string Source, string? Url, string? Title, string? NavTitle, string? Description, object? Order, bool Excluded, string? Parent = null, bool ListsFolder = false, bool OutsideOutline = false);

    /// <summary>What <see cref="Build"/> reads of each page, in input order (a cheap stamp of the tree).</summary>
    public static List<Entry> Entries(IEnumerable<Document> pages) =>
        pages.Select(p => new Entry(
            p.Source,
            p.Get<string>(UrlKeys.Url),
            p.Metadata.GetString(PageKeys.Title),
            p.Metadata.GetString(PageKeys.NavTitle),
            p.Metadata.GetString(PageKeys.Description),
            p.Metadata.TryGetValue(PageKeys.Order, out var order) ? order : null,
            p.Get<bool>(PageKeys.NavExclude),
            p.Get<string>(NavigationKeys.NavParent),
            p.Get<bool>(NavigationKeys.ListsFolder),
            p.Get<bool>(NavigationKeys.OutsideOutline))).ToList();

    /// <summary>Builds the tree from the site's pages (documents with <see cref="UrlKeys.Url"/> set).</summary>
    public static NavigationTree Build(IEnumerable<Document> pages)
    {
        var nodes = new Dictionary<string, NavNode>(StringComparer.Ordinal);
        var listed = new HashSet<NavNode>();
        var folderIndex = new Dictionary<string, NavNode>(StringComparer.Ordinal);
        var givenParents = new Dictionary<NavNode, string>();
        var listsFolder = new HashSet<NavNode>();
        // Pages a generated folder page may list: those in navigation, and those only an outline leaves out.
        var listable = new HashSet<NavNode>();
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var title = page.Metadata.GetString(PageKeys.NavTitle) ?? page.Metadata.GetString(PageKeys.Title) ?? page.Source;
            var node = new NavNode(
                page.Source,
                page.Get<string>(UrlKeys.Url) ?? UrlMapper.UrlOf(page.Source),
                title,
                page.Metadata.GetString(PageKeys.Description) ?? "",
                page.Metadata.TryGetValue(PageKeys.Order, out var order) ? order switch { int whole => whole, double fraction => fraction, _ => double.MaxValue } : double.MaxValue);
            nodes[page.Source] = node;
            if (page.Get<string>(NavigationKeys.NavParent) is { } givenParent)
            {
                givenParents[node] = givenParent;
            }
            var excluded = page.Get<bool>(PageKeys.NavExclude) || node.Url == "/404.html";
            if (!excluded)
            {
                listed.Add(node);
            }

            if (!excluded || (page.Get<bool>(NavigationKeys.OutsideOutline) && node.Url != "/404.html"))
            {
                listable.Add(node);
            }

            if (page.Get<bool>(NavigationKeys.ListsFolder))
            {
                listsFolder.Add(node);
            }

            if (IsIndex(page.Source))
            {
                folderIndex.TryAdd(UrlMapper.FolderOf(page.Source), node);
            }
        }

        folderIndex.TryGetValue("", out var root);
        var orphans = new List<NavNode>();
        var inFolder = new Dictionary<NavNode, List<NavNode>>();
        foreach (var node in nodes.Values)
        {
            if (node == root)
            {
                continue;
            }

            var folder = UrlMapper.FolderOf(node.Source);
            if (IsIndex(node.Source))
            {
                folder = folder.Length == 0 ? "" : UrlMapper.FolderOf(folder);
            }

            // A given parent of "" is the top level (an outline's top entry in a site without a home page).
            var hasGiven = givenParents.TryGetValue(node, out var given);
            var byFolder = NearestIndex(folder, folderIndex);
            if (byFolder is not null && listsFolder.Contains(byFolder) && listable.Contains(node))
            {
                (inFolder.TryGetValue(byFolder, out var folderPages) ? folderPages : inFolder[byFolder] = []).Add(node);
            }

            var parent = hasGiven && given!.Length == 0 ? null
                : hasGiven && nodes.TryGetValue(given!, out var givenNode) && givenNode != node
                ? givenNode
                : byFolder;
            node.Parent = parent;
            if (listed.Contains(node))
            {
                if (parent is null)
                {
                    orphans.Add(node);
                }
                else
                {
                    parent.Children.Add(node);
                }
            }
        }

        BreakCycles(nodes.Values, givenParents, listed, orphans);
        foreach (var node in nodes.Values)
        {
            node.Children.Sort(Compare);
        }

        orphans.Sort(Compare);
        var top = new List<NavNode>();
        if (root is not null && listed.Contains(root))
        {
            top.Add(root);
            top.AddRange(root.Children);
        }
        else
        {
            top.AddRange(root?.Children ?? []);
        }

        top.AddRange(orphans);
        var reading = new List<NavNode>();
        if (root is not null && listed.Contains(root))
        {
            Walk(root, reading);
        }
        else
        {
            foreach (var node in top)
            {
                Walk(node, reading);
            }
        }

        foreach (var orphan in orphans.Where(o => root is not null && listed.Contains(root)))
        {
            Walk(orphan, reading);
        }

        for (var i = 0; i < reading.Count; i++)
        {
            reading[i].ReadingIndex = i;
        }

        // A generated folder page navigation gives no children (an outline lists its folder's pages
        // elsewhere, or not at all) would be only a title, while breadcrumbs lead there: it lists them,
        // those in navigation in reading order, then the others as a folder's pages are (order, title).
        foreach (var (folderPage, itsPages) in inFolder.Where(p => p.Key.Children.Count == 0))
        {
            itsPages.Sort((a, b) => a.ReadingIndex >= 0 && b.ReadingIndex >= 0 ? a.ReadingIndex.CompareTo(b.ReadingIndex)
                : a.ReadingIndex >= 0 ? -1 : b.ReadingIndex >= 0 ? 1 : Compare(a, b));
            folderPage.FolderPages.AddRange(itsPages);
        }

        return new NavigationTree(root, nodes, reading) { TopLevel = top };
    }

    private static bool IsIndex(string source) => UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(source));

    private static NavNode? NearestIndex(string folder, Dictionary<string, NavNode> folderIndex)
    {
        while (true)
        {
            if (folderIndex.TryGetValue(folder, out var index))
            {
                return index;
            }

            if (folder.Length == 0)
            {
                return null;
            }

            folder = UrlMapper.FolderOf(folder);
        }
    }

    private static void Walk(NavNode node, List<NavNode> reading)
    {
        reading.Add(node);
        foreach (var child in node.Children)
        {
            Walk(child, reading);
        }
    }

    private static int Compare(NavNode a, NavNode b)
    {
        var byOrder = a.Order.CompareTo(b.Order);
        if (byOrder != 0)
        {
            return byOrder;
        }

        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Url, b.Url);
    }
}
