using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): removes other generators' template syntax (Hugo
/// shortcodes, Liquid tags, MDX components, kramdown attributes; see <see cref="ForeignSyntax"/>)
/// from the markdown text and warns once per file (TW0250 with the first removal's place).
/// </summary>
public static class RemoveForeignSyntax
{
    /// <summary>The body without foreign template syntax; <paramref name="removedAny"/> says whether some went.</summary>
    /// <param name="body">The page's markdown.</param>
    /// <param name="page">Where it is.</param>
    /// <param name="diagnostics">Gets the warning.</param>
    /// <param name="removedAny">Whether some template syntax went.</param>
    /// <param name="htmlAsText">Raw HTML is shown as text (<c>raw_html: escape</c>): templates inside tags stay as written.</param>
    /// <param name="templatesAreText">The docs' own generator runs no templates on markdown (<see cref="Markdown.MarkdownKeys.TemplatesAreText"/>): they stay as written.</param>
    public static string Apply(string body, PageBody page, DiagnosticSink diagnostics, out bool removedAny, bool htmlAsText = false, bool templatesAreText = false)
    {
        var removed = new List<ForeignSyntax.Removal>();
        body = ForeignSyntax.Rewrite(body, removed, "/" + page.Source, htmlAsText, templatesAreText);
        removedAny = removed.Count > 0;
        if (removed.Count > 0)
        {
            var first = removed[0];
            diagnostics.Add(Diagnostics.Codes.TemplateSyntaxRemoved.Create(
                new SourceLocation(page.Path, first.Line + page.LineOffset, first.Column),
                first.Text,
                removed.Count > 1 ? $" (and {removed.Count - 1} more in this file)" : ""));
        }

        return body;
    }
}
