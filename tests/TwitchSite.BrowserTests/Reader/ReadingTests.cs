using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Reading a long page, on a phone and on paper: the contents list marks the section at the top
/// of the view, the phone header stays short with search in it, the phone menu shows where the
/// reader is, glossary tips stay on the screen, printed links carry full addresses, a back-to-top
/// button appears without covering the text, and pages are prefetched on hover or focus.
/// Screenshots of the phone menu and of search on a phone go to <c>screenshots/</c>.
/// </summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class ReadingTests(SearchSite site)
{
    private const string Topic = "/symptoms/when-to-see-a-doctor/";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Given_a_contents_link_When_followed_Then_its_own_section_is_marked_not_the_next()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url(Topic));
        var links = await page.Locator(".toc a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length >= 4);

        // The first sections: each can reach the top of the view on this page.
        foreach (var href in links.Take(3))
        {
            await page.Locator($".toc a[href='{href}']").ClickAsync();
            await Assertions.Expect(page.Locator(".toc a[aria-current=true]")).ToHaveAttributeAsync("href", href);
        }
    }

    [Fact]
    public async Task Given_a_phone_When_a_page_opens_Then_the_header_is_at_most_100_px_and_search_is_in_it()
    {
        var page = await site.NewPageAsync(375);
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync(site.Server.Url(Topic));

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 100, $"the header is {header.Height} px tall on a 375 px phone");
        var search = page.Locator("#site-search-input");
        await Assertions.Expect(search).ToBeVisibleAsync();
        Assert.True((await search.BoundingBoxAsync())!.Height >= 24, "the search field is a target of at least 24 px");
        await Assertions.Expect(page.Locator(".menu-button")).ToBeVisibleAsync();

        // One tap on the field and the reader can type.
        await search.ClickAsync();
        Assert.True(await search.EvaluateAsync<bool>("e => e === document.activeElement"));
    }

    [Fact]
    public async Task Given_a_phone_When_the_menu_opens_Then_it_lists_the_sections_pages_and_marks_this_page()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.Server.Url(Topic));
        await page.Locator(".menu-button").ClickAsync();

        var current = page.Locator("#site-nav a[aria-current=page]");
        await Assertions.Expect(current).ToBeVisibleAsync();
        Assert.Equal(Topic, await current.GetAttributeAsync("href"));
        var sectionPages = page.Locator("#site-nav .nav-level-2 a");
        Assert.True(await sectionPages.CountAsync() >= 2);
        for (var i = 0; i < await sectionPages.CountAsync(); i++)
        {
            await Assertions.Expect(sectionPages.Nth(i)).ToBeVisibleAsync();
        }

        // This page is marked by more than colour: weight and a bar.
        Assert.Equal("700", await current.EvaluateAsync<string>("a => getComputedStyle(a).fontWeight"));
        Assert.NotEqual("none", await current.EvaluateAsync<string>("a => getComputedStyle(a).boxShadow"));
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "reader-menu-375.png") });
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Given_a_glossary_term_near_the_screen_edge_When_opened_Then_its_tip_is_wholly_on_screen(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.Server.Url("/causes/medical-conditions/"));
        var terms = page.Locator(".glossary-term");
        var count = await terms.CountAsync();
        Assert.True(count > 0);
        var viewport = page.ViewportSize!;
        for (var i = 0; i < count; i++)
        {
            var term = terms.Nth(i);
            // Put the word at the very bottom of the screen, where a tip opening downwards is cut off.
            await term.EvaluateAsync("t => window.scrollTo({ top: window.scrollY + t.getBoundingClientRect().bottom - window.innerHeight + 4, behavior: 'instant' })");
            await term.Locator("button").FocusAsync();
            var tip = term.Locator(".glossary-tip");
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            var box = (await tip.BoundingBoxAsync())!;
            Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height && box.X >= 0 && box.X + box.Width <= viewport.Width,
                $"tip {i + 1} at {width} px is at ({box.X}, {box.Y}) size {box.Width}x{box.Height}, outside the {viewport.Width}x{viewport.Height} screen");
            await page.Keyboard.PressAsync("Escape");
        }
    }

    [Fact]
    public async Task Given_print_When_a_page_is_printed_Then_its_links_show_full_web_addresses()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url(Topic));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var baseUrl = "https://twitchsite.netlify.app"; // input/_site.yml base_url

        var internalLinks = page.Locator(".prose a[href^='/']");
        Assert.True(await internalLinks.CountAsync() > 0);
        for (var i = 0; i < await internalLinks.CountAsync(); i++)
        {
            var link = internalLinks.Nth(i);
            var href = await link.GetAttributeAsync("href");
            var after = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
            Assert.Equal($"\" ({baseUrl}{href})\"", after);
        }

        await Assertions.Expect(page.Locator(".to-top")).ToBeHiddenAsync();
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "reader-print-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task Given_a_long_page_on_a_wide_screen_When_scrolled_down_Then_back_to_top_shows_beside_the_text_and_goes_up()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/glossary/"));
        var button = page.Locator(".to-top");
        await Assertions.Expect(button).ToBeHiddenAsync();

        await page.Mouse.WheelAsync(0, 2500);
        await Assertions.Expect(button).ToBeVisibleAsync();
        var box = (await button.BoundingBoxAsync())!;
        var text = (await page.Locator("main .prose").BoundingBoxAsync())!;
        Assert.True(box.X >= text.X + text.Width, $"the button (x {box.X}) covers the text column (right edge {text.X + text.Width})");
        Assert.True(box.Height >= 24 && box.Width >= 24);
        Assert.Equal("Back to top", await button.GetAttributeAsync("aria-label"));

        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.scrollY < 10");
    }

    [Fact]
    public async Task Given_a_long_page_on_a_phone_When_reading_down_Then_back_to_top_stays_away_and_comes_when_scrolling_up()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.Server.Url("/glossary/"));
        var button = page.Locator(".to-top");

        await page.Mouse.WheelAsync(0, 2500);
        await page.WaitForFunctionAsync("() => window.scrollY > 2000");
        await Assertions.Expect(button).ToBeHiddenAsync();

        await page.Mouse.WheelAsync(0, -300);
        await Assertions.Expect(button).ToBeVisibleAsync();

        await page.Mouse.WheelAsync(0, 600);
        await Assertions.Expect(button).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Given_a_link_to_another_page_When_hovered_or_focused_Then_that_page_is_prefetched_under_the_strict_policy()
    {
        var page = await site.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(site.Server.Url(Topic));

        var hovered = page.WaitForRequestAsync(r => r.Url.EndsWith("/causes/", StringComparison.Ordinal));
        await page.Locator("#site-nav a[href='/causes/']").HoverAsync();
        await hovered;
        Assert.Equal(1, await page.Locator("head link[rel=prefetch][href='/causes/']").CountAsync());

        var focused = page.WaitForRequestAsync(r => r.Url.EndsWith("/remedies/", StringComparison.Ordinal));
        await page.Locator("#site-nav a[href='/remedies/']").FocusAsync();
        await focused;

        // Hovering again asks for nothing more.
        await page.Locator("#site-nav a[href='/about/']").HoverAsync();
        await Assertions.Expect(page.Locator("head link[rel=prefetch][href='/about/']")).ToHaveCountAsync(1);
        await page.Locator("#site-nav a[href='/causes/']").HoverAsync();
        await page.Locator("#site-nav a[href='/glossary/']").HoverAsync();
        await Assertions.Expect(page.Locator("head link[rel=prefetch][href='/glossary/']")).ToHaveCountAsync(1);
        Assert.Equal(1, await page.Locator("head link[rel=prefetch][href='/causes/']").CountAsync());
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Given_a_misspelt_word_in_the_header_box_When_typed_Then_it_says_what_it_searched_instead_and_shows_those_results(int width, ColorScheme scheme)
    {
        var page = await site.NewPageAsync(width, scheme);
        await page.GotoAsync(site.Server.Url(Topic));
        await page.Locator("#site-search-input").FillAsync("caffiene");

        var notice = page.Locator("#site-search-notice");
        await Assertions.Expect(notice).ToHaveTextAsync("No pages match \u201ccaffiene\u201d. Showing results for caffeine.");
        await Assertions.Expect(notice.Locator("strong")).ToHaveTextAsync("caffeine");
        await Assertions.Expect(page.Locator("#site-search-status")).ToContainTextAsync("Showing results for caffeine");
        Assert.Equal("/causes/caffeine-and-stimulants/", Support.SearchPages.PathOf(await page.Locator("#site-search-listbox [data-url]").First.GetAttributeAsync("data-url") ?? ""));
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"search-did-you-mean-{width}-{scheme.ToString().ToLowerInvariant()}.png") });
    }
}
