using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.Citations;
using TwitchSite.Markdown.Extensions.Footnotes;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order; it reads the page in its
/// single walk, after <see cref="AssignElementIds"/> is shown each node): every anchor id a link may point at on the page, for
/// <see cref="MarkdownKeys.Anchors"/>: heading ids, ids written after any element or given
/// to definition terms (<see cref="AssignElementIds"/>), footnotes and their references, ids and
/// names authors write in raw HTML (<c>&lt;a id="x"&gt;</c>), and (<see cref="AddSources"/>)
/// the numbered sources and their citations. Heading ids are read by <see cref="Finish"/>, after
/// the walk, so that steps which rename headings after it (<see cref="PythonMarkdownIds"/>) are seen.
/// </summary>
public sealed partial class GatherAnchors : ISyntaxVisitor
{
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly List<HeadingBlock> _headings = [];

    /// <summary>The anchors written in <paramref name="syntax"/>, in a walk of its own.</summary>
    public static HashSet<string> Of(MarkdownDocument syntax)
    {
        var gather = new GatherAnchors();
        SyntaxWalker.Visit(syntax, [gather]);
        return gather.Finish();
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        // An id written after any element ("**`locale`**{#locale}", MkDocs' attr_list), or given to a definition term, is a link target too.
        if (node is not HeadingBlock && node.TryGetAttributes()?.Id is { Length: > 0 } elementId)
        {
            _anchors.Add(elementId);
        }

        switch (node)
        {
            case HeadingBlock heading:
                _headings.Add(heading);
                break;
            case Footnote { Order: > 0 } footnote:
                _anchors.Add(FootnoteAnchors.NoteId(footnote));
                break;
            case FootnoteLink { IsBackLink: false } reference:
                _anchors.Add(FootnoteAnchors.ReferenceId(reference));
                break;
            case HtmlBlock block:
                AddRawHtmlAnchors(block.Lines.ToString(), _anchors);
                break;
            case HtmlInline inline:
                AddRawHtmlAnchors(inline.Tag, _anchors);
                break;
        }
    }

    /// <summary>The anchors the walk was shown, with the ids the headings have now.</summary>
    public HashSet<string> Finish()
    {
        foreach (var heading in _headings)
        {
            _anchors.Add(heading.GetAttributes().Id ?? "");
        }

        return _anchors;
    }

    /// <summary>Adds the anchor of each numbered source and of each place it is cited.</summary>
    public static void AddSources(HashSet<string> anchors, IEnumerable<SourceReference> sources)
    {
        foreach (var source in sources)
        {
            if (source.Number is not null && source.Id is not null)
            {
                anchors.Add(Citations.SourceAnchor(source.Id));
                anchors.UnionWith(source.CitedAt);
            }
        }
    }

    // Authors may place their own anchors in raw HTML (<a id="x">); those are targets too.
    private static void AddRawHtmlAnchors(string fragment, HashSet<string> anchors)
    {
        foreach (Match match in IdAttribute().Matches(fragment))
        {
            anchors.Add(match.Groups[2].Value);
        }
    }

    [GeneratedRegex("""\b(id|name)\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
