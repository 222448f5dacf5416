using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Yaml;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class CheckCareCardsTests
{
    private static readonly CareCardSet Cards = CareCardSet.From(YamlReader.Read("""
        cards:
          - marker: GP
            style: non-urgent
            hidden_text: "Non-urgent advice: "
            heading: "See a GP if:"
            max_bullets: 2
          - marker: URGENT
            style: urgent
            hidden_text: "Urgent advice: "
            heading: "Get help quickly if:"
            max_bullets: 6
            items: [weakness getting worse]
        """, "/site/input/_data/care_cards.yml").Value);

    [Theory]
    [InlineData("> [!GP]\n> - one\n> - two\n", new string[0])]
    [InlineData("> [!GP]\n> - one\n> - two\n> - three\n", new[] { "TW0107" })]
    [InlineData("> [!URGENT]\n", new string[0])]
    [InlineData("> [!URGENT]\n> - my own advice\n", new[] { "TW0711" })]
    [InlineData("> [!NOTE]\n> - a\n> - b\n> - c\n", new string[0])]
    public void Given_a_prepared_card_When_checked_Then_too_many_bullets_or_own_advice_against_site_rules_is_reported_at_the_card(string markdown, string[] codes)
    {
        var syntax = StepSupport.Parse("Intro.\n\n" + markdown);
        CareCards.Prepare(syntax, Cards);
        var sink = new DiagnosticSink();

        CheckCareCards.Report(syntax, StepSupport.Page, sink);

        Assert.Equal(codes, sink.All.Select(d => d.Code));
        Assert.All(sink.All, d => Assert.Equal((6, 1), (d.Location!.Line, d.Location.Column)));
    }
}
