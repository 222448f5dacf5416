using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Screenshots of the pages readers see most (home, a topic page) at desktop width, on a 375 px
/// phone, in dark mode and as printed, saved under the test output's <c>screenshots/</c> folder
/// for people to look at. Each also checks the page does not scroll sideways.
/// </summary>
[Collection(ReaderPagesGroup.Name)]
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

    /// <summary>
    /// Issue #17's reading fixes as a reader meets them, one screenshot each at 375 and 1280 px in
    /// light and dark: the view after following a contents link ("On this page" marks that
    /// section; on phones the header), a glossary tip opened at the screen's right edge, the
    /// back-to-top button after reading down and scrolling up a little, and the phone menu open.
    /// </summary>
    [Theory]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Given_the_reading_fixes_When_used_Then_each_is_saved_for_review(int width, ColorScheme scheme)
    {
        var page = await site.NewPageAsync(width, scheme);
        await page.SetViewportSizeAsync(width, width < 600 ? 812 : 900);
        var name = $"{width}-{scheme.ToString().ToLowerInvariant()}";
        Directory.CreateDirectory(Folder);

        // A contents link followed: at 1280 px "On this page" is beside the text.
        await page.GotoAsync(site.Server.Url("/symptoms/when-to-see-a-doctor/"));
        var second = page.Locator(".toc a").Nth(1);
        await page.EvaluateAsync("href => location.hash = href", await second.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator(".toc a[aria-current=true]")).ToHaveAttributeAsync("href", (await second.GetAttributeAsync("href"))!);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"reading-contents-{name}.png") });

        // Back to top: a screen and more down, then a little way up (phones show it then).
        await page.GotoAsync(site.Server.Url("/glossary/"));
        await page.Mouse.WheelAsync(0, 2400);
        await page.Mouse.WheelAsync(0, -200);
        await Assertions.Expect(page.Locator(".to-top")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"reading-to-top-{name}.png") });

        // A glossary tip, the term furthest right on the page.
        await page.GotoAsync(site.Server.Url("/causes/medical-conditions/"));
        var term = page.Locator(".glossary-term button").First;
        await term.ScrollIntoViewIfNeededAsync();
        await term.FocusAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"reading-tip-{name}.png") });

        if (width < 600)
        {
            await page.GotoAsync(site.Server.Url("/symptoms/when-to-see-a-doctor/"));
            await page.Locator(".menu-button").ClickAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"reading-menu-{name}.png") });
        }

        await page.Context.CloseAsync();
    }
}
