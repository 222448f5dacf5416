using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Screenshots of the pages readers see most (home, a topic page) at desktop width, on a 375 px
/// phone, in dark mode and as printed, saved under the test output's <c>screenshots/</c> folder
/// for people to look at. Each also checks the page does not scroll sideways.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class ReaderScreenshotTests(SearchSite site)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Theory]
    [InlineData("home", "/", 1280, ColorScheme.Light, false)]
    [InlineData("topic", "/symptoms/when-to-see-a-doctor/", 1280, ColorScheme.Light, false)]
    [InlineData("topic-375", "/symptoms/when-to-see-a-doctor/", 375, ColorScheme.Light, false)]
    [InlineData("home-375", "/", 375, ColorScheme.Light, false)]
    [InlineData("topic-dark", "/causes/medical-conditions/", 1280, ColorScheme.Dark, false)]
    [InlineData("topic-375-dark", "/causes/medical-conditions/", 375, ColorScheme.Dark, false)]
    [InlineData("topic-print", "/symptoms/when-to-see-a-doctor/", 800, ColorScheme.Light, true)]
    public async Task Given_a_page_When_shown_Then_it_fits_the_screen_and_is_saved_for_review(string name, string url, int width, ColorScheme scheme, bool print)
    {
        var page = await site.NewPageAsync(width, scheme);
        if (print)
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
        }

        await page.GotoAsync(site.Server.Url(url));
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"reader-{name}.png"), FullPage = true });

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{url} scrolls sideways at {width} px: {scrollWidth} px wide");
        await page.Context.CloseAsync();
    }
}
