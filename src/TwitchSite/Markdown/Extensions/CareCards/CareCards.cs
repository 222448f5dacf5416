using Markdig.Extensions.Alerts;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// Finds care cards in a parsed page. <see cref="Prepare"/> marks each alert whose marker is a
/// kind of the site's <see cref="CareCardSet"/> with that kind and with the heading level it
/// gets (one below the heading it sits under, so headings stay in order); the renderer and the
/// checks read those marks.
/// </summary>
public static class CareCards
{
    private const string KindKey = "care-card-kind";
    private const string SetKey = "care-card-set";

    /// <summary>Key of the heading level chosen for a card.</summary>
    public const string HeadingLevelKey = "care-card-heading-level";

    /// <summary>Marks the care cards of <paramref name="document"/> with their kind from <paramref name="set"/>, in a walk of its own.</summary>
    public static void Prepare(MarkdownDocument document, CareCardSet set) => SyntaxWalker.Visit(document, [new CareCardPreparer(set)]);

    /// <summary>Marks <paramref name="alert"/> as a card of <paramref name="kind"/> under a heading of <paramref name="level"/>.</summary>
    internal static void Mark(AlertBlock alert, CareCardKind kind, CareCardSet set, int level)
    {
        alert.SetData(KindKey, kind);
        alert.SetData(SetKey, set);
        alert.SetData(HeadingLevelKey, Math.Min(6, Math.Max(2, level + 1)));
    }

    /// <summary>The kind <see cref="Prepare"/> gave <paramref name="alert"/>, or null for a plain alert.</summary>
    public static CareCardKind? KindOf(AlertBlock alert) => alert.GetData(KindKey) as CareCardKind;

    /// <summary>The set <see cref="Prepare"/> read <paramref name="alert"/>'s kind from, or null.</summary>
    public static CareCardSet? SetOf(AlertBlock alert) => alert.GetData(SetKey) as CareCardSet;

    /// <summary>The care cards of a prepared <paramref name="document"/> with their kind.</summary>
    public static IEnumerable<(AlertBlock Block, CareCardKind Kind)> In(MarkdownDocument document) =>
        document.Descendants<AlertBlock>()
            .Select(b => (Block: b, Kind: KindOf(b)))
            .Where(c => c.Kind is not null)
            .Select(c => (c.Block, c.Kind!));

    /// <summary>True when the card's markdown body is empty, so it shows the site's bullets for its kind.</summary>
    public static bool UsesSiteItems(AlertBlock card, CareCardKind kind) => kind.HasSiteItems && !HasOwnBody(card);

    /// <summary>True when the author wrote something in the card below its marker.</summary>
    public static bool HasOwnBody(AlertBlock card) =>
        card.Any(b => b is not ParagraphBlock p || InlineText.Of(p.Inline).Trim().Length > 0);

    /// <summary>Bullets a reader scans in the card: the site's, or those of its own lists (not nested ones).</summary>
    public static int BulletCount(AlertBlock card, CareCardKind kind) =>
        UsesSiteItems(card, kind) ? kind.Items.Count : card.OfType<ListBlock>().Sum(list => list.Count);
}
