using System.Text.Json;
using Microsoft.Playwright;
using TwitchSite.Building;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// A site indexed in several shards (search_shard_pages: 2, so its nine pages spread over up to
/// eight shards) is searched as one: the search page merges the shards in the browser and finds
/// each page by the one word only it has, whichever shard holds it.
/// </summary>
[Collection(SearchSiteGroup.Name)]
public sealed class ShardedSearchTests(SearchSite site) : IAsyncLifetime
{
    private const int Pages = 8;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "twitchsite-browser-tests", "shards-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "_site.yml"), "title: Shards\nlanguage: en-GB\nsearch_shard_pages: 2\n");
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Home\n---\n\nThe home page.\n");
        File.Copy(Path.Combine(RepoPaths.Input, "search.md"), Path.Combine(input, "search.md"));
        for (var i = 1; i <= Pages; i++)
        {
            File.WriteAllText(Path.Combine(input, $"page-{i}.md"), $"---\ntitle: Page {i}\n---\n\nThis page alone has the word {Word(i)}.\n");
        }

        var output = Path.Combine(_root, "output");
        var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Theme = RepoPaths.Theme, Output = output });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => $"{d.Code}: {d.Message}")));
        _server = await StaticSiteServer.StartAsync(output);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    private static string Word(int i) => "zorblex" + (char)('a' + i);

    [Fact]
    public async Task Given_a_site_indexed_in_several_shards_When_searching_for_each_page_s_own_word_Then_the_search_page_finds_it_first()
    {
        var shards = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "output", "pagefind", "twitchsite-search.json"))).RootElement.GetProperty("shards");
        Assert.True(shards.GetArrayLength() >= 2, $"expected several shards, got {shards}");

        var page = await site.NewPageAsync();
        for (var i = 1; i <= Pages; i++)
        {
            await page.GotoAsync(_server!.Url("/search/?q=" + Word(i)));
            await page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("results? for|No results") }).WaitForAsync();

            // A shard without the word matches a shorter start of it, as Pagefind does in any
            // index that lacks a word ("zorblex" of the other pages): those come after the page.
            var found = await SearchPages.ResultPathsAsync(page);
            Assert.True(found.Count > 0 && found[0] == $"/page-{i}/", $"'{Word(i)}' found {string.Join(", ", found)}");
        }
    }
}
