using System.Net;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown.Extensions.GlossaryTerms;

/// <summary>
/// Writes text (Markdig's <see cref="LiteralInline"/>) with the first use of each glossary term
/// on the page as a button described by a tooltip holding the plain definition (shown on hover,
/// focus and tap by the theme). Text in headings, links and care card headings is written as
/// is, as is all text once each term has been marked; code is never a literal, so never marked.
/// Every piece of text goes through Markdig's own literal renderer, so escaping is Markdig's.
/// </summary>
public sealed class GlossaryTermRenderer : HtmlObjectRenderer<LiteralInline>
{
    private readonly HtmlObjectRenderer<LiteralInline> _literals;
    private readonly GlossaryIndex _glossary;

    // Term ids already marked on the page being rendered. A renderer renders one page at a time
    // (Markdig rents renderers out one caller at a time) and starts again at each new page.
    private readonly HashSet<string> _marked = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="literals"/>, the renderer it writes all text with, for <paramref name="renderer"/>.</summary>
    public GlossaryTermRenderer(HtmlObjectRenderer<LiteralInline> literals, GlossaryIndex glossary, HtmlRenderer renderer)
    {
        _literals = literals;
        _glossary = glossary;
        renderer.ObjectWriteBefore += (_, written) =>
        {
            if (written is MarkdownDocument)
            {
                _marked.Clear();
            }
        };
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (_glossary.Pattern is null || !MayMark(literal))
        {
            _literals.Write(renderer, literal);
            return;
        }

        WriteMarked(renderer, literal.Content.ToString(), literal);
    }

    // Writes text with its first unmarked term marked, then the rest the same way. The rest is
    // matched on its own (as a new string), as the text it is.
    private void WriteMarked(HtmlRenderer renderer, string text, LiteralInline? original)
    {
        foreach (System.Text.RegularExpressions.Match match in _glossary.Pattern!.Matches(text))
        {
            var entry = _glossary.EntryOf(match.Value);
            if (!_marked.Add(entry.Id))
            {
                continue;
            }

            _literals.Write(renderer, new LiteralInline(text[..match.Index]));
            renderer.Write(new HtmlInline(Html(entry, match.Value)));
            WriteMarked(renderer, text[(match.Index + match.Length)..], null);
            return;
        }

        _literals.Write(renderer, original ?? new LiteralInline(text));
    }

    // The tip is the glossary's text, not the page's: search indexes it on the glossary page
    // only (data-pagefind-ignore), so excerpts read as the page's own sentences.
    private static string Html(GlossaryEntry entry, string word)
    {
        var id = "term-" + entry.Id;
        return $"<span class=\"glossary-term\"><button type=\"button\" class=\"glossary-term-button\" aria-describedby=\"{id}\">{WebUtility.HtmlEncode(word)}</button>" +
               $"<span class=\"glossary-tip\" role=\"tooltip\" data-pagefind-ignore id=\"{id}\">{WebUtility.HtmlEncode(entry.Definition)}</span></span>";
    }

    // Only text of the page's paragraphs and cells (a leaf block's inlines), outside links
    // (a button inside a link is not allowed) and outside headings and care card headings.
    private static bool MayMark(LiteralInline literal)
    {
        Inline inline = literal;
        while (inline.Parent is { } parent)
        {
            if (parent is LinkInline)
            {
                return false;
            }

            inline = parent;
        }

        var leaf = (inline as ContainerInline)?.ParentBlock;
        return leaf is not null and not HeadingBlock && !IsCareCardHeading(leaf);
    }

    private static bool IsCareCardHeading(LeafBlock leaf) =>
        leaf is ParagraphBlock && leaf.Parent is AlertBlock alert && CareCards.CareCards.KindOf(alert) is not null && alert[0] == leaf &&
        InlineText.Of(leaf.Inline).EndsWith(':');
}
