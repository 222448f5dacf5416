using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>The feature fixture built end to end: what readers get on each page.</summary>
public sealed class WholeSiteTests : IClassFixture<WholeSiteTests.Built>
{
    private static readonly HtmlParser Parser = new();
    private readonly FixtureSite _site;

    public WholeSiteTests(Built built) => _site = built.Site;

    [Fact]
    public void Pages_are_written_at_pretty_urls_and_assets_are_copied()
    {
        var files = _site.OutputFiles().Keys.Where(k => !k.StartsWith('.')).ToList();

        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", Assert.Single(files, f => f.StartsWith("assets/css/", StringComparison.Ordinal)));
        Assert.Equal(
            ["404.html", "_redirects", "about/index.html", "feed.xml", "glossary/index.html", "guide/first-steps/index.html", "guide/index.html", "guide/second-page/index.html", "guide/second.html", "images/diagram.svg", "index.html", "notes/index.html", "old-second/index.html", "robots.txt", "sitemap.xml"],
            files.Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)));
        Assert.Contains(files, f => f.StartsWith("assets/js/site.", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("assets/js/search-box.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_page_shows_title_contents_review_dates_sources_and_links_rewritten()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("guide/first-steps/index.html"));

        Assert.Equal("First steps", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["#overview", "#a-table", "#terms", "#when-to-get-help"], page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!).Take(4));
        var review = page.QuerySelector(".review-info")!.TextContent;
        Assert.Contains("Page last reviewed: 1 November 2026", Squash(review), StringComparison.Ordinal);
        Assert.Contains("Next review due: 1 November 2027", Squash(review), StringComparison.Ordinal);
        Assert.Contains("Reviewed by Dr Example Reviewer", Squash(review), StringComparison.Ordinal);
        Assert.Equal(["https://medlineplus.gov/ency/article/003296.htm", "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/"], page.QuerySelectorAll(".sources li > a:first-child").Select(a => a.GetAttribute("href")));
        var bodyLinks = page.QuerySelectorAll("main .prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/guide/second-page/#details", bodyLinks);
        Assert.Contains("/guide/", bodyLinks);
        Assert.Equal("/images/diagram.svg", page.QuerySelector("main img")!.GetAttribute("src"));
    }

    [Fact]
    public void Navigation_marks_the_current_page_and_breadcrumbs_and_previous_next_follow_the_tree()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("guide/first-steps/index.html"));

        var current = page.QuerySelectorAll("nav a[aria-current=page]");
        Assert.Equal(["/guide/first-steps/"], current.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Home", "Guide"], page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").Select(a => a.TextContent.Trim()));
        Assert.Equal("/guide/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/guide/second-page/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_in_the_menu_is_marked_current_on_its_own_page_only_and_the_top_level_is_the_same_everywhere()
    {
        // Menu entries off a page's branch are rendered once per build and reused: no page may
        // show another page's current mark or lose its own, and an entry's link and label are
        // the same wherever it appears.
        var pages = _site.OutputFiles().Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        var topLevels = new HashSet<string>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var marked = 0;
        foreach (var file in pages)
        {
            var page = Parser.ParseDocument(_site.ReadOutput(file));
            var url = "/" + file[..^"index.html".Length];
            var menu = page.QuerySelector("nav.site-nav");
            if (menu is null)
            {
                continue;
            }

            var current = menu.QuerySelectorAll("a[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(current.Count <= 1, $"{file}: {current.Count} entries marked current");
            if (menu.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == url))
            {
                Assert.Equal([url], current);
                marked++;
            }

            var links = menu.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent)).ToList();
            Assert.Equal(links.Count, links.Select(l => l.Href).Distinct().Count());
            foreach (var (href, text) in links)
            {
                Assert.Equal(text, labels.GetValueOrDefault(href, text));
                labels[href] = text;
            }

            topLevels.Add(string.Join(" ", menu.QuerySelectorAll(".nav-level-1 > li > a").Select(a => a.GetAttribute("href"))));
        }

        Assert.True(marked >= 4, $"only {marked} pages found themselves in the menu");
        Assert.Single(topLevels);
    }

    [Fact]
    public void The_warning_alert_stands_out_with_its_title()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("guide/first-steps/index.html"));

        var warning = page.QuerySelector(".markdown-alert-warning")!;
        Assert.Equal("Warning", warning.QuerySelector(".markdown-alert-title")!.TextContent.Trim());
        Assert.Equal(2, warning.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_section_page_lists_its_children_with_descriptions()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("guide/index.html"));
        var text = Squash(page.QuerySelector("main")!.TextContent);

        Assert.Contains("First steps", text, StringComparison.Ordinal);
        Assert.Contains("A topic page with every markdown feature.", text, StringComparison.Ordinal);
        Assert.Contains("A file name with a space and capitals.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_lists_every_term_with_an_anchor_sorted()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("glossary/index.html"));

        Assert.Equal(["cramp", "fasciculation"], page.QuerySelectorAll("dt[id]").Select(d => d.Id));
        Assert.Contains("muscle twitch", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_front_matter_takes_its_heading_as_title_without_a_second_h1()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("notes/index.html"));

        Assert.StartsWith("Plain notes", page.Title, StringComparison.Ordinal);
        Assert.Equal(["Plain notes"], page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void The_404_page_uses_the_layout_overridden_from_input_and_is_not_in_navigation()
    {
        var page = Parser.ParseDocument(_site.ReadOutput("404.html"));

        Assert.Contains("(overridden from input/layouts)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/404.html");
    }

    [Fact]
    public void Every_page_has_the_disclaimer_linking_to_about()
    {
        foreach (var file in _site.OutputFiles().Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Parser.ParseDocument(_site.ReadOutput(file));
            if (page.QuerySelector("meta[http-equiv=refresh]") is not null)
            {
                continue; // a forwarding page from redirect_from
            }

            var footer = page.QuerySelector("footer")!;
            Assert.Contains("not a substitute", footer.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/about/");
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The feature site, built once.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = FixtureSite.Create(FeatureSite.Files);
            var outcome = Site.Build(strict: true);
            Assert.True(outcome.Succeeded, string.Join("\n", Site.Headers(outcome)));
        }

        public FixtureSite Site { get; }

        public void Dispose() => Site.Dispose();
    }
}
