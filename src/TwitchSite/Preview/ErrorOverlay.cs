using System.Globalization;
using System.Net;
using System.Text;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Preview;

/// <summary>
/// The page the preview serves instead of every HTML page while the latest rebuild failed: each
/// diagnostic with its <c>path:line:col</c>, severity, code and message, the source line with a
/// caret, and the hint, in the order and words the terminal shows. Every piece of text is
/// HTML-escaped (messages quote the user's own content). Styles and the live-reload script are
/// files served by the preview, so the page needs no inline code.
/// </summary>
public static class ErrorOverlay
{
    /// <summary>Renders the overlay for <paramref name="diagnostics"/>.</summary>
    /// <param name="diagnostics">The failed build's diagnostics, in report order.</param>
    /// <param name="formatter">Formats paths and reads source lines as the terminal does.</param>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormatter formatter)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build failed: TwitchSite preview</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(PreviewPaths.OverlayStylesheet).Append("\">\n")
            .Append("<script src=\"").Append(PreviewPaths.LiveReloadScript).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n<main class=\"ts-overlay\">\n")
            .Append("<h1>The site could not be built</h1>\n")
            .Append("<p class=\"ts-summary\" role=\"status\">")
            .Append(Escape(Count(errors, "error"))).Append(", ").Append(Escape(Count(warnings, "warning")))
            .Append(". Fix the file and save it: this page reloads by itself.</p>\n")
            .Append("<ol class=\"ts-diagnostics\">\n");

        AppendList(html, diagnostics, formatter);
        html.Append("</ol>\n<p class=\"ts-footer\">The terminal running the preview shows the same list. Pages that could be built are served with this list over them.</p>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The panel of problems added over each page the failed build could write: the same list as
    /// the whole overlay, in an <c>aside</c> with its own stylesheet (scoped to <c>.ts-panel</c>, so
    /// the page keeps its look), placed first in the body so keyboard and screen reader users meet it first.
    /// </summary>
    public static string RenderPanel(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormatter formatter)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var html = new StringBuilder();
        html.Append("<aside class=\"ts-panel\" aria-labelledby=\"ts-panel-title\">\n")
            .Append("<h2 id=\"ts-panel-title\">The site has problems: ")
            .Append(Escape(Count(errors, "error"))).Append(", ").Append(Escape(Count(warnings, "warning")))
            .Append("</h2>\n<p>This page is built from the files as they are; fix the problems and save: the page reloads by itself. <code>build</code> publishes nothing until they are fixed.</p>\n")
            .Append("<ol class=\"ts-diagnostics\">\n");
        AppendList(html, diagnostics, formatter);
        html.Append("</ol>\n</aside>\n");
        return html.ToString();
    }

    /// <summary>
    /// <paramref name="page"/> with the panel's stylesheet before <c>&lt;/head&gt;</c> and
    /// <paramref name="panel"/> right after the opening <c>&lt;body&gt;</c> tag (at the start when there is none).
    /// </summary>
    public static string AddPanel(string page, string panel)
    {
        var link = "<link rel=\"stylesheet\" href=\"" + PreviewPaths.PanelStylesheet + "\">\n";
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0)
        {
            page = page[..head] + link + page[head..];
        }

        var body = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var afterBody = body >= 0 ? page.IndexOf('>', body) + 1 : 0;
        return page[..afterBody] + (head >= 0 ? "" : link) + panel + page[afterBody..];
    }

    private static void AppendList(StringBuilder html, IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormatter formatter)
    {
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            html.Append("<li class=\"ts-diagnostic is-").Append(severity).Append("\">\n");
            if (diagnostic.Location is { } location)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"{formatter.DisplayPath(location.FullPath)}:{location.Line}:{location.Column}");
                html.Append("<p class=\"ts-where\">").Append(Escape(where)).Append("</p>\n");
            }

            html.Append("<p class=\"ts-message\"><span class=\"ts-severity\">").Append(Escape(severity)).Append("</span> ")
                .Append(Escape(diagnostic.Code)).Append(": ").Append(Escape(diagnostic.Message)).Append("</p>\n");
            if (formatter.Excerpt(diagnostic) is { } excerpt)
            {
                var (line, caret) = Window(excerpt.Line, excerpt.Caret.Length - 1);
                html.Append("<pre class=\"ts-source\"><code>").Append(Escape(line)).Append('\n').Append(Escape(caret)).Append("</code></pre>\n");
            }

            if (!string.IsNullOrEmpty(diagnostic.Hint))
            {
                html.Append("<p class=\"ts-hint\">hint: ").Append(Escape(diagnostic.Hint)).Append("</p>\n");
            }

            html.Append("</li>\n");
        }
    }

    /// <summary>
    /// A long source line cut to the part around the column, so the caret is in view without
    /// scrolling (the terminal shows the whole line).
    /// </summary>
    internal static (string Line, string Caret) Window(string line, int caretIndex, int before = 50, int after = 50)
    {
        var start = caretIndex > before + 10 ? caretIndex - before : 0;
        var end = Math.Min(line.Length, Math.Max(caretIndex + after, start + before + after));
        var shown = (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
        var caret = new string(' ', caretIndex - start + (start > 0 ? 1 : 0)) + "^";
        return (shown, caret);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
