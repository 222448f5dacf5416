using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>The /search/ page: shareable addresses, results with their parts, and the page without JavaScript.</summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class SearchPageTests(SearchSite site)
{
    [Fact]
    public async Task Given_a_search_address_When_opened_Then_results_show_on_load_with_title_section_and_highlighted_excerpt()
    {
        var page = await SearchPages.OpenResultsAsync(site, "eye twitch");

        Assert.Equal("eye twitch", await page.Locator("#search-page-input").InputValueAsync());
        Assert.Matches(@"^\d+ results? for “eye twitch”$", (await SearchPages.StatusAsync(page)).Trim());
        var first = page.Locator(".search-result").First;
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator(".search-result-link").InnerTextAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator(".search-result-where").InnerTextAsync()));
        Assert.True(await first.Locator(".search-result-excerpt mark").CountAsync() > 0);
        Assert.StartsWith("Search: eye twitch", await page.TitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_search_page_When_typing_Then_results_follow_and_the_address_can_be_shared()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/search/"));

        await page.Locator("#search-page-input").FillAsync("cramp");
        await page.Locator(".search-result").First.WaitForAsync();

        Assert.EndsWith("/search/?q=cramp", page.Url, StringComparison.Ordinal);
        var shared = await site.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await shared.Locator(".search-result").First.WaitForAsync();
        Assert.Equal(await SearchPages.ResultPathsAsync(page), await SearchPages.ResultPathsAsync(shared));
    }

    [Fact]
    public async Task Given_javascript_is_off_When_the_search_page_opens_Then_it_says_search_needs_javascript_and_links_to_the_topics()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Server.Url("/search/?q=cramp"));

        var notice = page.Locator(".search-noscript");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("Search needs JavaScript", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/#home-sections-title", await notice.GetByRole(AriaRole.Link, new() { Name = "topic index on the home page" }).GetAttributeAsync("href"));
        Assert.False(await page.Locator("#search-page-input").IsVisibleAsync());
    }

    [Fact]
    public async Task Given_a_result_When_opened_Then_the_searched_words_are_highlighted_on_the_page()
    {
        var page = await SearchPages.OpenResultsAsync(site, "caffeine");

        await page.Locator(".search-result-link").First.ClickAsync();
        await page.WaitForURLAsync("**/causes/caffeine-and-stimulants/**", new() { WaitUntil = WaitUntilState.Commit }); // the marks are waited for below

        var marks = page.Locator("[data-pagefind-body] mark.search-highlight");
        await marks.First.WaitForAsync();
        Assert.True(await marks.CountAsync() >= 5);
        Assert.All(await marks.AllInnerTextsAsync(), text => Assert.StartsWith("caffeine", text, StringComparison.OrdinalIgnoreCase));
    }
}
