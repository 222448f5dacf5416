namespace TwitchSite.Urls;

/// <summary>Keys of where a page is published.</summary>
public static class UrlKeys
{
    /// <summary><c>string</c>: the page's URL, e.g. <c>/guide/install/</c> (see <see cref="UrlMapper"/>).</summary>
    public const string Url = "@url";

    /// <summary>
    /// <c>List&lt;string&gt;</c>: other addresses links may use for the page, which resolve to it and
    /// are rewritten to its URL: Docusaurus' <c>routeBasePath</c> prefix (<c>/docs/intro</c>), its
    /// <c>id</c> and <c>slug</c> front matter.
    /// </summary>
    public const string OtherAddresses = "@other_addresses";
}
