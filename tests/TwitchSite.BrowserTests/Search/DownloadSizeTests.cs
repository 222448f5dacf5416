using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>What one search costs a reader in bytes: Pagefind's library, the index chunks and the results shown.</summary>
[Collection(SearchSiteGroup.Name)]
public sealed class DownloadSizeTests(SearchSite site, ITestOutputHelper output)
{
    /// <summary>The budget for one query, library included.</summary>
    public const int Budget = 300 * 1024;

    [Fact]
    public async Task Given_a_fresh_visit_When_one_query_runs_Then_search_downloads_stay_under_300_KB()
    {
        var page = await site.NewPageAsync();
        var sizes = new List<(string Url, int Bytes)>();
        page.RequestFinished += async (_, request) =>
        {
            if (request.Url.Contains("/pagefind/", StringComparison.Ordinal) || request.Url.Contains("/assets/js/search", StringComparison.Ordinal))
            {
                var sizes2 = await request.SizesAsync();
                lock (sizes)
                {
                    sizes.Add((request.Url, sizes2.ResponseBodySize + sizes2.ResponseHeadersSize));
                }
            }
        };

        await page.GotoAsync(site.Server.Url("/search/?q=caffeine"));
        await page.Locator(".search-result").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        int total;
        lock (sizes)
        {
            total = sizes.Sum(s => s.Bytes);
            foreach (var (url, bytes) in sizes.OrderByDescending(s => s.Bytes))
            {
                output.WriteLine($"{bytes,8} {new Uri(url).AbsolutePath}");
            }
        }

        output.WriteLine($"{total,8} bytes in {sizes.Count} files");
        Assert.Contains(sizes, s => s.Url.Contains(".pf_index", StringComparison.Ordinal));
        Assert.True(total < Budget, $"one query downloaded {total} bytes, over the {Budget} byte budget");
    }
}
