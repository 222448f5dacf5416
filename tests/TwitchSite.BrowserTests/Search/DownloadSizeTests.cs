using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// What one search costs a reader in bytes: the first query of a fresh visit, typed on the search
/// page (/search/?q=), the first results shown. "Downloaded" means every file fetched from
/// /pagefind/ because of the query (Pagefind's library and WebAssembly, its entry file and page
/// list, the index chunks the query's words need, the shards' files, our word list for the first
/// letter of a word that needs correcting, and one result fragment per result shown), counted as the browser received
/// them over the network: the response body sizes Chromium reports, with text compressed by the
/// test server as Netlify compresses it (gzip at its usual level; Pagefind's own index, fragment
/// and WebAssembly files are stored gzip-compressed and sent as they are). Our search scripts are
/// not counted: every page loads them (deferred) whether or not the reader searches, so they are
/// page weight, printed for information. Queries each take a different path through search (a
/// word, a misspelling, a question, a word on every page, an abbreviation). To measure another
/// built site (the benchmark corpus), set TWITCHSITE_QUERY_COST_SITE to its folder (it needs a
/// /search/ page) and optionally TWITCHSITE_QUERY_COST_QUERIES to queries separated by '|'; the
/// figures are printed, and the budget is not asserted for it.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class DownloadSizeTests(SearchSite site, ITestOutputHelper output)
{
    /// <summary>
    /// Issue #17's budget for the search files one query downloads, Pagefind's runtime included:
    /// 100 KB of 1,000 bytes (as README counts). Pagefind's runtime is 73 KB of it whatever the
    /// query; the index chunk every query needs (about 19 KB) stays small because only the
    /// article and the other names a page does not already use are indexed (README, "What is
    /// indexed"), and a misspelt word loads only the site's words with its first letter.
    /// </summary>
    public const int Budget = 100_000;

    // Pagefind's own runtime: loaded once per visit whatever the query (printed apart).
    private static bool IsRuntime(string path) =>
        path is "/pagefind/pagefind.js" or "/pagefind/pagefind-entry.json" || (path.StartsWith("/pagefind/wasm.", StringComparison.Ordinal) && path.EndsWith(".pagefind", StringComparison.Ordinal));

    [Theory]
    [InlineData("caffeine")]
    [InlineData("caffiene")]
    [InlineData("how long does twitching last")]
    [InlineData("twitch")]
    [InlineData("ALS")]
    [InlineData("when should I see a doctor")]
    [InlineData("fasciculation")]
    public async Task Given_a_fresh_visit_When_one_query_runs_Then_its_search_files_stay_under_100_KB(string query)
    {
        var other = Environment.GetEnvironmentVariable("TWITCHSITE_QUERY_COST_SITE");
        if (!string.IsNullOrEmpty(other))
        {
            await using var server = await StaticSiteServer.StartAsync(Path.GetFullPath(other));
            foreach (var each in (Environment.GetEnvironmentVariable("TWITCHSITE_QUERY_COST_QUERIES") ?? query).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await MeasureAsync(server, each);
            }

            return;
        }

        var total = await MeasureAsync(site.Server, query);

        output.WriteLine(total < Budget ? $"within issue #17's budget of {Budget} bytes by {Budget - total}" : $"over issue #17's budget of {Budget} bytes by {total - Budget}");
        Assert.True(total < Budget, $"one query for '{query}' downloaded {total} bytes of search files, over issue #17's budget of {Budget} bytes");
    }

    private async Task<long> MeasureAsync(StaticSiteServer server, string query)
    {
        var page = await site.NewPageAsync();
        var responses = new List<IResponse>();
        page.Context.Response += (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (path.StartsWith("/pagefind/", StringComparison.Ordinal) || path.StartsWith("/assets/js/search", StringComparison.Ordinal))
            {
                lock (responses)
                {
                    responses.Add(response);
                }
            }
        };

        await page.GotoAsync(server.Url("/search/?q=" + Uri.EscapeDataString(query)));
        await page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("results? for|No results") }).WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var status = await SearchPages.StatusAsync(page);

        // Bytes as they came over the network: the (compressed) body of each response. Headers
        // are left out: they are the site's security policy, the same for every file.
        List<IResponse> seen;
        lock (responses)
        {
            seen = responses.ToList();
        }

        var files = new List<(string Path, long Bytes)>();
        foreach (var response in seen)
        {
            await response.FinishedAsync();
            var sizes = await response.Request.SizesAsync();
            files.Add((new Uri(response.Url).AbsolutePath, sizes.ResponseBodySize));
        }

        await page.Context.CloseAsync();
        files = files.OrderByDescending(f => f.Bytes).ToList();
        var searchFiles = files.Where(f => f.Path.StartsWith("/pagefind/", StringComparison.Ordinal)).ToList();
        var total = searchFiles.Sum(f => f.Bytes);
        var runtime = searchFiles.Where(f => IsRuntime(f.Path)).Sum(f => f.Bytes);
        output.WriteLine($"'{query}' ({status}): {total} bytes in {searchFiles.Count} requests, of which Pagefind's runtime {runtime} and the rest {total - runtime}; page scripts (not counted) {files.Sum(f => f.Bytes) - total}");
        foreach (var (path, bytes) in files)
        {
            output.WriteLine($"{bytes,8} {path}");
        }

        Assert.Contains(files, f => f.Path.EndsWith(".pf_index", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.EndsWith(".pf_fragment", StringComparison.Ordinal) || status.StartsWith("No results", StringComparison.Ordinal));
        return total;
    }
}
