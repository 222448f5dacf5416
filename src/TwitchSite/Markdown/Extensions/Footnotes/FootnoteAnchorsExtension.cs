using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace TwitchSite.Markdown.Extensions.Footnotes;

/// <summary>
/// Renders footnotes with the ids of <see cref="FootnoteAnchors"/> (by label, as MkDocs and
/// Jekyll do) instead of Markdig's numbers; the markup is otherwise Markdig's. Register after
/// <c>UseFootnotes</c>, whose renderers it replaces.
/// </summary>
public sealed class FootnoteAnchorsExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            if (html.ObjectRenderers.Contains<HtmlFootnoteGroupRenderer>())
            {
                html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new LabelledFootnoteGroupRenderer());
            }

            if (html.ObjectRenderers.Contains<HtmlFootnoteLinkRenderer>())
            {
                html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LabelledFootnoteLinkRenderer());
            }
        }
    }
}
