namespace TwitchSite.Urls;

/// <summary>Keys of where a page is published.</summary>
public static class UrlKeys
{
    /// <summary><c>string</c>: the page's URL, e.g. <c>/guide/install/</c> (see <see cref="UrlMapper"/>).</summary>
    public const string Url = "@url";
}
