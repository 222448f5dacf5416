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
    public static void Report(MarkdownDocument syntax, PageBody page, DiagnosticSink diagnostics)
    {
        foreach (var (card, kind) in CareCards.In(syntax))
        {
            var where = page.At(card.Line, card.Column + 1);
            if (kind.HasSiteItems && CareCards.HasOwnBody(card))
            {
                // One set of rules for the whole site: a card that lists its own could contradict it.
                diagnostics.Add(Diagnostic.Error(
                    Diagnostics.Codes.CareCardOwnItems,
                    $"care card [!{kind.Marker}] lists its own advice, but the site's care card data gives this kind its rules",
                    where,
                    $"leave the card empty (a line `> [!{kind.Marker}]` alone) to show the site's rules, or change them in _data/{CareCardSet.DataName}.yml"));
                continue;
            }

            var bullets = CareCards.BulletCount(card, kind);
            if (bullets > kind.MaxBullets)
            {
                diagnostics.Add(Diagnostic.Error(
                    Diagnostics.Codes.CareCardTooLong,
                    $"care card [!{kind.Marker}] has {bullets} bullets; at most {kind.MaxBullets}",
                    where,
                    "readers scan these cards when worried: keep the most important signs and move the rest to the page text"));
            }
        }
    }
}
