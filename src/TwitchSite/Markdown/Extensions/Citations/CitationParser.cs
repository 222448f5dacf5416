using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.Citations;

/// <summary>
/// Reads Pandoc-style citations: <c>[@id]</c> and <c>[@id1; @id2]</c>, on one line. Brackets
/// followed by <c>(</c> or by a reference label <c>[label]</c> are a link
/// (<c>[@someone](https://...)</c>) and are left to Markdig's link parser; a footnote or another
/// citation may follow straight on (<c>[@a][^1]</c>, <c>[@a][@b]</c>). Brackets that start with <c>@</c> but hold anything other than ids
/// separated by ';' become a malformed citation, which the build reports. Code spans are read
/// before this parser sees their brackets, so citations in code are never citations. A parse
/// given <see cref="Disabled"/> reads no citations (a site that lists no sources).
/// </summary>
public sealed class CitationParser : InlineParser
{
    // The parser context property that turns the parser off for one parse.
    private const string DisabledKey = "twitchsite.citations.disabled";

    /// <summary>Creates the parser, triggered by '['.</summary>
    public CitationParser() => OpeningCharacters = ['['];

    /// <summary>A parser context for <c>Markdown.Parse</c> under which brackets starting with <c>@</c> are plain markdown, not citations.</summary>
    public static MarkdownParserContext Disabled()
    {
        var context = new MarkdownParserContext();
        context.Properties[DisabledKey] = true;
        return context;
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@' || processor.Context?.Properties.ContainsKey(DisabledKey) == true)
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = -1;
        for (var i = start + 2; i <= slice.End; i++)
        {
            var c = text[i];
            if (c is '[' or '\n' or '\r')
            {
                return false;
            }

            if (c == ']')
            {
                close = i;
                break;
            }
        }

        if (close < 0 || IsLink(text, close + 1, slice.End))
        {
            return false;
        }

        // "[@name on X]" with "[@name on X]: https://…" defined in the page is a shortcut reference link, not a citation.
        if (processor.Document.TryGetLinkReferenceDefinition(text.Substring(start, close - start + 1).Trim('[', ']'), out _))
        {
            return false;
        }

        var inner = text.Substring(start + 1, close - start - 1);
        var ids = new List<string>();
        var columns = new List<int>();
        var malformed = !TryReadIds(inner, ids, columns);
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Text = inner,
            Ids = malformed ? [] : ids,
            IdColumns = malformed ? [] : columns.Select(c => column + 1 + c).ToList(),
            IsMalformed = malformed,
            Span = new Markdig.Syntax.SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        processor.Document.SetData(Citations.FoundKey, true);
        return true;
    }

    /// <summary>
    /// True when the brackets are a link's text: followed by "(" (inline link) or by "[" that
    /// starts a reference label. "[^" (a footnote) and "[@" (another citation) do not.
    /// </summary>
    private static bool IsLink(string text, int next, int end) =>
        next <= end && (text[next] == '(' || (text[next] == '[' && !(next + 1 <= end && text[next + 1] is '^' or '@')));

    /// <summary>Reads "@a; @b" into ids and the offset of each '@' in <paramref name="inner"/>; false when it is anything else.</summary>
    private static bool TryReadIds(string inner, List<string> ids, List<int> offsets)
    {
        var offset = 0;
        foreach (var part in inner.Split(';'))
        {
            var lead = part.Length - part.TrimStart().Length;
            var trimmed = part.Trim();
            if (trimmed.Length < 2 || trimmed[0] != '@' || !Citations.IsValidId(trimmed[1..]))
            {
                return false;
            }

            ids.Add(trimmed[1..]);
            offsets.Add(offset + lead);
            offset += part.Length + 1;
        }

        return ids.Count > 0;
    }
}
