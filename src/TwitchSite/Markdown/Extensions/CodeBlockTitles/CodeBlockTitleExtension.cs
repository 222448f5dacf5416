using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CodeBlockTitles;

/// <summary>
/// Shows the title of a fenced code block (<c>```toml title="pyproject.toml"</c>) above it, as
/// MkDocs Material and Docusaurus do: wraps the code block renderer in place (Markdig's, or the
/// highlighting one when <c>highlight</c> is on, so add it after that extension) in a
/// <see cref="TitledCodeBlockRenderer"/>. Parsing is untouched.
/// </summary>
public sealed class CodeBlockTitleExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        for (var i = 0; i < html.ObjectRenderers.Count; i++)
        {
            if (html.ObjectRenderers[i] is Markdig.Renderers.Html.HtmlObjectRenderer<CodeBlock> codeBlocks and not TitledCodeBlockRenderer)
            {
                html.ObjectRenderers[i] = new TitledCodeBlockRenderer(codeBlocks);
                return;
            }
        }
    }
}
