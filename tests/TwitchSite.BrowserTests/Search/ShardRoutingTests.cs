using System.Text.Json;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// Routing a query to the shards that can match it (search-shards.js and the build's route
/// files) changes what a reader downloads, never what they find: the real site, plus a few pages
/// each with a rare word of its own, is built in several shards (search_shard_pages: 3), and every
/// reader query of both query sets, with misspellings, starts of words, rare, short, quoted,
/// accented and hyphenated words, is searched once with routing and once with every shard loaded
/// (the route files blocked, as on a site built before routing): the same pages in the same
/// order, with the same excerpts, notes and links. The queries run one after another in one
/// visit per way, as a reader's searches do, so shards merged for earlier queries stay merged.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium over about 200 queries, twice
public sealed class ShardRoutingTests(SearchSite site, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] RareWords = ["zorblexa", "zorblexb", "xyloquet", "vexillum", "jorumbic", "kelpwise"];

    private SmallSite? _site;

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["_site.yml"] = File.ReadAllText(Path.Combine(RepoPaths.Input, "_site.yml")) + "\nsearch_shard_pages: 3\n",
        };
        for (var i = 0; i < RareWords.Length; i++)
        {
            files[$"rare-{i}.md"] = $"---\ntitle: Rare page {i}\ndescription: A page with a rare word.\n---\n\nThis page alone uses the word {RareWords[i]}, and talks about muscle twitches too.\n";
        }

        _site = await SmallSite.BuildAsync(files, RepoPaths.Theme, search: true, copyOf: RepoPaths.Input);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private int Shards => JsonDocument.Parse(File.ReadAllText(Path.Combine(_site!.Output, "pagefind", "twitchsite-search.json"))).RootElement.GetProperty("shards").GetArrayLength() + 1;

    private static IEnumerable<string> Queries() =>
        ReaderQueries.All().Concat(ReaderQueries.All(ReaderQueries.HeldOutSet)).Select(q => q.Query)
            .Concat(RareWords)
            .Concat([
                "zorblex", "zorblexz", "zorbl", "zorb", "zo", "z", "xylo", "quixotic", "vexillums", "kelpwise twitching", "zorblexa caffeine",
                "twitch", "twitching", "twitches", "twitched", "twitchy", "cramps", "cramping", "eye", "eyelid", "ALS", "MS", "B12",
                "vitamin b12", "\"muscle twitch\"", "\"twitches\"", "dying", "skies", "early", "only", "news", "lying", "sky", "gently", "twitching only at night", "early morning twitch", "café", "naïve", "twenty-one",
                "don't worry", "magnesium-rich", "stress, anxiety", "a", "e", "of the", "benign fasciculation syndrome", "fasciculations",
                "electrolytes", "dehydrated", "potassium", "sleeping", "exercising", "anxiously", "stretches", "nerves", "neurologist",
            ])
            .Distinct(StringComparer.Ordinal);

    // What the reader is shown for a query: the note, and every result as shaped for display.
    private const string SearchScript = """
        async (query) => {
          const result = await window.TwitchSiteSearch.search(query);
          const items = await result.load(0, result.total);
          return JSON.stringify({ total: result.total, note: window.TwitchSiteSearch.note(result), items });
        }
        """;

    private async Task<(List<string> Answers, List<string> PageLists)> RunAsync(bool routed, IReadOnlyList<string> queries)
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
        if (!routed)
        {
            await page.Context.RouteAsync("**/pagefind/twitchsite-routes/**", route => route.AbortAsync());
        }

        await page.GotoAsync(_site!.Server.Url("/search/"));
        var answers = new List<string>();
        foreach (var query in queries)
        {
            answers.Add(await page.EvaluateAsync<string>(SearchScript, query));
        }

        await page.Context.CloseAsync();
        return (answers, pageLists);
    }

    [Fact]
    public async Task Given_a_site_in_several_shards_When_queries_are_routed_Then_readers_see_the_same_results_as_with_every_shard_loaded()
    {
        Assert.True(Shards >= 4, $"expected several shards, got {Shards}");
        var queries = Queries().ToList();

        var (routed, _) = await RunAsync(routed: true, queries);
        var (all, pageLists) = await RunAsync(routed: false, queries);

        Assert.Equal(Shards, pageLists.Distinct().Count()); // the unrouted visit did load every shard
        var differences = queries.Select((q, i) => (Query: q, Routed: routed[i], All: all[i])).Where(x => x.Routed != x.All).ToList();
        foreach (var (query, withRoutes, withAll) in differences)
        {
            output.WriteLine($"'{query}'\n  routed: {withRoutes}\n  every shard: {withAll}");
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {queries.Count} queries differ with routing: {string.Join(", ", differences.Select(d => d.Query))}");
        Assert.Contains(all, a => a.Contains("\"total\":0", StringComparison.Ordinal)); // some query found nothing
        Assert.True(all.Count(a => !a.Contains("\"total\":0", StringComparison.Ordinal)) > queries.Count / 2, "most queries should find pages");
    }

    [Theory]
    [InlineData("vexillum")]
    [InlineData("jorumbic")]
    [InlineData("xyloquet")]
    public async Task Given_a_fresh_visit_When_a_rare_word_is_searched_Then_only_the_shards_that_hold_it_are_loaded_and_it_is_found(string word)
    {
        var (answers, pageLists) = await RunAsync(routed: true, [word]);

        output.WriteLine($"'{word}' loaded {pageLists.Distinct().Count()} of {Shards} page lists: {string.Join(", ", pageLists)}");
        Assert.True(pageLists.Distinct().Count() <= 2, $"'{word}' is on one page: the first shard and the one holding it at most, got {string.Join(", ", pageLists)}");
        var shown = JsonDocument.Parse(answers[0]).RootElement;
        Assert.Equal(1, shown.GetProperty("total").GetInt32());
        Assert.Contains("Rare page", shown.GetProperty("items")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
