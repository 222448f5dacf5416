using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using TwitchSite.Search.Indexing;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// On a large site a word on every page is searched first in the shards that fit the query's
/// download budget, and the reader's "More results" brings in the rest (search-shards.js, the
/// site file's byte figures and the route files' kilobytes); a rare word is still searched in
/// every shard that holds it. A site of 60 pages in shards of 10 stands in for a large one: its
/// own files are small, so the test serves its site file with a budget that fits the first two
/// shards' page lists and chunks for the common word (computed from the build's own figures as
/// the browser adds them up), which is what a 30,000-page site's 300 KB fits of its shards.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // builds a site of seven shards
public sealed class ShardBudgetTests(SearchSite site) : IAsyncLifetime
{
    private const int Pages = 60;
    private const string Common = "zymurgy"; // on every page
    private const string Rare = "zymotic"; // on the last page only, with the same first three letters
    private const string Other = "brewing"; // on every page too, with other first letters
    private const string Short = "yaks"; // on every page: its stem ("yak") is shorter than a route key's three letters

    private SmallSite? _site;

    private StaticSiteServer Server => _site!.Server;

    private string Bundle => Path.Combine(_site!.Output, "pagefind");

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["_site.yml"] = "title: Budget\nlanguage: en-GB\nsearch_shard_pages: 10\n",
            ["index.md"] = "---\ntitle: Home\n---\n\nThe home page.\n",
            ["search.md"] = File.ReadAllText(Path.Combine(RepoPaths.Input, "search.md")),
        };
        for (var i = 1; i <= Pages; i++)
        {
            var rare = i == Pages ? $" It alone says {Rare}." : "";
            files[$"page-{i:00}.md"] = $"---\ntitle: Page {i}\n---\n\nPage {i} is about {Common}, the craft of {Other}, and {Short}.{rare}\n";
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

    private JsonObject SiteFile => JsonNode.Parse(File.ReadAllText(Path.Combine(Bundle, ShardedIndex.SiteFileName)))!.AsObject();

    private List<string> ShardFolders => [Bundle, .. SiteFile["shards"]!.AsArray().Select(s => Path.Combine(_site!.Output, s!.GetValue<string>().Trim('/')))];

    /// <summary>What the browser counts a query for the common word to cost in shard <paramref name="shard"/> (search-shards.js's plan).</summary>
    private long Cost(JsonObject siteFile, int shard)
    {
        var routes = JsonNode.Parse(File.ReadAllText(Path.Combine(Bundle, ShardRoutes.FolderName, "z.json")))!.AsObject();
        var at = routes[Common[..3]]!.AsArray().Select(s => s!.GetValue<int>()).ToList().IndexOf(shard);
        var chunks = 1000 * routes[ShardRoutes.BytesProperty]![Common[..3]]![at]!.GetValue<long>();
        var index = siteFile["indexBytes"]![shard]!.GetValue<long>();
        return (shard > 0 ? siteFile["shardBytes"]![shard]!.GetValue<long>() : 0) + Math.Min(chunks, index);
    }

    /// <summary>A fresh visit whose site file allows the first two shards for the common word, and the page lists it loads.</summary>
    private Task<(IPage Page, List<string> PageLists)> VisitAsync()
    {
        var siteFile = SiteFile;
        var budget = siteFile["baseBytes"]!.GetValue<long>() + Cost(siteFile, 0) + Cost(siteFile, 1) + (Cost(siteFile, 2) / 2);
        siteFile["queryBytes"] = budget;
        var routes = JsonNode.Parse(File.ReadAllText(Path.Combine(Bundle, ShardRoutes.FolderName, "z.json")))!.AsObject();
        var shards = routes[Common[..3]]!.AsArray().Select(s => s!.GetValue<int>());
        var kilobytes = routes[ShardRoutes.BytesProperty]![Common[..3]]!.AsArray().Select(k => k!.GetValue<long>());
        SetChunks(routes, Common[..3], shards.Zip(kilobytes).ToList());
        return VisitAsync(siteFile, new() { ["z.json"] = routes.ToJsonString() });
    }

    /// <summary>
    /// Makes a route file's chunk list say that, in each shard given, the words starting with
    /// <paramref name="key"/> are in a chunk of their own of the kilobytes given (what the
    /// browser counts a query word to download there), in place of the tiny chunks of this
    /// small site, where every word of a shard shares one chunk.
    /// </summary>
    private static void SetChunks(JsonObject routes, string key, List<(int Shard, long Kilobytes)> chunks) =>
        routes[ShardRoutes.ChunksProperty] = new JsonArray([.. chunks.Select(c => (JsonNode?)new JsonArray(c.Shard, key, key + "~", c.Kilobytes))]);

    /// <summary>
    /// A fresh visit to this site with the chunks of a large one: the route files say each shard's
    /// chunks for <see cref="Common"/> and for <see cref="Other"/> are <paramref name="kilobytes"/>
    /// KB each (as a word on every page of a 30,000-page site, about 55 KB in a first shard of
    /// 1,900 pages), and the budget fits the first two shards for one of the words alone but only
    /// the first for both.
    /// </summary>
    private Task<(IPage Page, List<string> PageLists)> VisitWithLargeChunksAsync(long kilobytes)
    {
        var siteFile = SiteFile;
        return VisitWithLargeChunksAsync(kilobytes, (2 * 1000 * kilobytes) + siteFile["shardBytes"]![1]!.GetValue<long>() + (1000 * kilobytes), Common[..3], Other[..3]);
    }

    /// <summary>
    /// A fresh visit where each shard's chunks for the route keys given are <paramref name="kilobytes"/>
    /// KB each, with a budget of <paramref name="overBase"/> bytes over what every query costs.
    /// </summary>
    private Task<(IPage Page, List<string> PageLists)> VisitWithLargeChunksAsync(long kilobytes, long overBase, params string[] keys)
    {
        var siteFile = SiteFile;
        var shards = siteFile["shardBytes"]!.AsArray().Count;
        siteFile["indexBytes"] = new JsonArray([.. Enumerable.Range(0, shards).Select(_ => (JsonNode?)JsonValue.Create(1_000_000_000L))]);
        siteFile["queryBytes"] = siteFile["baseBytes"]!.GetValue<long>() + overBase;
        var routeFiles = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            var name = ShardRoutes.FileOf(key) + ".json";
            var routes = JsonNode.Parse(File.ReadAllText(Path.Combine(Bundle, ShardRoutes.FolderName, name)))!.AsObject();
            if (routes[key] is JsonArray holders)
            {
                Assert.Equal(shards, holders.Count); // the word is in every shard
                routes[ShardRoutes.BytesProperty]![key] = new JsonArray([.. Enumerable.Range(0, shards).Select(_ => (JsonNode?)JsonValue.Create(kilobytes))]);
            }

            // A key no word of the site has still falls in a chunk of every shard.
            SetChunks(routes, key, [.. Enumerable.Range(0, shards).Select(s => (s, kilobytes))]);
            routeFiles[name] = routes.ToJsonString();
        }

        return VisitAsync(siteFile, routeFiles);
    }

    /// <summary>A fresh visit served <paramref name="siteFile"/> and the route files given (name, text), and the page lists it loads.</summary>
    private async Task<(IPage Page, List<string> PageLists)> VisitAsync(JsonObject siteFile, Dictionary<string, string> routeFiles)
    {
        var page = await site.NewPageAsync();
        var pageLists = new List<string>();
        page.Context.Request += (_, request) =>
        {
            if (request.Url.EndsWith(".pf_meta", StringComparison.Ordinal))
            {
                lock (pageLists)
                {
                    pageLists.Add(new Uri(request.Url).AbsolutePath);
                }
            }
        };
        await page.Context.RouteAsync("**/pagefind/" + ShardedIndex.SiteFileName, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = siteFile.ToJsonString() }));
        foreach (var (name, text) in routeFiles)
        {
            await page.Context.RouteAsync($"**/pagefind/{ShardRoutes.FolderName}/{name}", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = text }));
        }

        return (page, pageLists);
    }

    private static async Task<string> StatusAsync(IPage page, string pattern)
    {
        var status = page.Locator("#search-page-status").Filter(new LocatorFilterOptions { HasTextRegex = new Regex(pattern) });
        await status.WaitForAsync();
        return await status.InnerTextAsync();
    }

    [Fact]
    public async Task Given_a_word_on_every_page_of_a_site_in_shards_When_searched_Then_the_shards_within_the_budget_answer_first_and_More_results_brings_in_the_rest()
    {
        var shards = ShardFolders.Count;
        Assert.True(shards >= 5, $"expected several shards, got {shards}");
        var (page, pageLists) = await VisitAsync();

        await page.GotoAsync(Server.Url("/search/?q=" + Common));
        var first = await StatusAsync(page, "results? for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Only the first two shards' page lists were loaded; the reader is told and offered more.
        Assert.True(pageLists.Distinct().Count() == 2, string.Join(", ", pageLists));
        Assert.Contains("so far", first, StringComparison.Ordinal);
        var partial = int.Parse(Regex.Match(first, @"^\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(partial, 1, 20); // the pages of two shards of ten
        Assert.Equal(3, (await SearchPages.ResultPathsAsync(page)).Count);
        Assert.True(await page.Locator("#search-page-more").IsVisibleAsync(), "More results should be offered");

        await page.Locator("#search-page-more").ClickAsync();
        var complete = await StatusAsync(page, $"^{Pages} results for");
        // The status is updated as soon as the rest of the site is searched, before the next ten
        // results are added: wait for them (at least thirteen), then count what is shown.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-result-link').length >= 13");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain("so far", complete, StringComparison.Ordinal);
        Assert.Equal(shards, pageLists.Distinct().Count());
        var shown = await SearchPages.ResultPathsAsync(page);
        Assert.Equal(13, shown.Count); // the first three, then ten more, none twice
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.All(shown, p => Assert.Matches(@"^/page-\d\d/$", p));
        await page.Context.CloseAsync();
    }

    // A word whose stem may be shorter than three letters ("yaks", "ALS", "leg", "using") was
    // searched in every shard at once: its route is now every key starting with its first two
    // letters, so the budget applies to it as to any other word.
    [Fact]
    public async Task Given_a_short_word_on_every_page_of_a_site_in_shards_When_searched_Then_not_every_shard_is_loaded_at_first_and_More_results_finds_every_page()
    {
        var shards = ShardFolders.Count;
        var (page, pageLists) = await VisitAsync();

        await page.GotoAsync(Server.Url("/search/?q=" + Short));
        var first = await StatusAsync(page, "results? for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(pageLists.Distinct().Count() < shards, $"{pageLists.Distinct().Count()} of {shards} page lists: {string.Join(", ", pageLists)}");
        Assert.Contains("so far", first, StringComparison.Ordinal);

        await page.Locator("#search-page-more").ClickAsync();
        await StatusAsync(page, $"^{Pages} results for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(shards, pageLists.Distinct().Count());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Given_a_word_on_every_page_of_a_site_in_shards_When_typed_in_the_header_box_Then_the_reader_is_told_the_results_are_from_part_of_the_site_and_more_are_on_the_search_page()
    {
        var (page, _) = await VisitAsync();
        await page.GotoAsync(Server.Url("/page-01/"));
        await page.Keyboard.PressAsync("/");
        // The word at once, not key by key: a search of its first letters alone (a pause while
        // typing) is planned for those letters, and could take other shards than the word's.
        await page.Locator("[data-search-box] input[type=search]").FillAsync(Common);

        var status = page.Locator("#site-search-status");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex(@"^\d+ results so far, from part of the site, for " + Common + @"\."));
        var last = page.Locator("#site-search-option-all");
        await Assertions.Expect(last).ToHaveTextAsync(new Regex(@"^More results on the search page \(\d+ so far, from part of the site\)$"));
        await page.Keyboard.PressAsync("ArrowDown");

        var axe = await page.RunAxe(SearchAccessibilityTests.Options);

        Assert.True(axe.Violations.Length == 0, SearchAccessibilityTests.Describe(axe));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Given_two_words_on_every_page_whose_chunks_are_large_When_searched_Then_only_the_first_shard_is_searched_though_each_word_alone_fits_two()
    {
        var (page, pageLists) = await VisitWithLargeChunksAsync(55);

        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString(Common + " " + Other)));
        var first = await StatusAsync(page, "results? for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The query's searches of each word alone stayed within the plan of both words together:
        // only the first shard's page list (loaded with Pagefind) was downloaded.
        Assert.True(pageLists.Distinct().Count() == 1, string.Join(", ", pageLists));
        Assert.Contains("so far", first, StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-page-more").IsVisibleAsync(), "More results should be offered");
        await page.Context.CloseAsync();

        // Each word alone fits the first two shards.
        (page, pageLists) = await VisitWithLargeChunksAsync(55);
        await page.GotoAsync(Server.Url("/search/?q=" + Other));
        Assert.Contains("so far", await StatusAsync(page, "results? for"), StringComparison.Ordinal);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(pageLists.Distinct().Count() == 2, string.Join(", ", pageLists));
        await page.Context.CloseAsync();
    }

    // A word the site does not have costs nothing by the shards holding it, but Pagefind still
    // downloads the chunk it falls in from every shard it searches: "early twitch" downloaded
    // 399 KB at 30,000 pages against a 300 KB budget. The chunks it falls in are counted now.
    [Fact]
    public async Task Given_a_word_on_every_page_and_a_word_the_site_lacks_When_searched_Then_the_lacking_word_s_chunk_is_counted_and_fewer_shards_are_searched_at_first()
    {
        const string Absent = "quux";
        Assert.Equal(-1, ShardFolders.FindIndex(f => File.ReadAllText(Path.Combine(f, SearchVocabulary.ShardFileName)).Contains($"\"{Absent}\"", StringComparison.Ordinal)));
        var (page, pageLists) = await VisitWithLargeChunksAsync(55, (3 * 55_000) + SiteFile["shardBytes"]![1]!.GetValue<long>(), Common[..3], Absent[..3]);

        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString($"{Common} {Absent}")));
        var status = await StatusAsync(page, "results? for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Pagefind leaves out a word a shard lacks: the pages with the common word are found.
        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.Contains("so far", status, StringComparison.Ordinal);
        Assert.True(pageLists.Distinct().Count() == 1, string.Join(", ", pageLists));
        await page.Context.CloseAsync();

        // The common word alone fits two shards in the same budget.
        (page, pageLists) = await VisitWithLargeChunksAsync(55, (3 * 55_000) + SiteFile["shardBytes"]![1]!.GetValue<long>(), Common[..3], Absent[..3]);
        await page.GotoAsync(Server.Url("/search/?q=" + Common));
        Assert.Contains("so far", await StatusAsync(page, "results? for"), StringComparison.Ordinal);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(pageLists.Distinct().Count() == 2, string.Join(", ", pageLists));
        await page.Context.CloseAsync();
    }

    // Chunk bounds of the first shard of a 30,000-page site, and the chunks Pagefind 1.6 was
    // seen to download there for each word searched alone (README, Shards at scale).
    [Fact]
    public async Task Given_a_shard_s_chunk_bounds_When_a_word_is_counted_Then_its_chunks_are_those_Pagefind_downloads_for_it_and_its_stem()
    {
        object[][] chunks = [[0, "bu", "caf", 9], [0, "cal", "calf", 9], [0, "calv", "contra", 9], [0, "st", "stres", 9], [0, "stret", "stretch", 9], [0, "sy", "symptom", 9], [0, "ti", "twitch", 9], [0, "twitchi", "your", 9]];
        var cases = new Dictionary<string, string[]>
        {
            ["twitch"] = ["ti"], // within its chunk's bounds
            ["twitching"] = ["twitchi", "ti"], // its own chunk, and its stem "twitch"'s
            ["twitchly"] = ["twitchi", "ti"], // stem "twitch": li goes
            ["calness"] = ["cal"], // between two chunks; its stem "cal" is in one
            ["stretly"] = ["stret"],
            ["caffeine"] = ["bu"], // after every chunk's bounds but for its start, "caf"
            ["symptoms"] = ["sy"],
        };
        var page = await site.NewPageAsync();
        await page.GotoAsync(Server.Url("/search/?q=" + Common)); // the router loads with a sharded index's first search
        await page.WaitForFunctionAsync("() => window.TwitchSiteShards");
        foreach (var (word, expected) in cases)
        {
            var picked = await page.EvaluateAsync<int[]>("([word, list]) => window.TwitchSiteShards.chunksOf(word, list)", new object[] { word, chunks });
            Assert.True(expected.SequenceEqual(picked.Select(i => (string)chunks[i][1])), $"{word}: counted {string.Join(", ", picked.Select(i => chunks[i][1]))}, Pagefind downloads {string.Join(", ", expected)}");
        }

        await page.Context.CloseAsync();
    }

    // A question of many words on nearly every page of a large site ("what is the cause of the
    // twitch in my leg": "the", "of", "in", "my") passed the budget in the first shard alone,
    // which Pagefind searches for every query: small words, then the commonest, are left out.
    [Fact]
    public async Task Given_a_question_whose_words_on_every_page_pass_the_budget_in_the_first_shard_When_searched_Then_its_small_word_is_left_out_and_the_reader_is_told()
    {
        // Three words on every page at 55 KB a chunk; the first shard fits two of them.
        var (page, pageLists) = await VisitWithLargeChunksAsync(55, (2 * 55_000) + 20_000, Common[..3], Other[..3], "and");

        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString($"{Common} and {Other}")));
        var status = await StatusAsync(page, "results? for");

        // "and" (a small word) goes, though the two others cost as much: they carry the topic.
        Assert.StartsWith("Searched without the common words and.", status, StringComparison.Ordinal);
        Assert.Equal("and", await page.Locator("#search-page-status strong").InnerTextAsync());
        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(pageLists.Distinct().Count() == 1, string.Join(", ", pageLists));
        await page.Context.CloseAsync();

        // The two words alone fit: nothing is left out, nothing said.
        (page, _) = await VisitWithLargeChunksAsync(55, (2 * 55_000) + 20_000, Common[..3], Other[..3], "and");
        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString($"{Common} {Other}")));
        status = await StatusAsync(page, "results? for");
        Assert.DoesNotContain("without", status, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#search-page-status strong").CountAsync());
        await page.Context.CloseAsync();

        // Three words on every page, none of them small, in a budget of one: the costliest go
        // (equal here: the first ones), one stays.
        (page, _) = await VisitWithLargeChunksAsync(55, 55_000 + 20_000, Common[..3], Other[..3], "yak");
        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString($"{Common} {Other} {Short}")));
        status = await StatusAsync(page, "results? for");
        Assert.StartsWith($"Searched without the common words {Common}, {Other}.", status, StringComparison.Ordinal);
        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        await page.Context.CloseAsync();
    }

    // "only", "early" and "dying" are words the stemmer maps whole ("onli", "earli", "die"): they
    // were not routed, so "twitching only at night" merged every shard, 1.3 MB at 30,000 pages.
    // They are routed by those stems now, and the budget applies.
    [Theory]
    [InlineData("only")]
    [InlineData("early")]
    [InlineData("dying")]
    public async Task Given_a_query_with_a_word_the_stemmer_maps_whole_When_searched_Then_not_every_shard_is_loaded(string word)
    {
        var (page, pageLists) = await VisitAsync();

        await page.GotoAsync(Server.Url("/search/?q=" + Uri.EscapeDataString($"{Common} {word}")));
        var status = await StatusAsync(page, "results? for");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("so far", status, StringComparison.Ordinal);
        Assert.True(pageLists.Distinct().Count() < ShardFolders.Count, $"{pageLists.Distinct().Count()} of {ShardFolders.Count} shards' page lists: " + string.Join(", ", pageLists));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Given_a_rare_word_sharing_its_first_letters_with_a_word_on_every_page_When_searched_Then_every_shard_holding_it_is_searched_and_it_is_found()
    {
        var folders = ShardFolders;
        var holder = folders.FindIndex(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(f, SearchVocabulary.ShardFileName))).RootElement.GetProperty("words").TryGetProperty(Rare, out _));
        Assert.True(holder >= 2, $"the rare word should be in a shard past the budget's first two, got {holder}");
        var (page, pageLists) = await VisitAsync();

        await page.GotoAsync(Server.Url("/search/?q=" + Rare));
        var status = await StatusAsync(page, "results? for|No results");

        Assert.Equal("1 result for \u201c" + Rare + "\u201d", status);
        Assert.Equal([$"/page-{Pages}/"], await SearchPages.ResultPathsAsync(page));
        Assert.Contains(pageLists, p => p.StartsWith("/" + Path.GetRelativePath(_site!.Output, folders[holder]).Replace(Path.DirectorySeparatorChar, '/') + "/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
