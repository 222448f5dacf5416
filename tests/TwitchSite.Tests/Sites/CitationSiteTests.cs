using System.Text.Json;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>Citations through a whole build: the topic layout's numbered sources list, its links both ways, the JSON-LD, and located errors.</summary>
public sealed class CitationSiteTests
{
    private const string Site = """
        -- input/_site.yml --
        title: Fixture
        language: en-GB
        base_url: https://fixture.example
        structured_data:
          layouts: [topic]
          type: Article
        -- input/index.md --
        ---
        title: Home
        ---
        Read [the topic](topic.md).
        """;

    private const string Topic = """
        -- input/topic.md --
        ---
        title: Twitching
        layout: topic
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        sources:
          - id: nice
            title: NICE - Fasciculation
            url: https://example.org/nice
          - id: nhs
            title: NHS - Twitching
            url: https://example.org/nhs
            accessed: 2026-11-01
        ---
        Twitches are common.[@nhs] Most go away.[@nhs; @nice]
        """;

    [Fact]
    public void Given_a_page_that_cites_When_built_strictly_Then_its_sources_are_numbered_in_citation_order_and_link_back()
    {
        using var site = FixtureSite.Create(Site + "\n" + Topic);

        var outcome = site.Build(strict: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("topic/index.html"));
        var items = page.QuerySelectorAll("section.sources ol.sources-list > li");
        Assert.Equal(["source-nhs", "source-nice"], items.Select(li => li.Id));
        Assert.Equal(["NHS - Twitching", "NICE - Fasciculation"], items.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.Equal(["#cite-1", "#cite-1-2"], items[0].QuerySelectorAll("a.source-backlink").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#cite-2"], items[1].QuerySelectorAll("a.source-backlink").Select(a => a.GetAttribute("href")));
        Assert.Equal("Back to where source 2 is cited in the text", items[1].QuerySelector("a.source-backlink")!.GetAttribute("aria-label"));

        // Every citation link lands on its source, and every link back lands on a citation.
        var citations = page.QuerySelectorAll("sup.cite a");
        Assert.Equal(["[1]", "[1]", "[2]"], citations.Select(a => a.TextContent));
        Assert.All(citations, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.All(page.QuerySelectorAll("a.source-backlink"), a => Assert.Equal("SUP", page.GetElementById(a.GetAttribute("href")![1..])!.ParentElement!.TagName));

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(
            [("CreativeWork", "NHS - Twitching", "https://example.org/nhs"), ("CreativeWork", "NICE - Fasciculation", "https://example.org/nice")],
            json.GetProperty("citation").EnumerateArray().Select(c => (c.GetProperty("@type").GetString(), c.GetProperty("name").GetString(), c.GetProperty("url").GetString())));
    }

    [Fact]
    public void Given_a_page_without_citations_When_built_Then_its_sources_stay_an_unnumbered_list()
    {
        using var site = FixtureSite.Create(Site + "\n" + Topic.Replace("Twitches are common.[@nhs] Most go away.[@nhs; @nice]", "Twitches are common.", StringComparison.Ordinal));

        Assert.True(site.Build(strict: true).Succeeded);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("topic/index.html"));
        Assert.Equal(2, page.QuerySelectorAll("section.sources ul.sources-list > li").Length);
        Assert.Empty(page.QuerySelectorAll("sup.cite, ol.sources-list"));
    }

    [Fact]
    public void Given_citation_mistakes_When_built_Then_each_error_is_located_and_nothing_is_written()
    {
        using var site = FixtureSite.Create(Site + "\n" + """
            -- input/topic.md --
            ---
            title: Twitching
            sources:
              - id: nhs
                title: NHS
                url: https://example.org/nhs
              - id: nice
                title: NICE
                url: https://example.org/nice
              - title: No id
                url: https://example.org/none
              - id: nhs
                title: NHS again
                url: https://example.org/nhs2
            ---
            Twitches are common.[@nsh] They pass.[@nhs]

            Code `[@nice]` is not a citation, and [@nhs, p. 3] is not one either.
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [
                "input/topic.md:7:9: error TW0121: source 'nice' is never cited",
                "input/topic.md:10:3: error TW0122: source 'No id' has no id, but this page cites its sources",
                "input/topic.md:12:9: error TW0123: sources 1 and 4 both have id 'nhs'",
                "input/topic.md:16:22: error TW0120: citation of unknown source 'nsh'",
                "input/topic.md:18:39: error TW0124: '[@nhs, p. 3]' is not a citation",
            ],
            site.Headers(outcome));
        Assert.Contains(outcome.Diagnostics, d => d.Code == "TW0120" && d.Hint == "did you mean [@nhs]?");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Given_a_site_that_lists_no_sources_When_built_Then_brackets_starting_with_at_are_plain_markdown()
    {
        // An mdBook book (cargo's "cargo install crate[@version]"), a changelog's thanks: text
        // their own generator shows as written; a site without sources has no citations.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Install

            Run `cargo install` _crate_[@_version_] to install a version. Thanks to [@octocat] and [@someone, who helped].
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("TW012", StringComparison.Ordinal));
        var paragraph = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main p")!;
        Assert.Contains("<em>crate</em>[@<em>version</em>]", paragraph.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Thanks to [@octocat] and [@someone, who helped].", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Empty(paragraph.QuerySelectorAll("sup.cite"));
    }

    [Fact]
    public void Given_a_site_that_cites_When_a_page_without_sources_cites_Then_the_unknown_source_is_still_an_error()
    {
        // One page listing sources makes the whole site one that cites: a page that forgot its
        // sources is reported at each citation, not shown with "[@nhs]" in its text.
        using var site = FixtureSite.Create(Site + "\n" + Topic + "\n" + """
            -- input/other.md --
            ---
            title: Other
            ---
            Stress makes twitches worse.[@nhs]
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["input/other.md:4:30: error TW0120: citation of unknown source 'nhs'"], site.Headers(outcome));
    }
}
