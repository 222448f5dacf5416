using Markdig;
using Markdig.Syntax;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): the one parse of a page's body into the syntax tree
/// every later step reads and changes. Refuses markdown nested too deeply before Markdig sees it
/// (<see cref="NestingCheck"/>, TW0203) and then parses an empty body, so the page still exists
/// and links to it are not reported too.
/// </summary>
public static class ParseMarkdown
{
    /// <summary>
    /// The longest markdown body (after includes, in characters) a page may have. Markdig holds a
    /// node for every cell, line and span, so a huge page costs far more than its text (a 5 MB table
    /// took 10 s and 800 MB to parse; a 40 MB one 111 s and 6.6 GB, only for its HTML to pass the
    /// 64 MB page limit of the layouts). 8 M characters is far more than a page meant for reading
    /// holds, and bounds what one hostile file costs before anything is parsed.
    /// </summary>
    public const int MaxBodyChars = 8 * 1024 * 1024;

    /// <summary>
    /// True, with TW0411 at the page, when <paramref name="body"/> is longer than <see cref="MaxBodyChars"/>:
    /// the caller then renders an empty body (the page exists, so links to it are not reported too)
    /// without any of the work that grows with the page.
    /// </summary>
    public static bool RefuseTooLarge(string body, PageBody page, DiagnosticSink diagnostics)
    {
        if (body.Length <= MaxBodyChars)
        {
            return false;
        }

        diagnostics.Add(Diagnostics.Codes.PageMarkdownTooLarge.Create(new SourceLocation(page.Path), page.Source, body.Length / 1_000_000.0, MaxBodyChars / (1024 * 1024)));
        return true;
    }

    /// <summary>
    /// True, with TW0411 or TW0203 at the file, when <paramref name="body"/> is too long or nested too deeply for
    /// Markdig to read in reasonable time: the checks a page gets, for a file read as markdown that is no page
    /// (mdBook's SUMMARY.md), whose caller then goes on without it.
    /// </summary>
    public static bool RefuseUnreadable(string body, PageBody page, DiagnosticSink diagnostics)
    {
        if (RefuseTooLarge(body, page, diagnostics))
        {
            return true;
        }

        if (NestingCheck.Find(body) is not { } tooDeep)
        {
            return false;
        }

        diagnostics.Add(NestingDiagnostic(tooDeep, page));
        return true;
    }

    /// <summary>The syntax tree of <paramref name="body"/>, parsed with <paramref name="pipeline"/>; <c>[@id]</c> is read as a citation only when <paramref name="citations"/>.</summary>
    public static MarkdownDocument Parse(string body, PageBody page, MarkdownPipeline pipeline, DiagnosticSink diagnostics, bool citations = true)
    {
        if (NestingCheck.Find(body) is { } tooDeep)
        {
            // Refused before Markdig sees it: Markdig's work grows with the cube of the depth.
            diagnostics.Add(NestingDiagnostic(tooDeep, page));
            return Markdig.Markdown.Parse("", pipeline);
        }

        try
        {
            return Markdig.Markdown.Parse(body, pipeline, citations ? null : Markdown.Extensions.Citations.CitationParser.Disabled());
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses absurdly nested input this way; the check above should have caught it first.
            diagnostics.Add(Diagnostics.Codes.MarkdownTooDeepToRead.Create(new SourceLocation(page.Path, page.LineOffset), exception.Message.TrimEnd('.')));
            return Markdig.Markdown.Parse("", pipeline);
        }
    }

    /// <summary>
    /// The syntax tree of an HTML page's body (<see cref="HtmlPages"/>): one raw HTML block of all its
    /// lines, never read as markdown (an indented line of HTML is no code block, a blank line ends
    /// nothing), so every later step treats it exactly as raw HTML in markdown: its links resolved,
    /// its ids anchors, and what runs script refused or escaped by <c>raw_html</c>.
    /// </summary>
    public static MarkdownDocument ParseHtml(string body)
    {
        var document = new MarkdownDocument();
        var block = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Line = 0, Column = 0 };
        var start = 0;
        for (var line = 0; start < body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            var next = end < 0 ? body.Length : end + 1;
            var last = end < 0 ? body.Length - 1 : end - 1;
            if (last >= start && body[last] == '\r')
            {
                last--;
            }

            // The line's end is kept: the block's text (what the checks read, what is written) joins its lines with it.
            var slice = new Markdig.Helpers.StringSlice(body, start, last) { NewLine = Markdig.Helpers.NewLine.LineFeed };
            block.AppendLine(ref slice, 0, line, start, trackTrivia: false);
            start = next;
        }

        if (block.Lines.Count > 0)
        {
            document.Add(block);
        }

        return document;
    }

    private static Diagnostic NestingDiagnostic(NestingProblem problem, PageBody page)
    {
        var (what, limit, hint) = problem.Kind switch
        {
            NestingKind.Brackets => ("square brackets `[` open inside each other", NestingCheck.MaxInlineDepth, "close each `[` with `]`, or write `\\[` for a bracket that is only text"),
            NestingKind.Emphasis => ("emphasis markers `*` or `_` open inside each other", NestingCheck.MaxInlineDepth, "close each `*` or `_`, or write `\\*` for an asterisk that is only text"),
            _ => ("lists and quotes inside each other", NestingCheck.MaxBlockDepth, "a page never needs lists or quotes this deep: flatten them, or indent the line less"),
        };
        return Diagnostics.Codes.MarkdownTooDeep.Create(new SourceLocation(page.Path, problem.Line + page.LineOffset, problem.Column), limit, what) with { Hint = hint };
    }
}
