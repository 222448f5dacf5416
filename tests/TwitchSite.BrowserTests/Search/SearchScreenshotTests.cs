using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// Screenshots of search as readers see it (desktop, a 375 px phone, dark mode), saved under
/// the test output's <c>screenshots/</c> folder for people to look at; each also checks that the
/// results are on screen and inside the viewport's width.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class SearchScreenshotTests(SearchSite site)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Theory]
    [InlineData("desktop", 1280, ColorScheme.Light)]
    [InlineData("phone-375", 375, ColorScheme.Light)]
    [InlineData("desktop-dark", 1280, ColorScheme.Dark)]
    public async Task Given_a_search_When_results_show_Then_they_fit_the_screen(string name, int width, ColorScheme scheme)
    {
        Directory.CreateDirectory(Folder);
        var page = await SearchPages.OpenResultsAsync(site, "eye twitch", width, scheme);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"search-page-{name}.png"), FullPage = true });

        await page.Keyboard.PressAsync("Control+k");
        var header = site.NewPageAsync(width, scheme);
        var box = await header;
        await box.GotoAsync(site.Server.Url("/causes/"));
        await box.Keyboard.PressAsync("/");
        await box.Keyboard.TypeAsync("low potassium");
        await Assertions.Expect(box.Locator("#site-search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("for low potassium\\."));
        await box.Keyboard.PressAsync("ArrowDown");
        await box.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"search-box-{name}.png") });

        var popup = await box.Locator("#site-search-popup").BoundingBoxAsync();
        Assert.NotNull(popup);
        Assert.True(popup.X >= 0 && popup.X + popup.Width <= width, $"the results panel runs off the screen: x {popup.X}, width {popup.Width}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the search page scrolls sideways: {scrollWidth} px wide");
    }
}
