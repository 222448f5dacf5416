namespace TwitchSite.Navigation;

/// <summary>
/// Which run of a long menu list a page shows (<see cref="Settings.NavigationSettings"/>): at most
/// <c>max</c> entries, the page's own as near the middle as the list's ends allow, so a page
/// shows its neighbours and the run is the same for every page of one entry.
/// </summary>
public static class MenuWindow
{
    /// <summary>
    /// The first index and the number of entries of the run of a list of <paramref name="length"/>
    /// entries around <paramref name="focus"/> (negative: none, the run starts at the top).
    /// </summary>
    public static (int Start, int Count) Of(int length, int focus, int max)
    {
        if (length <= max)
        {
            return (0, length);
        }

        var start = focus < 0 ? 0 : Math.Clamp(focus - ((max - 1) / 2), 0, length - max);
        return (start, max);
    }
}
