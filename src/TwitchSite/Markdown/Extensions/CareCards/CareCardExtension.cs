using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// Care cards for "see a doctor" advice. Register after <c>UseAlertBlocks()</c>: replaces the
/// alert renderer with <see cref="CareCardRenderer"/>. Which alerts are care cards, and what
/// they say, comes from the site's data (<see cref="CareCardSet"/>), applied to each parsed
/// page by <see cref="CareCards.Prepare"/> before it is rendered.
/// </summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
        {
            html.ObjectRenderers.Replace<AlertBlockRenderer>(new CareCardRenderer(alerts));
        }
    }
}
