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
    [InlineData("A twitch (fasciculation) is common.", "(", ")")]
    [InlineData("Eat \"potassium\", then rest.", "\"", "\",")]
    [InlineData("Low potassium.", "", ".")]
    public void Given_punctuation_touching_a_term_When_marked_Then_it_cannot_be_wrapped_onto_another_line_than_the_term(string markdown, string opening, string closing)
    {
        var page = new HtmlParser().ParseDocument(Mark(markdown));

        // The button may be broken from plain text around it; the theme's .glossary-nobreak does not wrap.
        var together = page.QuerySelector(".glossary-nobreak")!;
        var button = together.QuerySelector(".glossary-term-button")!;
        var tip = together.QuerySelector(".glossary-tip")!;
        Assert.Equal(opening + button.TextContent + tip.TextContent + closing, together.TextContent);
        Assert.Equal(markdown.Replace(tip.TextContent, "", StringComparison.Ordinal), page.Body!.TextContent.Replace(tip.TextContent, "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void Given_the_site_stylesheet_When_read_Then_punctuation_kept_with_a_term_does_not_wrap_but_the_tip_does()
    {
        var css = File.ReadAllText(Path.Combine(TwitchSite.Testing.RepoPaths.Theme, "assets/css/site.css"));

        Assert.Matches(@"\.glossary-nobreak\s*\{[^}]*white-space:\s*nowrap", css);
        Assert.Matches(@"\.glossary-nobreak \.glossary-tip\s*\{[^}]*white-space:\s*normal", css);
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
