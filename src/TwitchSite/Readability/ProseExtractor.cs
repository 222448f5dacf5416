using System.Text;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Readability;

/// <summary>
/// Reads the visible text of a page from its Markdig syntax tree (never from HTML): headings,
/// paragraphs, list items, table cells, definition terms, and the text inside quotes, alerts and
/// footnotes. Leaves out code blocks, raw HTML, images and link addresses (link text stays).
/// </summary>
public static class ProseExtractor
{
    /// <summary>The text units of <paramref name="document"/>, in reading order.</summary>
    /// <param name="document">The parsed page body.</param>
    /// <param name="lineOffset">File line of the body's first line (after front matter).</param>
    public static List<TextUnit> Extract(MarkdownDocument document, int lineOffset)
    {
        var units = new List<TextUnit>();
        Walk(document, lineOffset, (kind, text, anchors) => units.Add(new TextUnit(kind, text.ToString(), anchors.ToArray())), inList: false);
        return units;
    }

    /// <summary>
    /// Adds the text units of <paramref name="document"/> to <paramref name="counter"/>, in
    /// reading order, without making a string of each (what <see cref="Extract"/> gives, counted).
    /// </summary>
    public static void Measure(MarkdownDocument document, int lineOffset, ProseStats.Counter counter) =>
        Walk(document, lineOffset, (_, text, anchors) => counter.Add(text, anchors), inList: false);

    /// <summary>Receives one text unit: its kind, its text and where each piece of it starts.</summary>
    private delegate void TextSink(TextUnitKind kind, ReadOnlySpan<char> text, ReadOnlySpan<(int Offset, int Line, int Column)> anchors);

    private static void Walk(ContainerBlock container, int lineOffset, TextSink sink, bool inList)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(sink, TextUnitKind.Heading, heading.Inline, lineOffset);
                    break;
                case DefinitionTerm term:
                    Add(sink, TextUnitKind.Heading, term.Inline, lineOffset);
                    break;
                case ParagraphBlock paragraph:
                    var kind = container is TableCell ? TextUnitKind.TableCell : inList ? TextUnitKind.ListItem : TextUnitKind.Paragraph;
                    Add(sink, kind, paragraph.Inline, lineOffset);
                    break;
                case CodeBlock or HtmlBlock or ThematicBreakBlock:
                    break; // code, raw HTML and rules are not prose
                case ListItemBlock item:
                    Walk(item, lineOffset, sink, inList: true);
                    break;
                case ContainerBlock child:
                    Walk(child, lineOffset, sink, inList && child is not QuoteBlock);
                    break;
            }
        }
    }

    // One builder, one character buffer and one anchor list per thread, reused from unit to unit:
    // pages have hundreds of paragraphs.
    [ThreadStatic]
    private static StringBuilder? t_text;
    [ThreadStatic]
    private static char[]? t_chars;
    [ThreadStatic]
    private static List<(int, int, int)>? t_anchors;

    private static void Add(TextSink sink, TextUnitKind kind, ContainerInline? inline, int lineOffset)
    {
        var text = t_text ??= new StringBuilder(1024);
        var anchors = t_anchors ??= [];
        text.Clear();
        anchors.Clear();
        Append(inline, text, anchors, lineOffset);
        if (!HasLetterOrDigit(text))
        {
            return;
        }

        if (t_chars is null || t_chars.Length < text.Length)
        {
            t_chars = new char[Math.Max(text.Length, 4096)];
        }

        text.CopyTo(0, t_chars, 0, text.Length);
        sink(kind, t_chars.AsSpan(0, text.Length), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(anchors));
    }

    private static bool HasLetterOrDigit(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Append(Inline? inline, StringBuilder text, List<(int, int, int)> anchors, int lineOffset)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                anchors.Add((text.Length, literal.Line + lineOffset, literal.Column + 1));
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                anchors.Add((text.Length, code.Line + lineOffset, code.Column + 2));
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case LinkInline { IsImage: true }:
                break; // alt text is not read as part of the page's prose
            case AutolinkInline or HtmlInline or HtmlEntityInline { Transcoded.Length: 0 }:
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text, anchors, lineOffset);
                }

                break;
        }
    }
}
