using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>Every page: zero axe violations in light mode, dark mode and on a 375 px phone; one h1; a language.</summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class PageAccessibilityTests(SearchSite site)
{
    public static TheoryData<string> Pages() => AllPages.Urls();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_axe_violations_in_light_dark_and_phone_views(string url)
    {
        // The three views are separate browser contexts, so they are checked at the same time
        // rather than one after another: this test, run for every page, was a third of the run.
        await Task.WhenAll(new[] { (1280, ColorScheme.Light, "light"), (1280, ColorScheme.Dark, "dark"), (375, ColorScheme.Light, "375 px") }.Select(async view =>
        {
            var (width, scheme, name) = view;
            var page = await site.NewPageAsync(width, scheme);
            try
            {
                await page.GotoAsync(site.Server.Url(url));
                await Axe.AssertNoViolationsAsync(page, $"{url} ({name})");
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_one_h1_a_language_and_the_skip_link_first(string url)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url(url));

        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation lands a moment after the key press on a busy machine. Polled in
        // the page: waiting for a navigation event could start after that event and wait forever.
        await page.WaitForFunctionAsync("() => location.hash === '#main'", null, new() { Timeout = 5000 });
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.querySelector(':target')?.id ?? ''"));
        await page.Context.CloseAsync();
    }
}
