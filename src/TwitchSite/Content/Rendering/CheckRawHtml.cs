using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;
using TwitchSite.Settings;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): following the <c>raw_html</c> setting, reports script
/// URLs in links and autolinks (TW0221, unless <c>allow</c>) and dangerous raw HTML (TW0220 and
/// friends, with <c>refuse</c>; see <see cref="RawHtmlCheck"/>), in document order, each at its
/// own line and column. Reads the tree as written, so it runs before links are rewritten.
/// </summary>
public static class CheckRawHtml
{
    /// <summary>Reports the dangerous URLs and raw HTML of <paramref name="syntax"/>.</summary>
    public static void Report(MarkdownDocument syntax, RawHtmlMode mode, PageBody page, DiagnosticSink diagnostics)
    {
        if (mode == RawHtmlMode.Allow)
        {
            return;
        }

        foreach (var node in SyntaxWalker.Nodes(syntax))
        {
            switch (node)
            {
                case LinkInline link when RawHtmlCheck.InUrl(link.Url, link.IsImage) is { } danger:
                    diagnostics.Add(danger with { Location = page.At(link.Line, link.Column + 1) });
                    break;
                case AutolinkInline autolink when RawHtmlCheck.InUrl(autolink.Url, isImage: false) is { } danger:
                    diagnostics.Add(danger with { Location = page.At(autolink.Line, autolink.Column + 1) });
                    break;
                case HtmlBlock block when mode == RawHtmlMode.Refuse:
                    RefuseDangerousHtml(block.Lines.ToString(), block, page, diagnostics);
                    break;
                case HtmlInline inline when mode == RawHtmlMode.Refuse:
                    RefuseDangerousHtml(inline.Tag, inline, page, diagnostics);
                    break;
            }
        }
    }

    /// <summary>Reports each dangerous part of a piece of raw HTML at its own line and column in the file.</summary>
    private static void RefuseDangerousHtml(string html, MarkdownObject node, PageBody page, DiagnosticSink diagnostics)
    {
        var lines = node is HtmlBlock block ? block.Lines.Lines : null;
        foreach (var finding in RawHtmlCheck.InHtml(html))
        {
            // A block's lines keep their own columns (they may sit inside a list or quote); an inline tag starts at its column.
            var (line, column) = lines is not null && finding.Line - 1 < lines.Length
                ? (lines[finding.Line - 1].Line + page.LineOffset, lines[finding.Line - 1].Column + finding.Column)
                : (node.Line + page.LineOffset + finding.Line - 1, finding.Line == 1 ? node.Column + finding.Column : finding.Column);
            diagnostics.Add(finding.Diagnostic with { Location = new SourceLocation(page.Path, line, column) });
        }
    }
}
