namespace TwitchSite.Navigation;

/// <summary>Keys that place a page in the navigation besides its folder.</summary>
public static class NavigationKeys
{
    /// <summary><c>string</c>: source path of the page's parent in navigation when not its folder's index (mdBook's SUMMARY.md nesting); empty for the top level, whatever its folder.</summary>
    public const string NavParent = "@nav_parent";
}
