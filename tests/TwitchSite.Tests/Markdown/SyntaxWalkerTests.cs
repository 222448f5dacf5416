using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Markdown;

/// <summary>
/// The walker replaces Markdig's Descendants() where pages are read for headings, links and care
/// cards: the lists built from it (headings in order, links in order) depend on it visiting the
/// same nodes in the same order.
/// </summary>
public sealed class SyntaxWalkerTests
{
    private const string Page = """
        # Title with *emphasis* and a [link](a.md)

        Paragraph with **bold [nested *link*](b.md)** and `code`, a footnote[^1] and <span id="x">html</span>.

        > [!GP]
        > See a GP if:
        > - it lasts *more* than [two weeks](c.md)
        >   1. nested item
        >
        > > quote in a card

        | a | b |
        |:--|--:|
        | [cell](d.md) | **x** |

        Term
        : Definition with a [link](e.md)

        ```
        code block
        ```

        <div id="raw">raw</div>

        ## Second heading

        [^1]: The note, with [a link](f.md).
        """;

    [Fact]
    public void Given_a_page_with_every_kind_of_block_When_walked_Then_every_node_comes_in_the_order_Markdig_gives()
    {
        var syntax = Markdig.Markdown.Parse(Page, MarkdownPipelineFactory.Shared);
        var expected = syntax.Descendants().ToList();

        var walked = new List<MarkdownObject>();
        foreach (var node in SyntaxWalker.Nodes(syntax))
        {
            walked.Add(node);
        }

        Assert.True(expected.Count > 40, "the sample page should be a real test of nesting");
        Assert.Equal(expected, walked);
    }

    [Fact]
    public void Given_a_page_When_only_blocks_are_walked_Then_every_block_comes_in_order_and_no_inline()
    {
        var syntax = Markdig.Markdown.Parse(Page, MarkdownPipelineFactory.Shared);
        var expected = syntax.Descendants().OfType<Block>().ToList();

        var walked = new List<MarkdownObject>();
        foreach (var block in SyntaxWalker.Blocks(syntax))
        {
            walked.Add(block);
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public void Given_a_walk_inside_another_on_the_same_thread_When_both_run_Then_each_sees_its_own_tree()
    {
        var outer = Markdig.Markdown.Parse("# A\n\nOne [x](a.md).\n", MarkdownPipelineFactory.Shared);
        var inner = Markdig.Markdown.Parse("- b\n- c\n", MarkdownPipelineFactory.Shared);

        var outerNodes = new List<MarkdownObject>();
        var innerCounts = new List<int>();
        foreach (var node in SyntaxWalker.Nodes(outer))
        {
            outerNodes.Add(node);
            var count = 0;
            foreach (var _ in SyntaxWalker.Nodes(inner))
            {
                count++;
            }

            innerCounts.Add(count);
        }

        Assert.Equal(outer.Descendants(), outerNodes);
        Assert.All(innerCounts, c => Assert.Equal(inner.Descendants().Count(), c));
    }
}
