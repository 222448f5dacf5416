using System.Text;
using TwitchSite.Content.Rendering;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class RenderHtmlTests
{
    [Fact]
    public void Given_a_tree_When_rendered_Then_the_bytes_are_its_html_in_utf8_and_the_buffer_is_not_shared_between_pages()
    {
        var first = RenderHtml.ToUtf8(StepSupport.Parse("Café *très* bien.\n"), MarkdownPipelineFactory.Shared);
        var second = RenderHtml.ToUtf8(StepSupport.Parse("Other.\n"), MarkdownPipelineFactory.Shared);

        Assert.Equal("<p>Café <em>très</em> bien.</p>\n", Encoding.UTF8.GetString(first));
        Assert.Equal("<p>Other.</p>\n", Encoding.UTF8.GetString(second));
    }
}
