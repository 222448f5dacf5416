namespace TwitchSite.Navigation;

/// <summary>One page in the navigation tree.</summary>
public sealed class NavNode
{
    /// <summary>Creates a node.</summary>
    public NavNode(string source, string url, string title, string description, double order)
    {
        Source = source;
        Url = url;
        Title = title;
        Description = description;
        Order = order;
    }

    /// <summary>Source path of the page.</summary>
    public string Source { get; }

    /// <summary>URL of the page.</summary>
    public string Url { get; }

    /// <summary>Navigation label (nav_title, else title).</summary>
    public string Title { get; }

    /// <summary>The page's description.</summary>
    public string Description { get; }

    /// <summary>Position among siblings (front matter <c>order</c>; pages without come last).</summary>
    public double Order { get; }

    /// <summary>The node above, or null for the root.</summary>
    public NavNode? Parent { get; internal set; }

    /// <summary>Pages below, in navigation order.</summary>
    public List<NavNode> Children { get; } = [];

    /// <summary>
    /// For a generated folder page (<see cref="NavigationKeys.ListsFolder"/>) that navigation gives no
    /// children: the pages of its folder (its pages and its sub-folders' pages), those in navigation
    /// in reading order, then the others by title; else empty.
    /// </summary>
    public List<NavNode> FolderPages { get; } = [];

    /// <summary>The pages a page lists below its text: its children in navigation, else its <see cref="FolderPages"/>.</summary>
    public List<NavNode> Listed => Children.Count > 0 ? Children : FolderPages;

    /// <summary>Position in reading order, or -1 for pages outside navigation.</summary>
    public int ReadingIndex { get; internal set; } = -1;

    /// <summary>The nodes from the root down to this node's parent.</summary>
    public IEnumerable<NavNode> Ancestors()
    {
        var chain = new List<NavNode>();
        for (var node = Parent; node is not null; node = node.Parent)
        {
            chain.Add(node);
        }

        chain.Reverse();
        return chain;
    }
}
