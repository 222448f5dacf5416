using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.Footnotes;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// Footnotes are published with ids by label (<see cref="FootnoteAnchors"/>: <c>fn:name</c>,
/// <c>fnref:name</c>), which links written for MkDocs and Jekyll use as they are. Links written
/// for Markdig's numbers (<c>#fn:2</c> for the second footnote, <c>#fnref:3</c> for the third
/// citation) are read here, on the page itself, as the footnote they meant. Read from the parsed page (in its single walk).
/// </summary>
public sealed class FootnoteIds : ISyntaxVisitor
{
    private readonly Dictionary<string, string> _byNumber = new(StringComparer.Ordinal);
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private bool _seen;

    /// <summary>The footnotes of <paramref name="syntax"/>, in a walk of its own; null when it has none (most pages).</summary>
    public static FootnoteIds? Of(MarkdownDocument syntax)
    {
        var ids = new FootnoteIds();
        SyntaxWalker.Visit(syntax, [ids]);
        return ids.Found;
    }

    /// <summary>These ids, or null when the walk showed no footnote.</summary>
    public FootnoteIds? Found
    {
        get
        {
            if (!_seen)
            {
                return null;
            }

            // A number that is also a published id ([^1] is "fn:1") means that id, not the Nth footnote.
            foreach (var key in _byNumber.Keys.Where(_published.Contains).ToList())
            {
                _byNumber.Remove(key);
            }

            return this;
        }
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case Footnote { Order: > 0 } footnote:
                _seen = true;
                _published.Add(FootnoteAnchors.NoteId(footnote));
                _byNumber.TryAdd("fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture), FootnoteAnchors.NoteId(footnote));
                break;
            case FootnoteLink { IsBackLink: false } link:
                _seen = true;
                _published.Add(FootnoteAnchors.ReferenceId(link));
                _byNumber.TryAdd("fnref:" + link.Index.ToString(CultureInfo.InvariantCulture), FootnoteAnchors.ReferenceId(link));
                break;
        }
    }

    /// <summary>The published id Markdig's numbered <paramref name="fragment"/> (<c>fn:2</c>) means, or null when it is not one (or is already published).</summary>
    public string? IdOf(string fragment) =>
        _byNumber.TryGetValue(fragment, out var id) && id != fragment ? id : null;
}
