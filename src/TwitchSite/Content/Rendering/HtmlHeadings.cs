using AngleSharp.Html.Parser;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> for an HTML page (<see cref="HtmlPages"/>), whose body has no
/// markdown headings: its <c>h1</c>–<c>h6</c> elements, read with AngleSharp's HTML parser (the rules
/// browsers use), in document order with their level, id (empty when the element has none), text and
/// file line. The page's title, when its front matter sets none, is the first one's text.
/// </summary>
public static class HtmlHeadings
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>The headings of <paramref name="html"/>, the body of <paramref name="page"/>.</summary>
    public static List<HeadingInfo> Of(string html, PageBody page)
    {
        var document = Parser.ParseDocument(html);
        return
        [
            .. document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => new HeadingInfo(
                h.LocalName[1] - '0',
                h.Id ?? "",
                string.Join(' ', h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                (h.SourceReference?.Position.Line ?? 1) - 1 + page.LineOffset)),
        ];
    }
}
