using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown.Extensions.CareCards;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): after <see cref="CareCards.Prepare"/> gave each care
/// card its kind from <c>_data/care_cards.yml</c>, reports cards with their own advice where the
/// site has rules for the kind (TW0711) and cards with more bullets than the kind allows (TW0107).
/// </summary>
public static class CheckCareCards
{
    /// <summary>Reports the care card problems of a prepared <paramref name="syntax"/>.</summary>
    public static void Report(MarkdownDocument syntax, PageBody page, DiagnosticSink diagnostics) =>
        Report(CareCards.In(syntax), page, diagnostics);

    /// <summary>Reports the problems of the <paramref name="cards"/> a <see cref="CareCardPreparer"/> marked.</summary>
    public static void Report(IEnumerable<(AlertBlock Block, CareCardKind Kind)> cards, PageBody page, DiagnosticSink diagnostics)
    {
        foreach (var (card, kind) in cards)
        {
            var where = page.At(card.Line, card.Column + 1);
            if (kind.HasSiteItems && CareCards.HasOwnBody(card))
            {
                // One set of rules for the whole site: a card that lists its own could contradict it.
                diagnostics.Add(Diagnostics.Codes.CareCardOwnItems.Create(where, kind.Marker, CareCardSet.DataName));
                continue;
            }

            var bullets = CareCards.BulletCount(card, kind);
            if (bullets > kind.MaxBullets)
            {
                diagnostics.Add(Diagnostics.Codes.CareCardTooLong.Create(where, kind.Marker, bullets, kind.MaxBullets));
            }
        }
    }
}
