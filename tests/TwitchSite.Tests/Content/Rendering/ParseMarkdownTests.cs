using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class ParseMarkdownTests
{
    [Fact]
    public void Given_a_body_When_parsed_Then_the_tree_has_its_blocks()
    {
        var sink = new DiagnosticSink();

        var syntax = ParseMarkdown.Parse("## Hello\n\nText.\n", StepSupport.Page, MarkdownPipelineFactory.Shared, sink);

        Assert.Equal(2, syntax.Count);
        Assert.Empty(sink.All);
    }

    [Fact]
    public void Given_lists_nested_absurdly_deep_When_parsed_Then_TW0203_is_reported_and_the_page_is_empty()
    {
        var sink = new DiagnosticSink();
        var body = string.Concat(Enumerable.Repeat("> ", NestingCheck.MaxBlockDepth + 5)) + "deep\n";

        var syntax = ParseMarkdown.Parse(body, StepSupport.Page, MarkdownPipelineFactory.Shared, sink);

        Assert.Empty(syntax);
        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0203", 4), (error.Code, error.Location!.Line));
    }
}
