using System.Net;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order; it finds the markers in the
/// page's single walk and replaces them after it): puts the page's contents list (its level 2 and 3
/// headings, but those kramdown marks <c>{:.no_toc}</c>) where a kramdown <c>{:toc}</c> marker was (<see cref="ForeignSyntax.TocMarker"/>).
/// Runs after links are resolved: the list only links to the page's own headings.
/// </summary>
public sealed class InsertContentsLists : ISyntaxVisitor
{
    /// <summary>The class kramdown's <c>{:.no_toc}</c> gives a heading to keep it out of the contents.</summary>
    public const string NoTocClass = "no_toc";

    private List<ParagraphBlock>? _markers;
    private List<HeadingBlock>? _leftOut;

    /// <summary>Replaces each marker paragraph of <paramref name="syntax"/> with the list of <paramref name="headings"/>, in a walk of its own.</summary>
    public static void Apply(MarkdownDocument syntax, IReadOnlyList<HeadingInfo> headings)
    {
        var insert = new InsertContentsLists();
        SyntaxWalker.Visit(syntax, [insert]);
        insert.Finish(headings);
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        // Compared as a slice of the body: most paragraphs are one literal, and a string of each
        // was a tenth of what a page's markdown step allocated.
        if (node is ParagraphBlock { Inline.FirstChild: LiteralInline { NextSibling: null } literal } paragraph
            && literal.Content.AsSpan().SequenceEqual(ForeignSyntax.TocMarker))
        {
            (_markers ??= []).Add(paragraph);
        }
        else if (node is HeadingBlock heading && heading.TryGetAttributes()?.Classes?.Contains(NoTocClass) == true)
        {
            (_leftOut ??= []).Add(heading);
        }
    }

    /// <summary>Replaces each marker paragraph the walk was shown with the list of <paramref name="headings"/>.</summary>
    public void Finish(IReadOnlyList<HeadingInfo> headings)
    {
        // Ids are read now, after the walk: steps after it may rename headings.
        var leftOut = _leftOut?.Select(h => h.GetAttributes().Id).ToHashSet(StringComparer.Ordinal);
        foreach (var marker in _markers ?? [])
        {
            var html = new StringBuilder("<nav class=\"toc toc-inline\" aria-label=\"Contents\"><ul>");
            foreach (var heading in headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0 && leftOut?.Contains(h.Id) != true))
            {
                html.Append(heading.Level == 3 ? "<li class=\"toc-sub\">" : "<li>")
                    .Append("<a href=\"#").Append(WebUtility.HtmlEncode(heading.Id)).Append("\">")
                    .Append(WebUtility.HtmlEncode(heading.Text)).Append("</a></li>");
            }

            html.Append("</ul></nav>");
            var parent = marker.Parent!;
            parent[parent.IndexOf(marker)] = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = new Markdig.Helpers.StringLineGroup(html.ToString()) };
        }
    }
}
