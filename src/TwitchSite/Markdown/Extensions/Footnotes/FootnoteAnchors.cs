using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;

namespace TwitchSite.Markdown.Extensions.Footnotes;

/// <summary>
/// The ids of a page's footnotes and of the places that cite them, named by the footnote's label
/// as Python-Markdown (MkDocs) and kramdown (Jekyll) name them, so links written for those
/// generators (<c>other.md#fn:name</c>, <c>#fnref:name</c>) find them on any page: <c>[^name]</c>
/// is <c>fn:name</c>, its first citation <c>fnref:name</c>, later ones <c>fnref2:name</c>,
/// <c>fnref3:name</c>. A label that cannot be an id as written (spaces, quotes) uses the
/// footnote's number instead, as Markdig does (<c>fn:1</c>).
/// </summary>
public static partial class FootnoteAnchors
{
    /// <summary>The id of <paramref name="footnote"/>'s list item: <c>fn:</c> and its name.</summary>
    public static string NoteId(Footnote footnote) => "fn:" + Name(footnote);

    /// <summary>
    /// The id of the citation <paramref name="link"/> (or, for a back link, of the citation it
    /// leads back to): <c>fnref:name</c> for the footnote's first citation, <c>fnrefN:name</c> for the Nth.
    /// </summary>
    public static string ReferenceId(FootnoteLink link)
    {
        var position = 1;
        var citations = link.Footnote.Links;
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Index == link.Index)
            {
                position = i + 1;
                break;
            }
        }

        var prefix = position == 1 ? "fnref" : "fnref" + position.ToString(CultureInfo.InvariantCulture);
        return prefix + ":" + Name(link.Footnote);
    }

    private static string Name(Footnote footnote)
    {
        var label = footnote.Label?.TrimStart('^');
        return label is { Length: > 0 } && SafeLabel().IsMatch(label)
            ? label
            : footnote.Order.ToString(CultureInfo.InvariantCulture);
    }

    // Letters, digits and the punctuation ids and URL fragments carry as written.
    [GeneratedRegex(@"^[\p{L}\p{N}_.:-]+$")]
    private static partial Regex SafeLabel();
}
