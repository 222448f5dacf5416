using AngleSharp.Html.Parser;
using TwitchSite.Content;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Markdown;

public sealed class CareCardTests
{
    // A site's care card data: the generator knows none of these kinds, words or numbers itself.
    private const string CareData = """
        emergency_numbers:
          - place: UK
            number: "999"
          - place: US
            number: "911"
          - place: Europe
            number: "112"
        numbers_last_separator: " or "
        sources_label: "Based on:"
        sources:
          - id: nhs
            title: "NHS page"
            url: https://example.org/nhs
        cards:
          - marker: GP
            style: non-urgent
            hidden_text: "Non-urgent advice: "
            heading: "See a GP if:"
            max_bullets: 5
          - marker: URGENT
            style: urgent
            hidden_text: "Urgent advice: "
            heading: "Get help quickly if:"
            max_bullets: 6
            items: [weakness getting worse, muscle wasting]
            after: "Twitching alone is not urgent."
            sources: [nhs]
          - marker: EMERGENCY
            style: emergency
            hidden_text: "Immediate action required: "
            heading: "Call {emergency_numbers} now if:"
            max_bullets: 6
            items: [sudden weakness]
        """;

    [Theory]
    [InlineData("GP", "care-card--non-urgent", "Non-urgent advice: ")]
    [InlineData("WARD", "care-card--ward", "Ward advice: ")]
    public void Given_a_card_with_its_own_bullets_When_rendered_Then_urgency_is_said_in_hidden_words_not_only_colour(string marker, string cssClass, string hidden)
    {
        var data = CareData + $"\n  - marker: WARD\n    style: ward\n    hidden_text: \"Ward advice: \"\n    heading: \"Go to the ward if:\"\n    max_bullets: 3\n";
        var html = Render($"## When to get help\n\n> [!{marker}]\n> See someone if:\n>\n> - one\n> - two\n", data);
        var card = new HtmlParser().ParseDocument(html).QuerySelector(".care-card")!;

        Assert.Contains(cssClass, card.ClassList);
        var heading = card.QuerySelector("h3")!;
        Assert.Equal(hidden, heading.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal(hidden + "See someone if:", heading.TextContent);
        Assert.Equal(["one", "two"], card.QuerySelectorAll(".care-card-content li").Select(li => li.TextContent));
        Assert.DoesNotContain("See someone if:", card.QuerySelector(".care-card-content")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_card_of_a_kind_with_site_rules_When_rendered_on_two_pages_Then_both_show_the_same_rules_and_sources()
    {
        var first = Render("## Signs\n\n> [!URGENT]\n", CareData);
        var second = Render("Intro.\n\n> [!URGENT]\n", CareData);
        var card = new HtmlParser().ParseDocument(first).QuerySelector(".care-card--urgent")!;

        Assert.Equal("Urgent advice: Get help quickly if:", card.QuerySelector("h3")!.TextContent);
        Assert.Equal(["weakness getting worse", "muscle wasting"], card.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Contains("Twitching alone is not urgent.", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/nhs", card.QuerySelector(".care-card-sources a")!.GetAttribute("href"));
        var other = new HtmlParser().ParseDocument(second).QuerySelector(".care-card--urgent")!;
        Assert.Equal(card.QuerySelector(".care-card-content")!.InnerHtml, other.QuerySelector(".care-card-content")!.InnerHtml);
    }

    [Fact]
    public void Given_an_emergency_card_When_rendered_Then_its_heading_gives_every_emergency_number_as_a_phone_link()
    {
        var html = Render("## Emergency\n\n> [!EMERGENCY]\n", CareData);
        var heading = new HtmlParser().ParseDocument(html).QuerySelector(".care-card--emergency h3")!;

        Assert.Equal("Immediate action required: Call 999 (UK), 911 (US) or 112 (Europe) now if:", heading.TextContent);
        Assert.Equal(["tel:999", "tel:911", "tel:112"], heading.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Given_a_card_without_its_own_heading_When_rendered_Then_the_kinds_heading_is_used_one_level_below_the_section()
    {
        var html = Render("### Signs\n\n> [!GP]\n> - lasts more than 2 weeks\n", CareData);
        var heading = new HtmlParser().ParseDocument(html).QuerySelector(".care-card h4")!;

        Assert.Equal("Non-urgent advice: See a GP if:", heading.TextContent);
    }

    [Fact]
    public void Given_no_care_card_data_When_a_GP_alert_is_rendered_Then_it_is_a_plain_alert()
    {
        var html = Render("> [!GP]\n> - one\n", "");

        Assert.DoesNotContain("care-card", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_other_alerts_When_rendered_Then_they_keep_markdigs_alert_html()
    {
        Assert.Contains("markdown-alert markdown-alert-warning", Render("> [!WARNING]\n> Careful.\n", CareData), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_card_that_lists_its_own_advice_where_the_site_has_rules_When_rendered_Then_TW0711_at_the_card()
    {
        var (_, sink) = Run("---\ntitle: A\n---\nIntro.\n\n> [!URGENT]\n> - my own sign\n", CareData);

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0711", 6, 1), (error.Code, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Given_a_kind_citing_an_unknown_source_When_the_data_is_read_Then_TW0710_and_its_cards_are_plain_alerts()
    {
        var data = CareData.Replace("sources: [nhs]", "sources: [nsh]", StringComparison.Ordinal);
        var (documents, sink) = Run("---\ntitle: A\n---\n> [!URGENT]\n", data);

        var warning = Assert.Single(sink.All);
        Assert.Equal("TW0710", warning.Code);
        Assert.Contains("`nsh`", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("care-card", documents.Single().Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GP", 6, "care card [!GP] has 6 bullets; at most 5")]
    [InlineData("EMERGENCY", 7, null)] // its own bullets are TW0711, not counted
    [InlineData("GP", 5, null)]
    public void Given_too_many_bullets_When_rendered_Then_TW0107_at_the_card(string marker, int bullets, string? message)
    {
        var text = $"---\ntitle: A\n---\nIntro.\n\n> [!{marker}]\n> See a GP if:\n>\n" + string.Concat(Enumerable.Range(1, bullets).Select(i => $"> - sign {i}\n"));
        var (_, sink) = Run(text, CareData);

        if (message is null)
        {
            Assert.DoesNotContain(sink.All, d => d.Code == "TW0107");
            return;
        }

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0107", message, 6, 1), (error.Code, error.Message, error.Location!.Line, error.Location.Column));
    }

    private static (System.Collections.Immutable.ImmutableArray<TwitchSite.Engine.Documents.Document> Documents, TwitchSite.Engine.Diagnostics.DiagnosticSink Sink) Run(string page, string careData) =>
        ModuleRunner.RunWithData([ModuleRunner.Page("a.md", page)], new Dictionary<string, string> { ["care_cards"] = careData }, new ExtractFrontMatter(), new RenderMarkdown());

    private static string Render(string body, string careData)
    {
        var (documents, sink) = Run("---\ntitle: A\n---\n" + body, careData);
        Assert.Empty(sink.All);
        return documents.Single().Text();
    }
}
