using AngleSharp.Html.Parser;
using Markdig;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.GlossaryTerms;

namespace TwitchSite.Tests.Markdown;

public sealed class GlossaryTermExtensionTests
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

    [Fact]
    public void Given_one_pipeline_When_two_pages_are_rendered_Then_each_marks_its_own_first_uses()
    {
        var pipeline = MarkdownPipelineFactory.Create(glossary: Glossary);

        var first = Markdig.Markdown.ToHtml("Potassium and potassium.", pipeline);
        var second = Markdig.Markdown.ToHtml("Potassium again.", pipeline);

        Assert.Single(new HtmlParser().ParseDocument(first).QuerySelectorAll(".glossary-term-button"));
        Assert.Single(new HtmlParser().ParseDocument(second).QuerySelectorAll(".glossary-term-button"));
    }

    [Fact]
    public void Given_a_marked_page_When_rendered_Then_its_syntax_tree_keeps_the_words_for_other_steps()
    {
        var pipeline = MarkdownPipelineFactory.Create(glossary: Glossary);
        var document = Markdig.Markdown.Parse("Potassium helps.", pipeline);

        Assert.Contains("glossary-term", document.ToHtml(pipeline), StringComparison.Ordinal);
        Assert.Equal("Potassium helps.", InlineText.Of(((Markdig.Syntax.ParagraphBlock)document[0]).Inline));
    }

    [Fact]
    public void Given_the_pipeline_without_a_glossary_When_rendered_Then_nothing_is_marked()
    {
        Assert.DoesNotContain("glossary-term", Markdig.Markdown.ToHtml("Potassium helps.", MarkdownPipelineFactory.Shared), StringComparison.Ordinal);
    }

    private static string Mark(string markdown) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create(glossary: Glossary));
}
