using Markdig.Extensions.Alerts;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// <see cref="CareCards.Prepare"/> as one consumer of a page's single walk: marks each alert
/// whose marker is a kind of <paramref name="set"/> with that kind and with the heading level it
/// gets (one below the last heading before it), and lists the cards it marked.
/// </summary>
/// <param name="set">The site's care card kinds.</param>
public sealed class CareCardPreparer(CareCardSet set) : ISyntaxVisitor
{
    private readonly List<(AlertBlock Block, CareCardKind Kind)> _cards = [];
    private int _level = 1;

    /// <summary>The cards marked so far, in document order.</summary>
    public IReadOnlyList<(AlertBlock Block, CareCardKind Kind)> Cards => _cards;

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case HeadingBlock heading:
                _level = heading.Level;
                break;
            case AlertBlock alert when set.Find(alert.Kind.ToString()) is { } kind:
                CareCards.Mark(alert, kind, set, _level);
                _cards.Add((alert, kind));
                break;
        }
    }
}
