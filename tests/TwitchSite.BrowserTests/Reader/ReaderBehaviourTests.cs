using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>What readers do with a page: cards, definitions, colours, the menu, printing, the contents list.</summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class ReaderBehaviourTests(SearchSite site)
{
    private const string Topic = "/symptoms/when-to-see-a-doctor/";

    [Fact]
    public async Task Care_cards_say_their_urgency_in_words_to_screen_readers()
    {
        var page = await Open(Topic);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Non-urgent advice: See a GP if:" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Urgent advice: See a GP soon if you have twitching and:" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Immediate action required: Call 999 (UK), 911 (US) or 112 (Europe) now if:" })).ToBeVisibleAsync();
        Assert.True(await page.Locator(".care-card--urgent").EvaluateAsync<bool>("e => getComputedStyle(e).borderTopWidth !== '0px'"), "urgent cards have a border, not only a colour");
    }

    [Fact]
    public async Task A_glossary_term_shows_its_definition_on_hover_focus_and_tap_and_Esc_closes_it()
    {
        var page = await Open("/causes/medical-conditions/");
        var term = page.Locator(".glossary-term").First;
        var tip = term.Locator(".glossary-tip");
        await Assertions.Expect(tip).ToBeHiddenAsync();

        await term.Locator("button").HoverAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        await page.Mouse.MoveAsync(0, 0);

        await term.Locator("button").FocusAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var describedBy = await term.Locator("button").GetAttributeAsync("aria-describedby");
        Assert.Equal(describedBy, await tip.GetAttributeAsync("id"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        await page.Locator("h1").ClickAsync();

        var phone = await Open("/causes/medical-conditions/", 375, hasTouch: true);
        var phoneTerm = phone.Locator(".glossary-term").First;
        await phoneTerm.Locator("button").TapAsync();
        await Assertions.Expect(phoneTerm.Locator(".glossary-tip")).ToBeVisibleAsync();
        await phone.Locator("h1").TapAsync();
        await Assertions.Expect(phoneTerm.Locator(".glossary-tip")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_colour_scheme_follows_the_system_and_a_choice_persists_with_no_flash_script_inline()
    {
        var page = await Open(Topic, colorScheme: ColorScheme.Light);
        var light = await Background(page);
        var picker = page.Locator(".scheme-select");
        await Assertions.Expect(picker).ToBeVisibleAsync();

        await picker.SelectOptionAsync("dark");
        var dark = await Background(page);
        Assert.NotEqual(light, dark);

        await page.ReloadAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(dark, await Background(page));
        Assert.Equal("dark", await picker.InputValueAsync());

        // The choice is applied by a blocking script file in <head>, before the stylesheet and before first paint.
        var order = await page.EvaluateAsync<string[]>("[...document.head.querySelectorAll('script[src], link[rel=stylesheet]')].map(e => (e.tagName + (e.defer || e.async ? ':deferred' : '') + ':' + (e.src || e.href)))");
        Assert.StartsWith("SCRIPT:", order[0], StringComparison.Ordinal);
        Assert.Contains("theme-init", order[0], StringComparison.Ordinal);

        await picker.SelectOptionAsync("auto");
        var system = await Open(Topic, colorScheme: ColorScheme.Dark);
        Assert.Equal(dark, await Background(system));
    }

    [Fact]
    public async Task On_a_phone_the_navigation_collapses_behind_a_menu_button_that_works_by_keyboard()
    {
        var page = await Open(Topic, 375);
        var button = page.Locator(".menu-button");
        var nav = page.Locator("#site-nav");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();
        Assert.True((await button.BoundingBoxAsync())!.Height >= 24, "targets are at least 24 px");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(nav).ToBeVisibleAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(nav).ToBeHiddenAsync();

        var desktop = await Open(Topic);
        await Assertions.Expect(desktop.Locator(".menu-button")).ToBeHiddenAsync();
        await Assertions.Expect(desktop.Locator("#site-nav")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Every_focusable_element_shows_where_focus_is()
    {
        var page = await Open(Topic);
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var visible = await page.EvaluateAsync<bool>("""
                (() => { const e = document.activeElement; if (!e || e === document.body) return true;
                  const s = getComputedStyle(e);
                  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || s.backgroundColor !== getComputedStyle(e.parentElement).backgroundColor; })()
                """);
            Assert.True(visible, $"no visible focus on tab stop {i + 1}: " + await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 120)"));
        }
    }

    [Fact]
    public async Task The_contents_list_marks_the_section_being_read_without_moving_anything()
    {
        var page = await Open(Topic);
        // Start watching once the page has settled (scripts' late work done, two frames drawn), so
        // only what scrolling and the contents' marking do is measured; a shift names what moved.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        await page.EvaluateAsync("""
            window.__shift = 0; window.__moved = [];
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) {
              window.__shift += e.value;
              for (const s of e.sources || []) window.__moved.push(s.node ? (s.node.nodeName + '.' + (s.node.className || '') + '#' + (s.node.id || '')) : '?');
            } }).observe({ type: 'layout-shift', buffered: false });
            """);

        await page.Locator("#when-to-see-a-gp-soon").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("document.getElementById('when-to-see-a-gp-soon').scrollIntoView({ block: 'start' })");
        await Assertions.Expect(page.Locator(".toc a[aria-current=true]")).ToHaveAttributeAsync("href", "#when-to-see-a-gp-soon");
        var shift = await page.EvaluateAsync<double>("window.__shift");
        Assert.True(shift == 0, $"layout shifted by {shift}: " + await page.EvaluateAsync<string>("window.__moved.join(', ')"));
    }

    [Fact]
    public async Task Printed_pages_keep_the_article_and_care_cards_and_show_link_addresses()
    {
        var page = await Open(Topic);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("#site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-search")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".header-tools")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".care-card--urgent")).ToBeVisibleAsync();
        var after = await page.Locator(".prose a[href^='/']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("/", after, StringComparison.Ordinal);
        var external = await page.Locator(".sources a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://", external, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_phone_numbers_print_as_written_without_their_tel_address()
    {
        var page = await Open(Topic);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // "Call 999 (tel:999) (UK)" on paper: the number is already the link's text.
        var numbers = page.Locator("main a[href^='tel:']");
        Assert.True(await numbers.CountAsync() > 0, "the page has no phone number links to print");
        var printed = await numbers.EvaluateAllAsync<string[]>("links => links.map(a => a.textContent + getComputedStyle(a, '::after').content)");
        Assert.All(printed, text => Assert.DoesNotContain("tel:", text, StringComparison.Ordinal));
    }

    private async Task<IPage> Open(string url, int width = 1280, ColorScheme colorScheme = ColorScheme.Light, bool hasTouch = false)
    {
        IPage page;
        if (hasTouch)
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, HasTouch = true, ColorScheme = colorScheme });
            page = await context.NewPageAsync();
        }
        else
        {
            page = await site.NewPageAsync(width, colorScheme);
        }

        await page.GotoAsync(site.Server.Url(url));
        return page;
    }

    private static Task<string> Background(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
