using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// What one search costs a reader in bytes: Pagefind's library and web worker, our search
/// scripts, the index chunks the query needs and the result fragments the search page shows.
/// Measures the real site and holds it to the budget. To measure another built site (the
/// 10,000-page benchmark corpus), set TWITCHSITE_QUERY_COST_SITE to its folder (it needs a
/// /search/ page) and optionally TWITCHSITE_QUERY_COST_QUERIES to queries separated by '|';
/// the figures are printed, and the budget is not asserted for it.
/// </summary>
[Collection(SearchSiteGroup.Name)]
public sealed class DownloadSizeTests(SearchSite site, ITestOutputHelper output)
{
    /// <summary>The budget for one query, library included.</summary>
    public const int Budget = 300 * 1024;

    [Fact]
    public async Task Given_a_fresh_visit_When_one_query_runs_Then_search_downloads_stay_under_300_KB()
    {
        var other = Environment.GetEnvironmentVariable("TWITCHSITE_QUERY_COST_SITE");
        var queries = (Environment.GetEnvironmentVariable("TWITCHSITE_QUERY_COST_QUERIES") ?? "caffeine").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var folder = string.IsNullOrEmpty(other) ? site.Output : Path.GetFullPath(other);
        await using var server = string.IsNullOrEmpty(other) ? null : await StaticSiteServer.StartAsync(folder);

        foreach (var query in queries)
        {
            var total = await MeasureAsync(server ?? site.Server, folder, query);
            if (server is null)
            {
                Assert.True(total < Budget, $"one query for '{query}' downloaded {total} bytes, over the {Budget} byte budget");
            }
        }
    }

    private async Task<long> MeasureAsync(StaticSiteServer server, string folder, string query)
    {
        var page = await site.NewPageAsync();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        // Requests of the page and of Pagefind's web worker, counted once each.
        page.Context.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.StartsWith("/pagefind/", StringComparison.Ordinal) || path.StartsWith("/assets/js/search", StringComparison.Ordinal))
            {
                lock (paths)
                {
                    paths.Add(path);
                }
            }
        };

        await page.GotoAsync(server.Url("/search/?q=" + Uri.EscapeDataString(query)));
        await page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("results? for|No results") }).WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var status = await page.Locator("#search-page-status").InnerTextAsync();
        await page.Context.CloseAsync();

        // Bytes as stored and served (no compression): what a reader downloads at most.
        List<(string Path, long Bytes)> files;
        lock (paths)
        {
            files = paths.Select(p => (p, new FileInfo(Path.Combine(folder, p.TrimStart('/'))).Length)).OrderByDescending(f => f.Item2).ToList();
        }

        var total = files.Sum(f => f.Bytes);
        output.WriteLine($"'{query}' ({status}): {total} bytes in {files.Count} files");
        foreach (var (path, bytes) in files)
        {
            output.WriteLine($"{bytes,8} {path}");
        }

        Assert.Contains(files, f => f.Path.EndsWith(".pf_index", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.EndsWith(".pf_fragment", StringComparison.Ordinal));
        return total;
    }
}
