using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/>'s walk: finds images that another site serves (a markdown
/// image or a raw <c>&lt;img&gt;</c>, <c>&lt;source&gt;</c> or <c>poster</c> whose address is
/// <c>https://…</c>, <c>http://…</c> or <c>//…</c>). Every page's Content-Security-Policy lets images
/// come from the site itself only (nothing it shows is fetched from elsewhere), so a reader's browser
/// does not show them: badges of a README, a screenshot on another host. <see cref="Finish"/> reports
/// that once per page (TW0226, a warning at the first, with how many more), so the writer knows
/// why and can save the image in the site's folder. Reads the tree as written.
/// </summary>
public sealed class CheckOtherSiteImages : ISyntaxVisitor
{
    private static readonly HashSet<string> ImageElements = new(StringComparer.OrdinalIgnoreCase) { "img", "source", "video", "input", "image" };
    private static readonly HashSet<string> ImageAttributes = new(StringComparer.OrdinalIgnoreCase) { "src", "srcset", "poster", "href", "xlink:href" };

    private readonly PageBody _page;
    private (string Url, SourceLocation Where)? _first;
    private int _count;

    /// <summary>The check for one page.</summary>
    public CheckOtherSiteImages(PageBody page)
    {
        _page = page;
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case LinkInline { IsImage: true } image when IsOtherSite(image.Url):
                Found(image.Url!, _page.At(image.Line, image.Column + 1));
                break;
            case HtmlBlock block:
                FindInHtml(block.Lines.ToString(), block.Line, block.Column);
                break;
            case HtmlInline inline:
                FindInHtml(inline.Tag, inline.Line, inline.Column);
                break;
        }
    }

    /// <summary>Reports the page's images from other sites, if any, once (TW0226).</summary>
    public void Finish(DiagnosticSink diagnostics)
    {
        if (_first is { } first)
        {
            diagnostics.Add(Codes.OtherSiteImage.Create(first.Where, first.Url, _count > 1 ? $" (and {_count - 1} more in this file)" : ""));
        }
    }

    private void FindInHtml(string html, int line, int column)
    {
        if (!html.Contains("//", StringComparison.Ordinal))
        {
            return;
        }

        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag || !ImageElements.Contains(tag.Name))
            {
                continue;
            }

            foreach (var attribute in tag.Attributes)
            {
                // "href" is an image only on SVG's <image>; a srcset lists several addresses, each counted by its first.
                if (ImageAttributes.Contains(attribute.Name) && (attribute.Name.EndsWith("href", StringComparison.OrdinalIgnoreCase) == tag.Name.Equals("image", StringComparison.OrdinalIgnoreCase))
                    && IsOtherSite(attribute.Value.TrimStart()))
                {
                    var position = attribute.Position;
                    Found(attribute.Value.Trim().Split(' ')[0], _page.At(line + position.Line - 1, position.Line == 1 ? column + position.Column : position.Column));
                }
            }
        }
    }

    private void Found(string url, SourceLocation where)
    {
        _first ??= (url, where);
        _count++;
    }

    private static bool IsOtherSite(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));
}
