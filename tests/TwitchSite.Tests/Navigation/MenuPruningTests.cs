using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Navigation;
using TwitchSite.Tests.Support;
using TwitchSite.Themes;

namespace TwitchSite.Tests.Navigation;

/// <summary>
/// A large site's menu (setting <c>navigation</c>): every page lists a bounded window of each long
/// list, marks itself, links to where the rest are listed, and every page stays reachable from
/// the home page; small lists and <c>prune: never</c> keep the whole menu. Both themes.
/// </summary>
public sealed class MenuPruningTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The site's theme (menu in <c>nav.site-nav</c>) and the built-in one (<c>nav.sidebar</c>).</summary>
    public static TheoryData<string, string> Themes() => new()
    {
        { "site", "nav.site-nav" },
        { "builtin", "nav.sidebar" },
    };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Given_more_sections_than_max_items_When_built_Then_each_menu_is_a_window_around_the_page_with_links_to_the_rest(string theme, string menuSelector)
    {
        using var site = Site(sections: 30, pages: 12, navigation: "navigation: { max_items: 8 }");
        Build(site, theme);

        var page = Menu(site, "section-17/page-05/index.html", menuSelector);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        // At most 8 top-level entries (home and 7 sections), 8 of the section's pages, two "all" links.
        Assert.InRange(links.Count, 1, 8 + 8 + 2);
        Assert.Equal(["/section-17/page-05/"], page.QuerySelectorAll("a[aria-current=page]").Select(a => a.GetAttribute("href")));
        Assert.Contains("/section-17/", links);
        Assert.Contains("/section-16/", links);
        Assert.Contains("/section-18/", links);
        Assert.DoesNotContain("/section-00/", links);
        Assert.Contains("/section-17/page-04/", links);
        Assert.Contains("/section-17/page-06/", links);
        Assert.DoesNotContain("/section-17/page-11/", links);
        var all = page.QuerySelectorAll("a").Where(a => a.TextContent.StartsWith("All ", StringComparison.Ordinal)).Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/section-17/", "All 12 pages in Section 17"), ("/", "All 30 sections")], all);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Given_a_pruned_menu_When_following_links_from_home_Then_every_page_is_reached(string theme, string menuSelector)
    {
        _ = menuSelector;
        using var site = Site(sections: 20, pages: 9, navigation: "navigation: { max_items: 5 }");
        Build(site, theme);

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            var document = Parser.ParseDocument(site.ReadOutput(url.TrimStart('/') + "index.html"));
            foreach (var href in document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (href.EndsWith('/') && site.OutputExists(href.TrimStart('/') + "index.html") && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        var pages = site.OutputFiles().Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal)).Select(k => "/" + k[..^"index.html".Length]);
        Assert.Empty(pages.Except(seen));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Given_prune_never_or_a_small_site_When_built_Then_the_menu_lists_every_section(string theme, string menuSelector)
    {
        using var never = Site(sections: 30, pages: 3, navigation: "navigation: { prune: never, max_items: 8 }");
        Build(never, theme);
        using var small = Site(sections: 6, pages: 3, navigation: "");
        Build(small, theme);

        Assert.Equal(30, SectionLinks(Menu(never, "section-17/page-01/index.html", menuSelector)));
        Assert.Equal(6, SectionLinks(Menu(small, "section-03/page-01/index.html", menuSelector)));
        Assert.DoesNotContain(Menu(never, "section-17/page-01/index.html", menuSelector).QuerySelectorAll("a"), a => a.TextContent.StartsWith("All ", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_same_page_in_a_site_of_10_or_40_sections_When_built_Then_its_html_is_the_same_size_give_or_take_the_numbers()
    {
        using var smaller = Site(sections: 10, pages: 6, navigation: "navigation: { max_items: 8 }");
        Build(smaller, "site");
        using var larger = Site(sections: 40, pages: 6, navigation: "navigation: { max_items: 8 }");
        Build(larger, "site");

        var a = smaller.ReadOutput("section-05/page-02/index.html").Length;
        var b = larger.ReadOutput("section-05/page-02/index.html").Length;
        Assert.InRange(b - a, -20, 20); // "All 10 sections" against "All 40 sections", the window's titles alike
    }

    [Theory]
    [InlineData("navigation: { prune: sometimes }", "`navigation.prune` must be auto or never, not 'sometimes'")]
    [InlineData("navigation: { max_items: 1 }", "`navigation.max_items` must be a whole number of at least 3, not '1'")]
    [InlineData("navigation: { maxitems: 10 }", "unknown navigation setting 'maxitems'")]
    [InlineData("navigation: yes", "`navigation` must be a mapping such as `navigation: { prune: auto, max_items: 50 }`")]
    public void Given_a_bad_navigation_setting_When_built_Then_TW0900_at_the_setting(string setting, string message)
    {
        using var site = Site(sections: 2, pages: 2, navigation: setting);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains($"input/_site.yml:2:1: error TW0900: {message}", site.Headers(outcome));
    }

    [Theory]
    [InlineData(10, 3, 5, 1, 5)]
    [InlineData(10, 1, 5, 0, 5)]
    [InlineData(10, 0, 5, 0, 5)]
    [InlineData(10, 5, 5, 3, 5)]
    [InlineData(10, 9, 5, 5, 5)]
    [InlineData(10, -1, 5, 0, 5)]
    [InlineData(4, 3, 5, 0, 4)]
    public void Given_a_list_and_the_page_position_When_windowed_Then_the_page_is_near_the_middle_inside_the_list(int length, int focus, int max, int start, int count)
    {
        Assert.Equal((start, count), MenuWindow.Of(length, focus, max));
    }

    private static void Build(FixtureSite site, string theme)
    {
        var outcome = SiteBuilder.Build(new BuildOptions
        {
            Input = site.Input,
            Output = site.Output,
            Theme = theme == "site" ? site.Theme : ThemeLocator.DefaultTheme,
            NoSearch = true,
            Today = FixtureSite.TestToday,
        });
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
    }

    private static IElement Menu(FixtureSite site, string file, string selector) =>
        Parser.ParseDocument(site.ReadOutput(file)).QuerySelector(selector) ?? throw new InvalidOperationException($"{file} has no {selector}");

    private static int SectionLinks(IElement menu) =>
        menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Count(h => h.StartsWith("/section-", StringComparison.Ordinal) && h.Count(c => c == '/') == 2);

    /// <summary>A site of <paramref name="sections"/> folders of <paramref name="pages"/> pages each.</summary>
    private static FixtureSite Site(int sections, int pages, string navigation)
    {
        var files = new StringBuilder();
        files.Append(CultureInfo.InvariantCulture, $"-- input/_site.yml --\ntitle: Big\n{navigation}\n");
        files.Append("-- input/index.md --\n---\ntitle: Home\n---\nWelcome.\n");
        for (var s = 0; s < sections; s++)
        {
            files.Append(CultureInfo.InvariantCulture, $"-- input/section-{s:00}/index.md --\n---\ntitle: Section {s}\norder: {s}\n---\nAbout section {s}.\n");
            for (var p = 0; p < pages; p++)
            {
                files.Append(CultureInfo.InvariantCulture, $"-- input/section-{s:00}/page-{p:00}.md --\n---\ntitle: Page {s}.{p}\norder: {p}\n---\nText of page {p}.\n");
            }
        }

        return FixtureSite.Create(files.ToString());
    }
}
