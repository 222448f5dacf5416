using System.Globalization;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// Renders alerts that <see cref="CareCards.Prepare"/> marked as care cards, NHS style: a
/// heading (the card's first "...:" paragraph, or the kind's heading) that starts with visually
/// hidden urgency words, a border style per kind, then the bullets. A card written with an
/// empty body shows the site's bullets for its kind, the kind's closing sentence and the
/// sources they are based on; site search skips such a card, the same on every page that shows
/// it. Every other alert is rendered by Markdig's own renderer.
/// </summary>
/// <param name="alerts">Markdig's alert renderer, for the other alerts.</param>
public sealed class CareCardRenderer(HtmlObjectRenderer<AlertBlock> alerts) : HtmlObjectRenderer<AlertBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        if (CareCards.KindOf(block) is not { } kind || CareCards.SetOf(block) is not { } set)
        {
            alerts.Write(renderer, block);
            return;
        }

        var level = (block.GetData(CareCards.HeadingLevelKey) as int? ?? 2).ToString(CultureInfo.InvariantCulture);
        var siteItems = CareCards.UsesSiteItems(block, kind);
        var first = block.Count > 0 ? block[0] as ParagraphBlock : null;
        var ownHeading = !siteItems && first is not null && InlineText.Of(first.Inline).EndsWith(':');

        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card--").WriteEscape(kind.Style).Write("\"");

        // A card filled from care_cards.yml is the same box on every page that shows it: site
        // search skips it (as it skips the other repeated boxes), so it does not make every page
        // match its words, nor make the index every reader downloads bigger. A card written in
        // the page is the page's own words and is indexed.
        renderer.WriteLine(siteItems ? " data-pagefind-ignore>" : ">");
        renderer.Write("<div class=\"care-card-heading-container\">");
        renderer.Write("<h").Write(level).Write(" class=\"care-card-heading\">");
        renderer.Write("<span class=\"visually-hidden\">").WriteEscape(kind.HiddenText).Write("</span>");
        if (ownHeading)
        {
            renderer.WriteLeafInline(first!);
        }
        else
        {
            renderer.Write(set.ExpandHtml(kind.Heading));
        }

        renderer.Write("</h").Write(level).WriteLine(">");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<div class=\"care-card-content\">");
        if (siteItems)
        {
            WriteSiteItems(renderer, kind, set);
        }
        else
        {
            for (var i = ownHeading ? 1 : 0; i < block.Count; i++)
            {
                renderer.Render(block[i]);
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }

    private static void WriteSiteItems(HtmlRenderer renderer, CareCardKind kind, CareCardSet set)
    {
        renderer.WriteLine("<ul>");
        foreach (var item in kind.Items)
        {
            renderer.Write("<li>").Write(set.ExpandHtml(item)).WriteLine("</li>");
        }

        renderer.WriteLine("</ul>");
        if (kind.After.Length > 0)
        {
            renderer.Write("<p>").Write(set.ExpandHtml(kind.After)).WriteLine("</p>");
        }

        if (kind.Sources.Count > 0)
        {
            renderer.Write("<p class=\"care-card-sources\">");
            if (set.SourcesLabel.Length > 0)
            {
                renderer.WriteEscape(set.SourcesLabel).Write(" ");
            }

            for (var i = 0; i < kind.Sources.Count; i++)
            {
                var source = kind.Sources[i];
                renderer.Write(i == 0 ? "" : "; ").Write("<a href=\"").WriteEscapeUrl(source.Url).Write("\">").WriteEscape(source.Title).Write("</a>");
            }

            renderer.WriteLine("</p>");
        }
    }
}
