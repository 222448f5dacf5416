using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>axe-core finds nothing wrong with search, results showing, in light and dark mode.</summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class SearchAccessibilityTests(SearchSite site)
{
    /// <summary>The rules every search check runs: WCAG 2.2 AA and axe's best practices.</summary>
    internal static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Given_the_search_page_with_results_When_checked_with_axe_Then_there_are_no_violations(ColorScheme scheme)
    {
        var page = await SearchPages.OpenResultsAsync(site, "eye twitch", colorScheme: scheme);

        var result = await page.RunAxe(Options);

        Assert.True(result.Violations.Length == 0, Describe(result));
    }

    [Fact]
    public async Task Given_the_header_results_open_When_checked_with_axe_Then_there_are_no_violations()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/causes/"));
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("potassium");
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("for potassium\\."));
        await page.Keyboard.PressAsync("ArrowDown");

        var result = await page.RunAxe(Options);

        Assert.True(result.Violations.Length == 0, Describe(result));
    }

    /// <summary>axe's violations, one a line, for an assertion's message.</summary>
    internal static string Describe(AxeResult result) =>
        string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
}
