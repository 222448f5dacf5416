using System.Globalization;
using System.Text;
using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order; in the page's single walk it
/// is shown each node first, before the headings and anchors are gathered): ids that other generators' docs link to. MkDocs' attr_list writes
/// <c>{ id="9.7.0" }</c>, which Markdig keeps as a second <c>id</c> attribute: it becomes the
/// element's id. Definition-list terms get an id like a heading's (<c>cacheDir</c> gives
/// <c>cachedir</c>; one a heading already has gets <c>-1</c>, <c>-2</c>), as Hugo's docs expect
/// (its <c>autoDefinitionTermID</c>). A heading ending in raw HTML (<c>## Title &lt;a id="x"&gt;&lt;/a&gt;</c>)
/// does not keep the trailing <c>-</c> its last space gave its id. Changes the tree in place, only
/// the node it is shown.
/// </summary>
/// <param name="syntax">The page's tree (the ids its headings have are read from it).</param>
public sealed class AssignElementIds(MarkdownDocument syntax) : ISyntaxVisitor
{
    private HashSet<string>? _taken;

    /// <summary>Assigns the ids in <paramref name="syntax"/> in a walk of its own.</summary>
    public static void Apply(MarkdownDocument syntax) => SyntaxWalker.Visit(syntax, [new AssignElementIds(syntax)]);

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties } written
            && properties.FindIndex(p => p.Key.Equals("id", StringComparison.OrdinalIgnoreCase)) is var at and >= 0)
        {
            written.Id = properties[at].Value;
            properties.RemoveAt(at);
        }

        if (node is HeadingBlock { Inline.LastChild: Markdig.Syntax.Inlines.HtmlInline } heading
            && heading.GetAttributes().Id is { Length: > 1 } headingId && headingId.EndsWith('-'))
        {
            // "## Doc-rooted sites <a id="x"></a>": the id comes from the text before the raw HTML, and
            // Hugo and mdBook (whose docs link "#doc-rooted-sites") do not keep the space before it.
            var trimmed = headingId.TrimEnd('-');
            if (trimmed.Length > 0 && !syntax.Descendants<HeadingBlock>().Any(h => h.GetAttributes().Id == trimmed))
            {
                heading.GetAttributes().Id = trimmed;
            }
        }

        if (node is DefinitionTerm term && term.TryGetAttributes()?.Id is null)
        {
            // Heading ids are all taken first, wherever the headings are: a term never takes a heading's id.
            var taken = _taken ??= syntax.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var id = TermId(InlineText.Of(term.Inline));
            var candidate = id;
            for (var n = 1; candidate.Length > 0 && !taken.Add(candidate) && n < 100; n++)
            {
                candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            if (candidate.Length > 0)
            {
                term.GetAttributes().Id = candidate;
            }
        }
    }

    /// <summary>A heading-style id: lower case, letters, digits, '-' and '_', spaces as '-'.</summary>
    private static string TermId(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }
}
