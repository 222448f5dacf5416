using System.Text.Json;
using Microsoft.Playwright;
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
    private SmallSite? _site;

    private StaticSiteServer Server => _site!.Server;

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["_site.yml"] = "title: Shards\nlanguage: en-GB\nsearch_shard_pages: 2\n",
            ["index.md"] = "---\ntitle: Home\n---\n\nThe home page.\n",
            ["search.md"] = File.ReadAllText(Path.Combine(RepoPaths.Input, "search.md")),
        };
        for (var i = 1; i <= Pages; i++)
        {
            files[$"page-{i}.md"] = $"---\ntitle: Page {i}\n---\n\nThis page alone has the word {Word(i)}.\n";
        }

        _site = await SmallSite.BuildAsync(files, RepoPaths.Theme, search: true);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private static string Word(int i) => "zorblex" + (char)('a' + i);

    [Fact]
    public async Task Given_a_site_indexed_in_several_shards_When_searching_for_each_page_s_own_word_Then_the_search_page_finds_it_first()
    {
        var shards = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site!.Output, "pagefind", "twitchsite-search.json"))).RootElement.GetProperty("shards");
        Assert.True(shards.GetArrayLength() >= 2, $"expected several shards, got {shards}");

        var page = await site.NewPageAsync();
        for (var i = 1; i <= Pages; i++)
        {
            await page.GotoAsync(Server.Url("/search/?q=" + Word(i)));
            await page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("results? for|No results") }).WaitForAsync();

            // A shard without the word matches a shorter start of it, as Pagefind does in any
            // index that lacks a word ("zorblex" of the other pages): those come after the page.
            var found = await SearchPages.ResultPathsAsync(page);
            Assert.True(found.Count > 0 && found[0] == $"/page-{i}/", $"'{Word(i)}' found {string.Join(", ", found)}");
        }
    }
}
