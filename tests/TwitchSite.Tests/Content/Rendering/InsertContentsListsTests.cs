using Markdig;
using TwitchSite.Content.Rendering;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class InsertContentsListsTests
{
    [Fact]
    public void Given_a_toc_marker_When_applied_Then_it_becomes_a_list_of_the_level_2_and_3_headings()
    {
        var syntax = StepSupport.Parse($"{ForeignSyntax.TocMarker}\n\n# Title\n\n## One & two\n\n### Sub\n\n#### Deep\n");

        InsertContentsLists.Apply(syntax, GatherHeadings.Of(syntax, StepSupport.Page));

        Assert.StartsWith(
            "<nav class=\"toc toc-inline\" aria-label=\"Contents\"><ul><li><a href=\"#one--two\">One &amp; two</a></li><li class=\"toc-sub\"><a href=\"#sub\">Sub</a></li></ul></nav>",
            syntax.ToHtml(MarkdownPipelineFactory.Shared),
            StringComparison.Ordinal);
    }
}
