using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown.Extensions.Citations;

/// <summary>
/// The citations of a parsed page: finds them in document order, numbers the cited sources by
/// first citation, and names the anchors both ways (citation to source, source back to each
/// citation).
/// </summary>
public static partial class Citations
{
    /// <summary>Key under which a parsed document holds its <see cref="CitationList"/>.</summary>
    public const string ListKey = "citations";

    /// <summary>True for an id authors may give a source: letters, digits, and '-', '_', '.' or ':' between them ("nhs-twitching").</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Element id of a source's entry in the sources list: <c>source-{id}</c>.</summary>
    public static string SourceAnchor(string id) => "source-" + id;

    /// <summary>Element id of the <paramref name="occurrence"/>-th (from 1) citation of source <paramref name="number"/>: <c>cite-1</c>, <c>cite-1-2</c>.</summary>
    public static string CitationAnchor(int number, int occurrence) =>
        occurrence == 1
            ? "cite-" + number.ToString(CultureInfo.InvariantCulture)
            : "cite-" + number.ToString(CultureInfo.InvariantCulture) + "-" + occurrence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The citations of <paramref name="document"/> as numbered after parsing (empty when none, or before numbering).</summary>
    public static CitationList Of(MarkdownDocument document) => document.GetData(ListKey) as CitationList ?? CitationList.Empty;

    /// <summary>Numbers every citation of <paramref name="document"/> and keeps the result on it (see <see cref="Of"/>).</summary>
    public static void Number(MarkdownDocument document)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<List<string>>();
        var all = new List<CitationInline>();
        foreach (var node in SyntaxWalker.Nodes(document))
        {
            if (node is not CitationInline citation)
            {
                continue;
            }

            all.Add(citation);
            var marks = new List<CitationMark>(citation.Ids.Count);
            foreach (var id in citation.Ids)
            {
                if (!numbers.TryGetValue(id, out var number))
                {
                    number = numbers.Count + 1;
                    numbers[id] = number;
                    anchors.Add([]);
                }

                var anchor = CitationAnchor(number, anchors[number - 1].Count + 1);
                anchors[number - 1].Add(anchor);
                marks.Add(new CitationMark(id, number, anchor));
            }

            citation.Marks = marks;

            // A citation that ends its paragraph or list item takes the space before it into its
            // superscript, which search skips: Pagefind ends a block's sentence with a full stop
            // only when its text ends in a letter, so "the thumb [1]" ending a list item ran into
            // the next item in search excerpts ("the calf the thumb Common triggers").
            if (!citation.IsMalformed && marks.Count > 0 && citation.NextSibling is null && citation.PreviousSibling is LiteralInline literal && literal.Content.Length > 0 && literal.Content.Text[literal.Content.End] == ' ')
            {
                while (literal.Content.Length > 0 && literal.Content.Text[literal.Content.End] == ' ')
                {
                    literal.Content.End--;
                }

                citation.SpaceBefore = true;
            }
        }

        if (all.Count > 0)
        {
            var order = numbers.OrderBy(p => p.Value).Select(p => p.Key).ToList();
            document.SetData(ListKey, new CitationList(all, order, order.Select((id, i) => KeyValuePair.Create(id, (IReadOnlyList<string>)anchors[i])).ToDictionary(StringComparer.Ordinal)));
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

/// <summary>What a page cites.</summary>
/// <param name="All">Every citation, in document order (malformed ones too).</param>
/// <param name="Order">The cited ids in order of first citation: the id at index i is source number i + 1.</param>
/// <param name="Anchors">For each cited id, the element ids of its citations in document order.</param>
public sealed record CitationList(IReadOnlyList<CitationInline> All, IReadOnlyList<string> Order, IReadOnlyDictionary<string, IReadOnlyList<string>> Anchors)
{
    /// <summary>A page without citations.</summary>
    public static CitationList Empty { get; } = new([], [], new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>True when the page has at least one citation (well formed or not).</summary>
    public bool Any => All.Count > 0;

    /// <summary>The number of <paramref name="id"/> (from 1), or null when it is never cited.</summary>
    public int? NumberOf(string id)
    {
        var index = Order is List<string> list ? list.IndexOf(id) : Order.ToList().IndexOf(id);
        return index < 0 ? null : index + 1;
    }
}
