using System.Text;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// Every query of the reader query sets (queries.yml, and the independent queries-held-out.yml to queries-held-out-34.yml)
/// typed into the header search box (and queries.yml also opened as <c>/search/?q=</c>): prints
/// each set's top-1 and top-3 hit rates and every miss, and holds search to its targets over queries.yml (the right page
/// first for 90% of queries, in the first three for 98%, and no query answered with nothing); the
/// held-out sets each to the last of these, and all of them together to the two rates.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class QuerySetTests(SearchSite site, ITestOutputHelper output)
{
    private const double TopOneTarget = 0.90;
    private const double TopThreeTarget = 0.98;

    [Fact]
    public async Task Given_the_reader_query_set_When_typed_in_the_header_box_Then_the_answering_page_comes_first()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/about/"));
        var input = page.Locator("#site-search-input");

        await AssertTargetsAsync("header box", AllSets, async query =>
        {
            await input.FillAsync(query);
            await page.WaitForFunctionAsync(
                "q => { const t = document.getElementById('site-search-status').textContent; return t === 'No results for ' + q || t.endsWith(' for ' + q + '. Use the up and down arrow keys to choose one.'); }",
                query);
            var urls = await page.Locator("#site-search-listbox [role=option][data-url]").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.url)");
            return urls.Select(SearchPages.PathOf).ToList();
        });
    }

    [Fact]
    public async Task Given_the_reader_query_set_When_opened_as_search_page_addresses_Then_the_answering_page_comes_first()
    {
        // One tab opens every address in turn, as a reader following search links would: each
        // address is a fresh document (nothing of the last query's page survives the navigation),
        // and a new browser context per query made this the slowest test of the suite.
        var page = await site.NewPageAsync();
        await AssertTargetsAsync("search page", MainSetOnly, async query =>
        {
            await SearchPages.GoToResultsAsync(page, site, query);
            return await SearchPages.ResultPathsAsync(page);
        });
    }

    // The main set is held to the targets; each held-out set to "nothing found for no query", and
    // all of them together to the targets (README, Search, says where each stands).
    private static readonly (string Set, int Minimum, bool HoldRates)[] AllSets =
    [
        (ReaderQueries.MainSet, 80, true), (ReaderQueries.HeldOutSet, 40, false), (ReaderQueries.HeldOutSet2, 40, false),
        (ReaderQueries.HeldOutSet3, 40, false), (ReaderQueries.HeldOutSet4, 50, false), (ReaderQueries.HeldOutSet5, 70, false), (ReaderQueries.HeldOutSet6, 40, false),
        (ReaderQueries.HeldOutSet7, 40, false), (ReaderQueries.HeldOutSet8, 40, false), (ReaderQueries.HeldOutSet9, 40, false),
        (ReaderQueries.HeldOutSet10, 40, false), (ReaderQueries.HeldOutSet11, 40, false),
        (ReaderQueries.HeldOutSet12, 40, false), (ReaderQueries.HeldOutSet13, 40, false),
        (ReaderQueries.HeldOutSet14, 40, false), (ReaderQueries.HeldOutSet15, 40, false), (ReaderQueries.HeldOutSet16, 40, false),
        (ReaderQueries.HeldOutSet17, 40, false), (ReaderQueries.HeldOutSet18, 40, false),
        (ReaderQueries.HeldOutSet19, 40, false), (ReaderQueries.HeldOutSet20, 40, false), (ReaderQueries.HeldOutSet21, 40, false),
        (ReaderQueries.HeldOutSet22, 40, false), (ReaderQueries.HeldOutSet23, 40, false), (ReaderQueries.HeldOutSet24, 40, false), (ReaderQueries.HeldOutSet25, 40, false),
        (ReaderQueries.HeldOutSet26, 40, false), (ReaderQueries.HeldOutSet27, 40, false), (ReaderQueries.HeldOutSet28, 40, false),
        (ReaderQueries.HeldOutSet29, 40, false), (ReaderQueries.HeldOutSet30, 40, false), (ReaderQueries.HeldOutSet31, 40, false),
        (ReaderQueries.HeldOutSet32, 40, false), (ReaderQueries.HeldOutSet33, 40, false), (ReaderQueries.HeldOutSet34, 40, false),
    ];

    // The search page ranks with the same client code as the header box, and each of its
    // queries is a whole page load: the held-out sets go through the box only, which keeps the
    // browser tests inside CI's time limit on a busy two-core machine.
    private static readonly (string Set, int Minimum, bool HoldRates)[] MainSetOnly = [AllSets[0]];

    // Every set is run and printed before any is held to the targets. The held-out sets, each
    // written by an outsider who never ran the search, are held to the targets together: one
    // set of 40 to 115 queries moves by two or three points with one query, and a few of their
    // queries are ones two pages answer, but all of them together say how search does for
    // readers it was not tuned on, and a change that costs them fails here.
    private async Task AssertTargetsAsync(string where, (string Set, int Minimum, bool HoldRates)[] sets, Func<string, Task<IReadOnlyList<string>>> search)
    {
        var failures = new List<string>();
        int heldOutTopOne = 0, heldOutTopThree = 0, heldOut = 0;
        foreach (var (set, minimum, rates) in sets)
        {
            try
            {
                var (topOne, topThree, count) = await AssertTargetsAsync($"{where}, {set}", ReaderQueries.All(set), minimum, rates, search);
                if (!rates)
                {
                    heldOutTopOne += topOne;
                    heldOutTopThree += topThree;
                    heldOut += count;
                }
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        if (heldOut > 0)
        {
            double topOneRate = (double)heldOutTopOne / heldOut, topThreeRate = (double)heldOutTopThree / heldOut;
            output.WriteLine($"{where}, the held-out sets together: {heldOut} queries: top-1 {topOneRate:P1} ({heldOutTopOne}), top-3 {topThreeRate:P1} ({heldOutTopThree})");
            if (topOneRate < TopOneTarget || topThreeRate < TopThreeTarget)
            {
                failures.Add($"{where}, the held-out sets together: top-1 {topOneRate:P1} and top-3 {topThreeRate:P1}; the targets are {TopOneTarget:P0} and {TopThreeTarget:P0} (each set's misses are printed above)");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<(int TopOne, int TopThree, int Count)> AssertTargetsAsync(string where, IReadOnlyList<ReaderQuery> queries, int minimum, bool holdRates, Func<string, Task<IReadOnlyList<string>>> search)
    {
        Assert.True(queries.Count >= minimum, $"{where}: the query set has {queries.Count} queries; it needs at least {minimum}");
        var misses = new StringBuilder();
        int topOne = 0, topThree = 0, currentTopOne = 0, currentTopThree = 0, current = 0;
        var empty = new List<string>();
        foreach (var query in queries)
        {
            var results = await search(query.Query);
            var rank = results.Take(10).ToList().IndexOf(query.Url);
            topOne += rank == 0 ? 1 : 0;
            topThree += rank is >= 0 and < 3 ? 1 : 0;
            if (!query.NewPage)
            {
                current++;
                currentTopOne += rank == 0 ? 1 : 0;
                currentTopThree += rank is >= 0 and < 3 ? 1 : 0;
            }

            if (results.Count == 0)
            {
                empty.Add(query.Query);
            }

            if (rank != 0)
            {
                misses.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {(rank < 0 ? "miss" : "#" + (rank + 1)),-5} \"{query.Query}\" wants {query.Url}{(query.NewPage ? " (new page)" : "")}; got {(results.Count == 0 ? "nothing" : string.Join(" ", results.Take(3)))}");
            }
        }

        double Rate(int hits, int of) => of == 0 ? 1 : (double)hits / of;
        output.WriteLine($"{where}: {queries.Count} queries: top-1 {Rate(topOne, queries.Count):P1} ({topOne}), top-3 {Rate(topThree, queries.Count):P1} ({topThree}), nothing found for {empty.Count}");
        output.WriteLine($"{where}: the {current} queries answered by pages that exist now: top-1 {Rate(currentTopOne, current):P1}, top-3 {Rate(currentTopThree, current):P1}");
        output.WriteLine("Not first:");
        output.WriteLine(misses.ToString());

        Assert.True(empty.Count == 0, $"{where}: nothing found for {string.Join(", ", empty.Select(q => "\"" + q + "\""))}");
        if (!holdRates)
        {
            output.WriteLine($"{where}: targets {TopOneTarget:P0} top-1 and {TopThreeTarget:P0} top-3 are held for the held-out sets together, not for this set alone");
            return (topOne, topThree, queries.Count);
        }

        Assert.True(Rate(topOne, queries.Count) >= TopOneTarget, $"{where}: top-1 hit rate {Rate(topOne, queries.Count):P1} is under {TopOneTarget:P0}:\n{misses}");
        Assert.True(Rate(topThree, queries.Count) >= TopThreeTarget, $"{where}: top-3 hit rate {Rate(topThree, queries.Count):P1} is under {TopThreeTarget:P0}:\n{misses}");
        return (topOne, topThree, queries.Count);
    }
}
