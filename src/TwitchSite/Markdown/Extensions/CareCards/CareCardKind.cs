namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// One kind of care card (a callout with an urgency), as the site's care card data defines it
/// (<c>input/_data/care_cards.yml</c>, see <see cref="CareCardSet"/>). The generator knows no
/// kind by name: the site says which markers exist, what they look like and what they say.
/// </summary>
/// <param name="Marker">The word inside <c>[! ]</c>, such as <c>GP</c>.</param>
/// <param name="Style">Class suffix: the card is rendered with <c>care-card--{Style}</c>.</param>
/// <param name="HiddenText">Urgency said in words for screen readers, so it is never told by colour alone.</param>
/// <param name="Heading">The card's heading (may hold <c>{emergency_numbers}</c>), used when the card has no heading of its own.</param>
/// <param name="MaxBullets">Most bullets a reader should have to scan in this card.</param>
/// <param name="Items">The site's own bullets for this kind; a card of this kind written with an empty body shows them.</param>
/// <param name="After">A sentence shown under the bullets (may hold <c>{emergency_numbers}</c>), or empty.</param>
/// <param name="Sources">The sources the site's bullets are based on, shown under them.</param>
public sealed record CareCardKind(
    string Marker,
    string Style,
    string HiddenText,
    string Heading,
    int MaxBullets,
    IReadOnlyList<string> Items,
    string After,
    IReadOnlyList<CareCardSource> Sources)
{
    /// <summary>True when the site gives this kind its own bullets, so every card of the kind shows the same rules.</summary>
    public bool HasSiteItems => Items.Count > 0;
}

/// <summary>A source the site's care card rules are based on.</summary>
/// <param name="Id">Short name the cards refer to it by.</param>
/// <param name="Title">Title shown as the link text.</param>
/// <param name="Url">Address of the source.</param>
public sealed record CareCardSource(string Id, string Title, string Url);

/// <summary>An emergency telephone number and where it works.</summary>
/// <param name="Place">Where the number works ("UK").</param>
/// <param name="Number">The number to dial ("999").</param>
public sealed record EmergencyNumber(string Place, string Number);
