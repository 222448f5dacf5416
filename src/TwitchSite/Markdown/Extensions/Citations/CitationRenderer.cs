using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TwitchSite.Markdown.Extensions.Citations;

/// <summary>
/// Writes a citation as numbered links to the page's sources list, in a superscript:
/// <c>&lt;sup class="cite"&gt;&lt;a href="#source-nhs" id="cite-1" title="Source 1"&gt;[1]&lt;/a&gt;&lt;/sup&gt;</c>.
/// Screen readers say "Source 1" rather than "left bracket 1 right bracket"; search leaves the
/// numbers out of its index. A malformed citation is written as the text it was.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.IsMalformed || citation.Marks.Count == 0)
        {
            renderer.WriteEscape("[" + citation.Text + "]");
            return;
        }

        // A word joiner first, so the numbers never wrap away from the claim they support; inside
        // the sup, which search skips, so the index never holds it as a word of its own (a list
        // item ending in a citation then still ends its sentence there).
        renderer.Write(citation.SpaceBefore ? "<sup class=\"cite\" data-pagefind-ignore> &#8288;" : "<sup class=\"cite\" data-pagefind-ignore>&#8288;");
        foreach (var mark in citation.Marks)
        {
            var number = mark.Number.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"#").WriteEscape(mark.SourceAnchor).Write("\" id=\"").WriteEscape(mark.Anchor)
                .Write("\" title=\"Source ").Write(number).Write("\">[").Write(number).Write("]</a>");
        }

        renderer.Write("</sup>");
    }
}
