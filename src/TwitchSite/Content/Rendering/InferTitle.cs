using Markdig.Syntax;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Urls;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): writes <see cref="MarkdownKeys.TitleInContent"/> (the body
/// starts with a level-1 heading, so the layout prints no other) and, for a page whose front
/// matter (or folder defaults) set no title, <see cref="PageKeys.Title"/>: the text of its first
/// level-1 heading, or else a title made from its file name.
/// </summary>
public static partial class InferTitle
{
    /// <summary>
    /// True when the body starts with a level-1 heading (<see cref="MarkdownKeys.TitleInContent"/>), after
    /// what shows nothing: MyST targets (<c>(label)=</c>, as Sphinx docs name a page before its title), HTML comments
    /// and empty anchors (<c>&lt;a id="old"&gt;&lt;/a&gt;</c>).
    /// </summary>
    public static bool IsInContent(MarkdownDocument syntax) => OpeningHeading(syntax) is { Level: 1 };

    /// <summary>
    /// The heading of any level that opens the body, after what shows nothing (as for <see cref="IsInContent"/>);
    /// null when the body opens with anything else.
    /// </summary>
    public static HeadingBlock? OpeningHeading(MarkdownDocument syntax)
    {
        foreach (var block in syntax)
        {
            if (block is HeadingBlock heading)
            {
                return heading;
            }

            if (!ShowsNothing(block))
            {
                return null;
            }
        }

        return null;
    }

    private static bool ShowsNothing(Block block) => block switch
    {
        HtmlBlock { Type: HtmlBlockType.Comment } => true,
        // A MyST target once MystAnchors made it an anchor: an empty span with an id.
        HtmlBlock { Lines.Count: 1 } html => html.Lines.Lines[0].Slice.AsSpan() is var text
            && text.StartsWith("<span id=\"", StringComparison.Ordinal) && text.EndsWith("\"></span>", StringComparison.Ordinal),
        // Anchors kept for old links ("<a id="old-heading"></a>" above the title, as the Rust book keeps
        // them): a paragraph of raw HTML, since an open tag followed by more on its line starts no HTML block.
        ParagraphBlock { Inline: { } anchors } when IsEmptyAnchors(anchors) => true,
        ParagraphBlock { Inline: { FirstChild: Markdig.Syntax.Inlines.CodeInline code } inline } =>
            code.NextSibling is null && inline.LastChild == code && code.Content.StartsWith(ForeignSyntax.MystTargetMarker, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary><paramref name="page"/> with a title when it sets none; <paramref name="settings"/> say which keys a page sets.</summary>
    /// <remarks>With <paramref name="anyLevel"/> (an HTML page, whose pages often open with an <c>h2</c>), the first heading of any level.</remarks>
    public static Document Apply(Document page, IReadOnlyList<HeadingInfo> headings, Metadata settings, bool anyLevel = false)
    {
        if (ValidateFrontMatter.IsSetByPage(page.Metadata, settings, PageKeys.Title))
        {
            return page;
        }

        var title = headings.FirstOrDefault(h => anyLevel || h.Level == 1)?.Text;
        return page.WithValue(PageKeys.Title, string.IsNullOrWhiteSpace(title) ? TitleFromFileName(page.Source) : title);
    }

    /// <summary>"getting-started.md" becomes "Getting started"; an index page takes its folder's name.</summary>
    public static string TitleFromFileName(string source)
    {
        var parts = source.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (UrlMapper.IsIndexName(name))
        {
            name = parts.Length > 1 ? parts[^2] : "Home";
        }

        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Home" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>True when <paramref name="inline"/> holds only empty anchors: <c>&lt;a id="x"&gt;</c> (or <c>name=</c>), <c>&lt;/a&gt;</c> and spaces.</summary>
    private static bool IsEmptyAnchors(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var any = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case Markdig.Syntax.Inlines.HtmlInline { Tag: var tag } when tag == "</a>" || AnchorTag().IsMatch(tag):
                    any = true;
                    break;
                case Markdig.Syntax.Inlines.LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case Markdig.Syntax.Inlines.LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return any;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<a\s+(id|name)=(""[^""]*""|'[^']*')\s*>$")]
    private static partial System.Text.RegularExpressions.Regex AnchorTag();
}
