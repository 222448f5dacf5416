using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// Care cards for "see a doctor" advice. Register after <c>UseAlertBlocks()</c>: replaces the
/// alert renderer with <see cref="CareCardRenderer"/>, and after parsing gives each card's
/// heading the level below the heading it sits under, so headings stay in order.
/// </summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AssignHeadingLevels;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
        {
            html.ObjectRenderers.Replace<AlertBlockRenderer>(new CareCardRenderer(alerts));
        }
    }

    private static void AssignHeadingLevels(MarkdownDocument document)
    {
        var level = 1;
        foreach (var block in SyntaxWalker.Blocks(document))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    level = heading.Level;
                    break;
                case AlertBlock alert when CareCardKind.FromMarker(alert.Kind.ToString()) is not null:
                    alert.SetData(CareCardRenderer.HeadingLevelKey, Math.Min(6, Math.Max(2, level + 1)));
                    break;
            }
        }
    }
}
