using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// Renders <c>[!GP]</c>, <c>[!URGENT]</c> and <c>[!EMERGENCY]</c> alerts as NHS-style care cards:
/// a heading (the card's first "...:" paragraph, or the kind's default) that starts with
/// visually hidden urgency text, an icon and a border style per kind, then the bullets.
/// Every other alert is rendered by Markdig's own renderer.
/// </summary>
/// <param name="alerts">Markdig's alert renderer, for the other alert kinds.</param>
public sealed class CareCardRenderer(HtmlObjectRenderer<AlertBlock> alerts) : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>Key of the heading level chosen for a card (see <see cref="CareCardExtension"/>).</summary>
    public const string HeadingLevelKey = "care-card-heading-level";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        if (CareCardKind.FromMarker(block.Kind.ToString()) is not { } kind)
        {
            alerts.Write(renderer, block);
            return;
        }

        var level = block.GetData(HeadingLevelKey) as int? ?? 2;
        var first = block.Count > 0 ? block[0] as ParagraphBlock : null;
        var ownHeading = first is not null && InlineText.Of(first.Inline).EndsWith(':');

        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card--").Write(kind.CssModifier).WriteLine("\">");
        renderer.Write("<div class=\"care-card-heading-container\">");
        renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(" class=\"care-card-heading\">");
        renderer.Write("<span class=\"visually-hidden\">").WriteEscape(kind.HiddenText).Write("</span>");
        if (ownHeading)
        {
            renderer.WriteLeafInline(first!);
        }
        else
        {
            renderer.WriteEscape(kind.DefaultHeading);
        }

        renderer.Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine(">");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<div class=\"care-card-content\">");
        for (var i = ownHeading ? 1 : 0; i < block.Count; i++)
        {
            renderer.Render(block[i]);
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }
}
