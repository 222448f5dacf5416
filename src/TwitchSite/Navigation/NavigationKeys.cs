namespace TwitchSite.Navigation;

/// <summary>Keys that place a page in the navigation besides its folder.</summary>
public static class NavigationKeys
{
    /// <summary><c>string</c>: source path of the page's parent in navigation when not its folder's index (mdBook's SUMMARY.md nesting); empty for the top level, whatever its folder.</summary>
    public const string NavParent = "@nav_parent";

    /// <summary>
    /// <c>bool</c>: the page was generated for a folder without a page of its own (Docusaurus' category of a
    /// folder) and has no text but its title: when navigation gives it no children (a sidebar lists the
    /// folder's pages under other categories, or not at all), it lists its folder's pages itself
    /// (<see cref="NavNode.FolderPages"/>), since breadcrumbs and links still lead there.
    /// </summary>
    public const string ListsFolder = "@lists_folder";

    /// <summary>
    /// <c>bool</c>: the page is kept out of navigation only because an outline (a sidebars file, MkDocs'
    /// <c>nav</c>, SUMMARY.md) does not list it, not by its own <c>nav_exclude</c>: a generated folder
    /// page still lists it.
    /// </summary>
    public const string OutsideOutline = "@outside_outline";
}
