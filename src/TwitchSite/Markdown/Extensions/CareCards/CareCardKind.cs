namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// The kinds of care card (the NHS pattern), written as GitHub-style alerts:
/// <c>&gt; [!GP]</c>, <c>&gt; [!URGENT]</c>, <c>&gt; [!EMERGENCY]</c>.
/// </summary>
/// <param name="Marker">The word inside <c>[! ]</c>.</param>
/// <param name="CssModifier">Class suffix: care-card--non-urgent, --urgent, --emergency.</param>
/// <param name="HiddenText">Urgency said in words for screen readers, so it is never told by colour alone.</param>
/// <param name="DefaultHeading">Heading used when the card does not start with its own "...:" line.</param>
/// <param name="MaxBullets">Most bullets a reader should have to scan in this card.</param>
public sealed record CareCardKind(string Marker, string CssModifier, string HiddenText, string DefaultHeading, int MaxBullets)
{
    /// <summary>See a GP (non-urgent).</summary>
    public static CareCardKind Gp { get; } = new("GP", "non-urgent", "Non-urgent advice: ", "See a GP if:", 5);

    /// <summary>Urgent advice: red flags; may add a sixth catch-all bullet.</summary>
    public static CareCardKind Urgent { get; } = new("URGENT", "urgent", "Urgent advice: ", "Ask for an urgent GP appointment or get help from NHS 111 if:", 6);

    /// <summary>Immediate action required.</summary>
    public static CareCardKind Emergency { get; } = new("EMERGENCY", "emergency", "Immediate action required: ", "Call 999 or go to A&E now if:", 6);

    /// <summary>All kinds.</summary>
    public static IReadOnlyList<CareCardKind> All { get; } = [Gp, Urgent, Emergency];

    /// <summary>The kind whose marker is <paramref name="marker"/> (case-insensitive), or null.</summary>
    public static CareCardKind? FromMarker(string marker) =>
        All.FirstOrDefault(k => k.Marker.Equals(marker, StringComparison.OrdinalIgnoreCase));
}
