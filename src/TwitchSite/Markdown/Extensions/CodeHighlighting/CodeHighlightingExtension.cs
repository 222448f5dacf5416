using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Highlights fenced code blocks at build time (no JavaScript): swaps Markdig's code block
/// renderer for <see cref="HighlightingCodeBlockRenderer"/>, which keeps Markdig's to write the
/// blocks it does not highlight. Parsing is untouched. Turned off by <c>highlight: false</c> in
/// <c>_site.yml</c> (<see cref="MarkdownPipelineFactory.For"/>).
/// </summary>
public sealed class CodeHighlightingExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightingCodeBlockRenderer(plain));
        }
    }
}
