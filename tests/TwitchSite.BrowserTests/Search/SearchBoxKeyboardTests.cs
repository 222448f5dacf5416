using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>The header search box used with the keyboard only, as a WAI-ARIA combobox.</summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class SearchBoxKeyboardTests(SearchSite site)
{
    [Fact]
    public async Task Given_any_page_When_slash_then_a_query_arrows_and_enter_Then_the_chosen_result_opens()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/remedies/"));
        var input = page.Locator("#site-search-input");

        await page.Keyboard.PressAsync("/");
        Assert.True(await input.EvaluateAsync<bool>("e => e === document.activeElement"));
        await page.Keyboard.TypeAsync("caffeine");

        // The live region announces the count once the results for the whole word are shown.
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new Regex(@"^\d+ results? for caffeine\."));
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#site-search-listbox [role=option]").CountAsync() >= 2);

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        var active = await input.GetAttributeAsync("aria-activedescendant");
        Assert.Equal("site-search-option-0", active);
        Assert.Equal("true", await page.Locator("#" + active).GetAttributeAsync("aria-selected"));
        Assert.Equal(1, await page.Locator("#site-search-listbox [aria-selected=true]").CountAsync());

        await page.Keyboard.PressAsync("Enter");
        // The address changing is the behaviour; the new page's load event can take long on a busy machine.
        await page.WaitForURLAsync("**/causes/caffeine-and-stimulants/**", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains("highlight=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_any_page_When_ctrl_k_Then_the_search_field_has_focus_and_escape_closes_the_results()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/"));
        var input = page.Locator("#site-search-input");

        await page.Keyboard.PressAsync("Control+k");
        Assert.True(await input.EvaluateAsync<bool>("e => e === document.activeElement"));
        await page.Keyboard.TypeAsync("cramp");
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new Regex("for cramp\\."));
        await page.Keyboard.PressAsync("Escape");

        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#site-search-popup").IsVisibleAsync());
    }

    [Fact]
    public async Task Given_a_query_When_enter_without_choosing_Then_the_search_page_opens_with_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/glossary/"));

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("eye twitch");
        // As a reader would: results have been announced, none chosen, then Enter.
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("for eye twitch\\."));
        await page.Keyboard.PressAsync("Enter");

        // The address changing is the behaviour under test; the page's load event (its search
        // library and fonts) can take long on a busy machine, so the results get a wide margin.
        await page.WaitForURLAsync("**/search/?q=eye%20twitch", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.Locator(".search-result").First.WaitForAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Given_the_search_page_When_arrow_keys_Then_focus_moves_through_the_results_and_enter_opens_one()
    {
        var page = await SearchPages.OpenResultsAsync(site, "stress");

        await page.Keyboard.PressAsync("/");
        Assert.True(await page.Locator("#search-page-input").EvaluateAsync<bool>("e => e === document.activeElement"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal((await SearchPages.ResultPathsAsync(page))[1], SearchPages.PathOf(second));

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => SearchPages.PathOf(url) == SearchPages.PathOf(second), new() { WaitUntil = WaitUntilState.Commit });
    }
}
