using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// What one search costs a reader in bytes, counted from the network requests of a fresh visit
/// to the search page (Pagefind's library and WebAssembly, our search scripts, the site's word
/// list, the index chunks the query needs and the result fragments the page shows), as sent:
/// the test server compresses text as Netlify does. Holds the real site to the budget for
/// queries that each take a different path through search (a word, a misspelling, a question,
/// a word on every page). To measure another built site (the 10,000-page benchmark corpus), set
/// TWITCHSITE_QUERY_COST_SITE to its folder (it needs a /search/ page) and optionally
/// TWITCHSITE_QUERY_COST_QUERIES to queries separated by '|'; the figures are printed, and the
/// budget is not asserted for it.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class DownloadSizeTests(SearchSite site, ITestOutputHelper output)
{
    /// <summary>The budget for what one query downloads besides Pagefind's runtime: our scripts, the word list, index chunks and fragments.</summary>
    public const int Budget = 100 * 1024;

    /// <summary>
    /// The budget for everything, Pagefind's runtime included. Its WebAssembly (60 KB, stored
    /// compressed) and pagefind.js (19 KB sent compressed) are the same for every query and every
    /// site, and this site's whole index is one 19 KB chunk, so 100 KB in all cannot be met with
    /// Pagefind 1.6; this guards against growth.
    /// </summary>
    public const int BudgetWithRuntime = 135 * 1024;

    // Pagefind's own runtime: loaded once per visit whatever the query.
    private static bool IsRuntime(string path) =>
        path is "/pagefind/pagefind.js" or "/pagefind/pagefind-entry.json" || (path.StartsWith("/pagefind/wasm.", StringComparison.Ordinal) && path.EndsWith(".pagefind", StringComparison.Ordinal));

    [Theory]
    [InlineData("caffeine")]
    [InlineData("caffiene")]
    [InlineData("how long does twitching last")]
    [InlineData("twitch")]
    [InlineData("ALS")]
    public async Task Given_a_fresh_visit_When_one_query_runs_Then_its_search_files_stay_under_100_KB_besides_the_runtime(string query)
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

        var (total, runtime) = await MeasureAsync(site.Server, query);

        Assert.True(total - runtime < Budget, $"one query for '{query}' downloaded {total - runtime} bytes of search files besides Pagefind's runtime, over the {Budget} byte budget");
        Assert.True(total < BudgetWithRuntime, $"one query for '{query}' downloaded {total} bytes of search files in all, over the {BudgetWithRuntime} byte budget");
    }

    private async Task<(long Total, long Runtime)> MeasureAsync(StaticSiteServer server, string query)
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
        var status = await page.Locator("#search-page-status").InnerTextAsync();

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
        var total = files.Sum(f => f.Bytes);
        var runtime = files.Where(f => IsRuntime(f.Path)).Sum(f => f.Bytes);
        output.WriteLine($"'{query}' ({status}): {total} bytes in {files.Count} requests, of which Pagefind's runtime {runtime} and the rest {total - runtime}");
        foreach (var (path, bytes) in files)
        {
            output.WriteLine($"{bytes,8} {path}");
        }

        Assert.Contains(files, f => f.Path.EndsWith(".pf_index", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.EndsWith(".pf_fragment", StringComparison.Ordinal) || status.StartsWith("No results", StringComparison.Ordinal));
        return (total, runtime);
    }
}
