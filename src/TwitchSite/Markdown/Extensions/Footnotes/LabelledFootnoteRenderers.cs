using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TwitchSite.Markdown.Extensions.Footnotes;

/// <summary>Writes the footnotes list as Markdig does, each item with its <see cref="FootnoteAnchors.NoteId"/>.</summary>
public sealed class LabelledFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.Write("<li id=\"").WriteEscape(FootnoteAnchors.NoteId(footnote)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}

/// <summary>Writes a footnote's citation and its back link as Markdig does, with the ids of <see cref="FootnoteAnchors"/>.</summary>
public sealed class LabelledFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var reference = FootnoteAnchors.ReferenceId(link);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#").WriteEscapeUrl(reference).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }

        var number = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"").WriteEscape(reference).Write("\" href=\"#").WriteEscapeUrl(FootnoteAnchors.NoteId(link.Footnote))
            .Write("\" class=\"footnote-ref\"><sup>").Write(number).Write("</sup></a>");
    }
}
