using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace TwitchSite.Markdown.Extensions.Citations;

/// <summary>
/// Pandoc-style citations of a page's sources: <c>[@id]</c> and <c>[@id1; @id2]</c> become
/// numbered superscript links (numbers by order of first citation) to the page's sources list.
/// Checking the ids against the page's front matter is the site's job (it knows the sources).
/// </summary>
public sealed class CitationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            // Before the link parser, which would otherwise take the '['.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }

        pipeline.DocumentProcessed -= Citations.Number;
        pipeline.DocumentProcessed += Citations.Number;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Add(new CitationRenderer());
        }
    }
}

/// <summary>Registers <see cref="CitationExtension"/>.</summary>
public static class CitationPipelineExtensions
{
    /// <summary>
    /// Adds Pandoc-style citations (<c>[@id]</c>) to the pipeline. Not named <c>UseCitations</c>:
    /// Markdig has its own extension of that name (<c>""quoted""</c> text as <c>&lt;cite&gt;</c>).
    /// </summary>
    public static MarkdownPipelineBuilder UseSourceCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
