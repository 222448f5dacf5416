using Markdig.Renderers.Html;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order; it finds the headings in the
/// page's single walk): the page's headings in document order with their
/// level, id (GitHub style, or written as <c>{#id}</c>), plain text and file line, for
/// <see cref="MarkdownKeys.Headings"/> (the contents list, link checks, the search index).
/// Their ids are read by <see cref="Finish"/>, after the walk, so that steps which rename
/// headings after it (<see cref="PythonMarkdownIds"/>) are seen.
/// </summary>
public sealed class GatherHeadings : ISyntaxVisitor
{
    private readonly List<HeadingBlock> _found = [];

    /// <summary>The headings of <paramref name="syntax"/>, in a walk of its own; lines are in the file (<paramref name="page"/>).</summary>
    public static List<HeadingInfo> Of(MarkdownDocument syntax, PageBody page)
    {
        var gather = new GatherHeadings();
        SyntaxWalker.Visit(syntax, [gather]);
        return gather.Finish(page);
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        if (node is HeadingBlock heading)
        {
            _found.Add(heading);
        }
    }

    /// <summary>The headings shown to the walk, with their ids as they are now; lines are in the file (<paramref name="page"/>).</summary>
    public List<HeadingInfo> Finish(PageBody page)
    {
        var headings = new List<HeadingInfo>(_found.Count);
        foreach (var heading in _found)
        {
            headings.Add(new HeadingInfo(heading.Level, heading.GetAttributes().Id ?? "", InlineText.Of(heading.Inline), heading.Line + page.LineOffset));
        }

        return headings;
    }
}
