using Microsoft.Playwright;

namespace TwitchSite.BrowserTests.Support;

/// <summary>Steps the browser tests share: searching on the search page and reading its results.</summary>
public static class SearchPages
{
    /// <summary>Opens <c>/search/?q=</c><paramref name="query"/> and waits for its results.</summary>
    public static async Task<IPage> OpenResultsAsync(SearchSite site, string query, int width = 1280, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await site.NewPageAsync(width, colorScheme);
        await GoToResultsAsync(page, site, query);
        return page;
    }

    /// <summary>Navigates <paramref name="page"/> to <c>/search/?q=</c> and waits until its results for <paramref name="query"/> are shown.</summary>
    public static async Task GoToResultsAsync(IPage page, SearchSite site, string query)
    {
        await page.GotoAsync(site.Server.Url("/search/?q=" + Uri.EscapeDataString(query)));
        await page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("results? for|No results") }).WaitForAsync();
    }

    /// <summary>What the search page says above its results: the count, and how the query was changed ("No page uses ...", "Showing results for ...").</summary>
    public static Task<string> StatusAsync(IPage page) => page.Locator("#search-page-status").InnerTextAsync();

    /// <summary>The result links' paths, in order, without the highlight query and fragment.</summary>
    public static async Task<IReadOnlyList<string>> ResultPathsAsync(IPage page)
    {
        var hrefs = await page.Locator(".search-result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(PathOf).ToList();
    }

    /// <summary>"/causes/x/?highlight=a#b" becomes "/causes/x/".</summary>
    public static string PathOf(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        var path = end < 0 ? href : href[..end];
        return Uri.TryCreate(path, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : path;
    }
}
