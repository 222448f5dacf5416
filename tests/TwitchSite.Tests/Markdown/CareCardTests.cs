using AngleSharp.Html.Parser;
using TwitchSite.Content;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Markdown;

public sealed class CareCardTests
{
    [Theory]
    [InlineData("GP", "care-card--non-urgent", "Non-urgent advice: ")]
    [InlineData("URGENT", "care-card--urgent", "Urgent advice: ")]
    [InlineData("EMERGENCY", "care-card--emergency", "Immediate action required: ")]
    public void Given_a_care_card_When_rendered_Then_urgency_is_said_in_hidden_words_not_only_colour(string marker, string cssClass, string hidden)
    {
        var html = Render($"## When to get help\n\n> [!{marker}]\n> See someone if:\n>\n> - one\n> - two\n");
        var card = new HtmlParser().ParseDocument(html).QuerySelector(".care-card")!;

        Assert.Contains(cssClass, card.ClassList);
        var heading = card.QuerySelector("h3")!;
        Assert.Equal(hidden, heading.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal(hidden + "See someone if:", heading.TextContent);
        Assert.Equal(["one", "two"], card.QuerySelectorAll(".care-card-content li").Select(li => li.TextContent));
        Assert.DoesNotContain("See someone if:", card.QuerySelector(".care-card-content")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_card_without_its_own_heading_When_rendered_Then_the_kinds_heading_is_used_one_level_below_the_section()
    {
        var html = Render("### Signs\n\n> [!GP]\n> - lasts more than 2 weeks\n");
        var heading = new HtmlParser().ParseDocument(html).QuerySelector(".care-card h4")!;

        Assert.Equal("Non-urgent advice: See a GP if:", heading.TextContent);
    }

    [Fact]
    public void Given_other_alerts_When_rendered_Then_they_keep_markdigs_alert_html()
    {
        Assert.Contains("markdown-alert markdown-alert-warning", Render("> [!WARNING]\n> Careful.\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GP", 6, "care card [!GP] has 6 bullets; at most 5")]
    [InlineData("URGENT", 7, "care card [!URGENT] has 7 bullets; at most 6")]
    [InlineData("URGENT", 6, null)]
    [InlineData("GP", 5, null)]
    public void Given_too_many_bullets_When_rendered_Then_TW0107_at_the_card(string marker, int bullets, string? message)
    {
        var text = $"---\ntitle: A\n---\nIntro.\n\n> [!{marker}]\n> See a GP if:\n>\n" + string.Concat(Enumerable.Range(1, bullets).Select(i => $"> - sign {i}\n"));
        var (_, sink) = ModuleRunner.Run([ModuleRunner.Page("a.md", text)], null, new ExtractFrontMatter(), new RenderMarkdown());

        if (message is null)
        {
            Assert.Empty(sink.All);
            return;
        }

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0107", message, 6, 1), (error.Code, error.Message, error.Location!.Line, error.Location.Column));
    }

    private static string Render(string body)
    {
        var (documents, sink) = ModuleRunner.Run([ModuleRunner.Page("a.md", "---\ntitle: A\n---\n" + body)], null, new ExtractFrontMatter(), new RenderMarkdown());
        Assert.Empty(sink.All);
        return documents.Single().Text();
    }
}
