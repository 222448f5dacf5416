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
/// citation) are read here, on the page itself, as the footnote they meant. Read from the parsed page.
/// </summary>
public sealed class FootnoteIds
{
    private readonly Dictionary<string, string> _byNumber = new(StringComparer.Ordinal);

    /// <summary>The footnotes of <paramref name="syntax"/>; null when it has none (most pages).</summary>
    public static FootnoteIds? Of(MarkdownDocument syntax)
    {
        FootnoteIds? ids = null;
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in SyntaxWalker.Nodes(syntax))
        {
            switch (node)
            {
                case Footnote { Order: > 0 } footnote:
                    ids ??= new FootnoteIds();
                    published.Add(FootnoteAnchors.NoteId(footnote));
                    ids._byNumber.TryAdd("fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture), FootnoteAnchors.NoteId(footnote));
                    break;
                case FootnoteLink { IsBackLink: false } link:
                    ids ??= new FootnoteIds();
                    published.Add(FootnoteAnchors.ReferenceId(link));
                    ids._byNumber.TryAdd("fnref:" + link.Index.ToString(CultureInfo.InvariantCulture), FootnoteAnchors.ReferenceId(link));
                    break;
            }
        }

        // A number that is also a published id ([^1] is "fn:1") means that id, not the Nth footnote.
        ids?._byNumber.Keys.Where(published.Contains).ToList().ForEach(k => ids._byNumber.Remove(k));
        return ids;
    }

    /// <summary>The published id Markdig's numbered <paramref name="fragment"/> (<c>fn:2</c>) means, or null when it is not one (or is already published).</summary>
    public string? IdOf(string fragment) =>
        _byNumber.TryGetValue(fragment, out var id) && id != fragment ? id : null;
}
