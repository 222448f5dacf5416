using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>What search engines, feed readers and hosts get from a strict build of the feature site.</summary>
public sealed class PublishingOutputTests : IClassFixture<WholeSiteTestsFixture>
{
    private static readonly HtmlParser Parser = new();
    private readonly FixtureSite _site;

    public PublishingOutputTests(WholeSiteTestsFixture built) => _site = built.Site;

    [Fact]
    public void Every_page_has_a_canonical_url_description_and_social_cards()
    {
        foreach (var (file, url) in Pages())
        {
            var page = Parse(file);
            Assert.Equal("https://fixture.example" + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("https://fixture.example" + url, Meta(page, "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")), file);
            Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta(page, "og:description"));
            Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
            Assert.Equal("en_GB", Meta(page, "og:locale"));
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_404_with_lastmod_from_last_reviewed()
    {
        var sitemap = XDocument.Parse(_site.ReadOutput("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);

        Assert.Equal(Pages().Where(p => p.Url != "/404.html").Select(p => "https://fixture.example" + p.Url).Order(StringComparer.Ordinal), entries.Keys);
        Assert.Equal("2026-11-01", entries["https://fixture.example/guide/first-steps/"]);
        Assert.Null(entries["https://fixture.example/"]);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://fixture.example/sitemap.xml\n", _site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void The_feed_lists_topic_pages_newest_review_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_site.ReadOutput("feed.xml")).Root!;

        Assert.Equal("Feature Fixture", feed.Element(atom + "title")!.Value);
        Assert.Equal(
            ["https://fixture.example/guide/first-steps/", "https://fixture.example/guide/second-page/"],
            feed.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
        Assert.Equal("2026-11-01T00:00:00Z", feed.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Redirect_from_becomes_netlify_rules_and_forwarding_pages()
    {
        Assert.Equal("/guide/second.html /guide/second-page/ 301\n/old-second/ /guide/second-page/ 301\n", _site.ReadOutput("_redirects"));
        foreach (var file in new[] { "old-second/index.html", "guide/second.html" })
        {
            var page = Parse(file);
            Assert.Equal("0; url=/guide/second-page/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("/guide/second-page/", page.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_topic_pages_json_ld_is_valid_and_says_what_the_page_shows()
    {
        var page = Parse("guide/first-steps/index.html");
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        using var json = JsonDocument.Parse(Assert.Single(scripts).TextContent);
        var root = json.RootElement;

        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), root.GetProperty("headline").GetString());
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), root.GetProperty("description").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), root.GetProperty("url").GetString());
        Assert.Equal(page.DocumentElement.GetAttribute("lang"), root.GetProperty("inLanguage").GetString());
        Assert.Equal(page.QuerySelector(".review-dates time")!.GetAttribute("datetime"), root.GetProperty("lastReviewed").GetString());
        Assert.Equal("Patient", root.GetProperty("medicalAudience").GetProperty("audienceType").GetString());
        Assert.Contains(root.GetProperty("reviewedBy").GetProperty("name").GetString()!, page.QuerySelector(".review-by")!.TextContent, StringComparison.Ordinal);

        var about = root.GetProperty("about");
        var card = page.QuerySelector(".condition-card")!;
        Assert.Equal("MedicalSignOrSymptom", about.GetProperty("@type").GetString());
        Assert.Equal(card.QuerySelector(".condition-name")!.TextContent, about.GetProperty("name").GetString());
        Assert.Equal(card.QuerySelectorAll(".condition-alternate-name").Select(e => e.TextContent), about.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(card.QuerySelectorAll(".condition-causes li").Select(e => e.TextContent.Trim()), about.GetProperty("cause").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(card.QuerySelectorAll(".condition-treatments li").Select(e => e.TextContent.Trim()), about.GetProperty("possibleTreatment").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(
            card.QuerySelectorAll(".condition-treatments a").Select(a => "https://fixture.example" + a.GetAttribute("href")),
            about.GetProperty("possibleTreatment").EnumerateArray().Where(e => e.TryGetProperty("url", out _)).Select(e => e.GetProperty("url").GetString()));
    }

    [Fact]
    public void Only_topic_pages_carry_medical_structured_data()
    {
        Assert.Empty(Parse("index.html").QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(Parse("guide/index.html").QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void Assets_are_minified_fingerprinted_and_referenced_by_their_new_name()
    {
        var css = _site.OutputFiles().Keys.Single(k => k.StartsWith("assets/css/", StringComparison.Ordinal));
        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", css);
        Assert.DoesNotContain("\n\n", _site.ReadOutput(css), StringComparison.Ordinal);
        Assert.DoesNotContain("/*", _site.ReadOutput(css), StringComparison.Ordinal);
        foreach (var (file, _) in Pages())
        {
            Assert.Equal("/" + css, Parse(file).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void No_page_has_inline_scripts_or_style_attributes_the_policy_would_block()
    {
        foreach (var (file, _) in Pages())
        {
            var page = Parse(file);
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", file + ": inline script"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        Assert.Contains("""<th class="align-right">""", _site.ReadOutput("guide/first-steps/index.html"), StringComparison.Ordinal);
    }

    private IEnumerable<(string File, string Url)> Pages() =>
        _site.OutputFiles().Keys
            .Where(k => k.EndsWith(".html", StringComparison.Ordinal) && !k.StartsWith("old-", StringComparison.Ordinal) && k != "guide/second.html")
            .Select(k => (k, k == "index.html" ? "/" : k.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + k[..^"index.html".Length] : "/" + k));

    private IHtmlDocument Parse(string file) => Parser.ParseDocument(_site.ReadOutput(file));

    private static string? Meta(IHtmlDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}

/// <summary>The feature site built once, strictly.</summary>
public sealed class WholeSiteTestsFixture : IDisposable
{
    public WholeSiteTestsFixture()
    {
        Site = FixtureSite.Create(FeatureSite.Files);
        var outcome = Site.Build(strict: true);
        Assert.True(outcome.Succeeded, string.Join("\n", Site.Headers(outcome)));
    }

    public FixtureSite Site { get; }

    public void Dispose() => Site.Dispose();
}
