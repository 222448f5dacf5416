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
/// Punctuation touching a marked term is kept on its line (<c>span.glossary-nobreak</c>, which
/// themes style <c>white-space: nowrap</c>).
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

            // The button is an atomic inline, which browsers may break a line before or after even
            // against punctuation ("(" at a line's end, the term on the next). Punctuation touching
            // the term goes into a span that does not wrap (the theme's .glossary-nobreak).
            var before = text[..match.Index];
            var after = text[(match.Index + match.Length)..];
            var opening = Touching(before, fromEnd: true);
            var closing = Touching(after, fromEnd: false);
            if (opening + closing == 0)
            {
                _literals.Write(renderer, new LiteralInline(before));
                renderer.Write(new HtmlInline(Html(entry, match.Value)));
                WriteMarked(renderer, after, null);
                return;
            }

            _literals.Write(renderer, new LiteralInline(before[..^opening]));
            renderer.Write(new HtmlInline("<span class=\"glossary-nobreak\">"));
            _literals.Write(renderer, new LiteralInline(before[^opening..]));
            renderer.Write(new HtmlInline(Html(entry, match.Value)));
            _literals.Write(renderer, new LiteralInline(after[..closing]));
            renderer.Write(new HtmlInline("</span>"));
            WriteMarked(renderer, after[closing..], null);
            return;
        }

        _literals.Write(renderer, original ?? new LiteralInline(text));
    }

    // How many punctuation marks touch the term: at the end of the text before it, or at the start of the text after it.
    private static int Touching(string text, bool fromEnd)
    {
        var count = 0;
        while (count < text.Length && count < 4)
        {
            var c = fromEnd ? text[text.Length - 1 - count] : text[count];
            if (!char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                break;
            }

            count++;
        }

        return count;
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
