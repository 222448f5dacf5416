using Markdig.Extensions.Alerts;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>Finds care cards in a parsed page and counts what a reader must scan in each.</summary>
public static class CareCards
{
    /// <summary>The care cards of <paramref name="document"/> with their kind.</summary>
    public static IEnumerable<(AlertBlock Block, CareCardKind Kind)> In(MarkdownDocument document) =>
        document.Descendants<AlertBlock>()
            .Select(b => (Block: b, Kind: CareCardKind.FromMarker(b.Kind.ToString())))
            .Where(c => c.Kind is not null)
            .Select(c => (c.Block, c.Kind!));

    /// <summary>Bullets of the card's own lists (not nested ones).</summary>
    public static int BulletCount(AlertBlock card) =>
        card.OfType<ListBlock>().Sum(list => list.Count);
}
