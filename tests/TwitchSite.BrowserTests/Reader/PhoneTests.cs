using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Pages on a phone as the phone's browser lays them out (a mobile viewport, which widens to
/// hold anything wider than the screen, and touch): no page pans sideways, and a glossary tip
/// tapped near the screen's bottom right corner opens on screen.
/// </summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class PhoneTests(SearchSite site)
{
    private const int Width = 375;
    private const int Height = 812;

    [Theory]
    [MemberData(nameof(AllPages.Urls), MemberType = typeof(AllPages))]
    public async Task Given_a_phone_When_any_page_opens_Then_it_fits_the_screen_without_panning_sideways(string url)
    {
        var page = await Phone();
        await page.GotoAsync(site.Server.Url(url));

        // A mobile browser widens its layout viewport to the widest content (a table, say):
        // the page then opens zoomed out or pans sideways.
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= Width && widths[1] == Width, $"{url} is {widths[0]} px wide on a {Width} px phone (layout viewport {widths[1]} px)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Given_a_phone_When_a_glossary_term_near_the_bottom_right_is_tapped_Then_its_tip_is_on_screen_and_the_page_keeps_its_width()
    {
        var page = await Phone();
        await page.GotoAsync(site.Server.Url("/causes/medical-conditions/"));

        // The term furthest right, moved to the bottom of the screen: no room below, none to the right.
        var index = await page.Locator(".glossary-term-button").EvaluateAllAsync<int>(
            "buttons => buttons.map(b => b.getBoundingClientRect().right).reduce((best, right, i, all) => right > all[best] ? i : best, 0)");
        var button = page.Locator(".glossary-term-button").Nth(index);
        await button.EvaluateAsync($"b => window.scrollBy(0, b.getBoundingClientRect().bottom - ({Height} - 40))");
        var word = await button.BoundingBoxAsync();
        Assert.True(word is not null && word.Y + word.Height > Height - 80 && word.X > 40, $"the term is not near the bottom right: {word?.X},{word?.Y}");

        await button.TapAsync();
        var tip = page.Locator(".glossary-term[data-open] .glossary-tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        // Placed on the next frame: wait until it is inside the screen, then check it stays there.
        await page.WaitForFunctionAsync(
            $"() => {{ const r = document.querySelector('.glossary-term[data-open] .glossary-tip').getBoundingClientRect(); return r.left >= 0 && r.right <= {Width} && r.top >= 0 && r.bottom <= {Height}; }}",
            null,
            new() { Timeout = BrowserTimeouts.Ceiling });
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth, window.innerHeight]");
        Assert.True(widths[0] <= Width && widths[1] == Width && widths[2] == Height, $"opening the tip widened the page: {string.Join(", ", widths)}");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> Phone()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserTimeouts.Ceiling);
        return page;
    }
}
