using AngleSharp.Html.Parser;
using Markdig;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.GlossaryTerms;

namespace TwitchSite.Tests.Markdown;

public sealed class GlossaryTermMarkerTests
{
    private static readonly GlossaryIndex Glossary = GlossaryIndex.From(new List<object?>
    {
        new Dictionary<string, object?> { ["term"] = "Fasciculation", ["definition"] = "A small muscle twitch <you can see>.", ["aliases"] = new List<object?> { "muscle twitch" } },
        new Dictionary<string, object?> { ["term"] = "Potassium", ["definition"] = "A mineral in bananas." },
    });

    [Fact]
    public void Given_terms_and_aliases_When_marked_Then_only_the_first_use_of_each_entry_is_described()
    {
        var html = Mark("A muscle twitch (fasciculation) is common. Potassium helps. More potassium, more fasciculation.");
        var page = new HtmlParser().ParseDocument(html);

        var buttons = page.QuerySelectorAll(".glossary-term-button");
        Assert.Equal(["muscle twitch", "Potassium"], buttons.Select(b => b.TextContent));
        Assert.Equal("term-fasciculation", buttons[0].GetAttribute("aria-describedby"));
        Assert.Equal("A small muscle twitch <you can see>.", page.GetElementById("term-fasciculation")!.TextContent);
        Assert.Equal("tooltip", page.GetElementById("term-potassium")!.GetAttribute("role"));
        Assert.Contains("(fasciculation) is common", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Potassium\n\nText.")]
    [InlineData("See [potassium foods](x.md).")]
    [InlineData("Use `potassium` here.")]
    [InlineData("Potassiums and unpotassium are not words.")]
    public void Given_a_term_in_a_heading_link_code_or_inside_a_word_When_marked_Then_it_is_left_alone(string markdown)
    {
        Assert.DoesNotContain("glossary-term", Mark(markdown), StringComparison.Ordinal);
    }

    private static string Mark(string markdown)
    {
        var pipeline = MarkdownPipelineFactory.Shared;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        GlossaryTermMarker.Mark(document, Glossary);
        return document.ToHtml(pipeline);
    }
}
