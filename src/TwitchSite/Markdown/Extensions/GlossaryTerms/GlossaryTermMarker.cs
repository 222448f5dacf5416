using System.Net;
using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown.Extensions.GlossaryTerms;

/// <summary>
/// Marks the first use of each glossary term on a page: the word becomes a button described
/// by a tooltip holding the plain definition (shown on hover, focus and tap by the theme).
/// Text in headings, links, code and care card headings is left alone.
/// </summary>
public static class GlossaryTermMarker
{
    /// <summary>Marks first uses in <paramref name="document"/>; returns how many terms were marked.</summary>
    public static int Mark(MarkdownDocument document, GlossaryIndex glossary)
    {
        if (glossary.Pattern is null)
        {
            return 0;
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock || leaf.Inline is null || IsCareCardHeading(leaf))
            {
                continue;
            }

            foreach (var literal in leaf.Inline.Descendants<LiteralInline>().ToList())
            {
                if (!IsInsideLink(literal))
                {
                    MarkLiteral(literal, glossary, marked);
                }
            }
        }

        return marked.Count;
    }

    private static void MarkLiteral(LiteralInline literal, GlossaryIndex glossary, HashSet<string> marked)
    {
        var text = literal.Content.ToString();
        foreach (System.Text.RegularExpressions.Match match in glossary.Pattern!.Matches(text))
        {
            var entry = glossary.EntryOf(match.Value);
            if (!marked.Add(entry.Id))
            {
                continue;
            }

            var before = text[..match.Index];
            var after = text[(match.Index + match.Length)..];
            literal.Content = new Markdig.Helpers.StringSlice(before);
            var html = new HtmlInline(Html(entry, match.Value));
            literal.InsertAfter(html);
            var rest = new LiteralInline(after);
            html.InsertAfter(rest);
            MarkLiteral(rest, glossary, marked); // other terms may follow in the same text
            return;
        }
    }

    // The tip is the glossary's text, not the page's: search indexes it on the glossary page
    // only (data-pagefind-ignore), so excerpts read as the page's own sentences.
    private static string Html(GlossaryEntry entry, string word)
    {
        var id = "term-" + entry.Id;
        return $"<span class=\"glossary-term\"><button type=\"button\" class=\"glossary-term-button\" aria-describedby=\"{id}\">{WebUtility.HtmlEncode(word)}</button>" +
               $"<span class=\"glossary-tip\" role=\"tooltip\" data-pagefind-ignore id=\"{id}\">{WebUtility.HtmlEncode(entry.Definition)}</span></span>";
    }

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCareCardHeading(LeafBlock leaf) =>
        leaf is ParagraphBlock && leaf.Parent is AlertBlock alert && CareCards.CareCards.KindOf(alert) is not null && alert[0] == leaf &&
        InlineText.Of(leaf.Inline).EndsWith(':');
}
