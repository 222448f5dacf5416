using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;
using TwitchSite.Settings;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order, this one in the page's single
/// walk): following the <c>raw_html</c> setting, reports script
/// URLs in links and autolinks (TW0221, unless <c>allow</c>) and dangerous raw HTML (TW0220 and
/// friends, with <c>refuse</c>; see <see cref="RawHtmlCheck"/>), in document order, each at its
/// own line and column. Reads the tree as written, so it runs before links are rewritten.
/// </summary>
public sealed class CheckRawHtml : ISyntaxVisitor
{
    private readonly RawHtmlMode _mode;
    private readonly PageBody _page;
    private readonly DiagnosticSink _diagnostics;

    private CheckRawHtml(RawHtmlMode mode, PageBody page, DiagnosticSink diagnostics)
    {
        _mode = mode;
        _page = page;
        _diagnostics = diagnostics;
    }

    /// <summary>The check for one page, or null with <c>raw_html: allow</c> (nothing to report).</summary>
    public static CheckRawHtml? For(RawHtmlMode mode, PageBody page, DiagnosticSink diagnostics) =>
        mode == RawHtmlMode.Allow ? null : new CheckRawHtml(mode, page, diagnostics);

    /// <summary>Reports the dangerous URLs and raw HTML of <paramref name="syntax"/> in a walk of its own.</summary>
    public static void Report(MarkdownDocument syntax, RawHtmlMode mode, PageBody page, DiagnosticSink diagnostics)
    {
        if (For(mode, page, diagnostics) is { } check)
        {
            SyntaxWalker.Visit(syntax, [check]);
        }
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case LinkInline link when RawHtmlCheck.InUrl(link.Url, link.IsImage) is { } danger:
                _diagnostics.Add(danger with { Location = _page.At(link.Line, link.Column + 1) });
                break;
            case AutolinkInline autolink when RawHtmlCheck.InUrl(autolink.Url, isImage: false) is { } danger:
                _diagnostics.Add(danger with { Location = _page.At(autolink.Line, autolink.Column + 1) });
                break;
            case HtmlBlock block when _mode == RawHtmlMode.Refuse:
                RefuseDangerousHtml(block.Lines.ToString(), block);
                break;
            case HtmlInline inline when _mode == RawHtmlMode.Refuse:
                RefuseDangerousHtml(inline.Tag, inline);
                break;
        }
    }

    /// <summary>Reports each dangerous part of a piece of raw HTML at its own line and column in the file.</summary>
    private void RefuseDangerousHtml(string html, MarkdownObject node)
    {
        var lines = node is HtmlBlock block ? block.Lines.Lines : null;
        foreach (var finding in RawHtmlCheck.InHtml(html))
        {
            // A block's lines keep their own columns (they may sit inside a list or quote); an inline tag starts at its column.
            var (line, column) = lines is not null && finding.Line - 1 < lines.Length
                ? (lines[finding.Line - 1].Line + _page.LineOffset, lines[finding.Line - 1].Column + finding.Column)
                : (node.Line + _page.LineOffset + finding.Line - 1, finding.Line == 1 ? node.Column + finding.Column : finding.Column);
            _diagnostics.Add(finding.Diagnostic with { Location = new SourceLocation(_page.Path, line, column) });
        }
    }
}
