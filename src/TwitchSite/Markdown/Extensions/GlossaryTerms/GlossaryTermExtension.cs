using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace TwitchSite.Markdown.Extensions.GlossaryTerms;

/// <summary>
/// Marks the first use of each glossary term on a page as it is rendered (see
/// <see cref="GlossaryTermRenderer"/>). Configured with one site's glossary, so a pipeline with
/// this extension belongs to one build; the syntax tree is left as parsed, so what other steps
/// read from it (headings, links, prose) is the author's text.
/// </summary>
/// <param name="glossary">The site's glossary (<c>input/_data/glossary.yml</c>).</param>
public sealed class GlossaryTermExtension(GlossaryIndex glossary) : IMarkdownExtension
{
    /// <summary>The glossary this extension marks.</summary>
    public GlossaryIndex Glossary { get; } = glossary;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse: terms are found in the text of literals when they are written.
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<LiteralInlineRenderer>() is { } literals)
        {
            html.ObjectRenderers.Replace<LiteralInlineRenderer>(new GlossaryTermRenderer(literals, Glossary, html));
        }
    }
}

/// <summary>Registers <see cref="GlossaryTermExtension"/>.</summary>
public static class GlossaryTermPipelineExtensions
{
    /// <summary>Adds glossary term marking for <paramref name="glossary"/> (replacing any glossary added before).</summary>
    public static MarkdownPipelineBuilder UseGlossaryTerms(this MarkdownPipelineBuilder pipeline, GlossaryIndex glossary)
    {
        pipeline.Extensions.ReplaceOrAdd<GlossaryTermExtension>(new GlossaryTermExtension(glossary));
        return pipeline;
    }
}
