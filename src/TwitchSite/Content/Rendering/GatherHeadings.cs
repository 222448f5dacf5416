using Markdig.Renderers.Html;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): the page's headings in document order with their
/// level, id (GitHub style, or written as <c>{#id}</c>), plain text and file line, for
/// <see cref="MarkdownKeys.Headings"/> (the contents list, link checks, the search index).
/// </summary>
public static class GatherHeadings
{
    /// <summary>The headings of <paramref name="syntax"/>; lines are in the file (<paramref name="page"/>).</summary>
    public static List<HeadingInfo> Of(MarkdownDocument syntax, PageBody page)
    {
        var headings = new List<HeadingInfo>();
        foreach (var block in SyntaxWalker.Blocks(syntax))
        {
            if (block is HeadingBlock heading)
            {
                headings.Add(new HeadingInfo(heading.Level, heading.GetAttributes().Id ?? "", InlineText.Of(heading.Inline), heading.Line + page.LineOffset));
            }
        }

        return headings;
    }
}
