using System.Buffers;

namespace TwitchSite.Markdown;

/// <summary>
/// A cheap, single pass over a page body that finds markdown nested deeper than a sane page
/// ever is, before Markdig parses it. Reads only the body text; writes nothing.
/// </summary>
/// <remarks>
/// Why before Markdig: Markdig's block parser does work for every open container on every
/// line, and re-measures the line's indentation for each, so a list indented one level
/// deeper on every line costs about depth³ (measured with Markdig 1.6: 800 levels 0.8 s,
/// 1,600 levels 7 s, 3,200 levels 59 s, every one of them ending in Markdig's own "depth
/// limit exceeded" only after all that work). This pass is linear in the size of the body:
/// every character is looked at a bounded number of times and every open list item is
/// pushed and popped once.
/// <para>
/// It follows CommonMark closely enough for nesting, not exactly: list items are tracked by
/// the column their content starts at, quote markers and list markers at the start of a line
/// are counted, fenced code is skipped, and inside a paragraph unclosed <c>[</c> and opening
/// <c>*</c>/<c>_</c> runs are counted. Where it differs from CommonMark it errs towards
/// counting less, so ordinary pages are never refused; the limits are far above anything a
/// page needs and well below Markdig's own limit (128 levels of its tree).
/// </para>
/// </remarks>
public static class NestingCheck
{
    /// <summary>Most lists and quotes inside each other a page may have.</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>Most unclosed <c>[</c>, or opening <c>*</c>/<c>_</c> characters, a paragraph may have at once.</summary>
    public const int MaxInlineDepth = 32;

    // The only characters the inline count looks at: prose runs between them are skipped with a
    // vectorised search (this pass reads every character of every page; measured at 10,000 pages
    // the character-by-character loop was 1.3% of the build's CPU).
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("\\[]*_");

    /// <summary>Finds the first place <paramref name="body"/> nests too deeply, or null when it does not.</summary>
    /// <returns>The 0-based line in the body, the 1-based column and what is nested there.</returns>
    public static NestingProblem? Find(string body)
    {
        var openItems = new Stack<int>(); // the column each open list item's content starts at
        var previousWasText = false;
        var inFence = false;
        var fenceChar = '\0';
        var fenceLength = 0;
        var brackets = 0;
        var emphasis = 0;
        var line = -1;
        var start = 0;
        while (start <= body.Length)
        {
            line++;
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            var text = body.AsSpan(start, end - start).TrimEnd('\r');
            start = end + 1;

            // Quote markers first: "> > > text".
            var p = 0;
            var quotes = 0;
            while (true)
            {
                var q = SkipSpaces(text, p, 3);
                if (q < text.Length && text[q] == '>')
                {
                    quotes++;
                    p = q + 1;
                    if (p < text.Length && text[p] == ' ')
                    {
                        p++;
                    }

                    if (quotes > MaxBlockDepth)
                    {
                        return new NestingProblem(line, q + 1, NestingKind.Blocks);
                    }
                }
                else
                {
                    break;
                }
            }

            var indentEnd = SkipSpaces(text, p, int.MaxValue);
            var indent = Columns(text, p, indentEnd);
            var rest = text[indentEnd..];

            if (inFence)
            {
                var run = Run(rest, 0, fenceChar);
                if (run >= fenceLength && rest[run..].Trim().IsEmpty)
                {
                    inFence = false;
                }

                continue;
            }

            if (rest.IsEmpty)
            {
                previousWasText = false;
                brackets = 0;
                emphasis = 0;
                continue;
            }

            var top = openItems.Count > 0 ? openItems.Peek() : 0;
            var marker = indent - top < 4 ? ListMarkerWidth(rest, 0) : 0;

            // A text line straight after text may be a lazy continuation: it keeps every item open.
            if (marker > 0 || !previousWasText)
            {
                while (openItems.Count > 0 && openItems.Peek() > indent)
                {
                    openItems.Pop();
                }
            }

            if (IsThematicBreak(rest))
            {
                previousWasText = false;
                continue; // "* * * * *" is a line across the page, not nested lists
            }

            top = openItems.Count > 0 ? openItems.Peek() : 0;
            if (marker == 0 && !previousWasText && indent - top >= 4)
            {
                continue; // indented code
            }

            // List and quote markers at the start of the content: "- item", and "- - > - item" on one line.
            var column = indent;
            var at = 0;
            while (at < rest.Length)
            {
                var width = rest[at] == '>' ? 0 : ListMarkerWidth(rest, at);
                if (rest[at] == '>')
                {
                    quotes++;
                    width = at + 1 < rest.Length && rest[at + 1] == ' ' ? 2 : 1;
                }
                else if (width > 0)
                {
                    openItems.Push(column + width);
                }
                else
                {
                    break;
                }

                if (quotes + openItems.Count > MaxBlockDepth)
                {
                    return new NestingProblem(line, indentEnd + at + 1, NestingKind.Blocks);
                }

                column += width;
                at = Math.Min(rest.Length, at + width);
                var next = SkipSpaces(rest, at, 3);
                column += next - at;
                at = next;
            }

            var content = rest[at..];
            if (at > 0 || (!content.IsEmpty && content[0] == '#'))
            {
                // A new list item or a heading starts a new paragraph: emphasis and brackets never run on into it.
                brackets = 0;
                emphasis = 0;
            }

            var fence = content.IsEmpty ? '\0' : content[0];
            if ((fence == '`' || fence == '~') && Run(content, 0, fence) >= 3)
            {
                inFence = true;
                fenceChar = fence;
                fenceLength = Run(content, 0, fence);
                previousWasText = false;
                continue;
            }

            previousWasText = !content.IsEmpty && content[0] != '#';
            if (FindInline(content, ref brackets, ref emphasis) is { } offset)
            {
                return new NestingProblem(line, indentEnd + at + offset + 1, brackets > MaxInlineDepth ? NestingKind.Brackets : NestingKind.Emphasis);
            }
        }

        return null;
    }

    /// <summary>Counts unclosed brackets and opening emphasis runs; the offset where either passes its limit.</summary>
    private static int? FindInline(ReadOnlySpan<char> text, ref int brackets, ref int emphasis)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAny(InlineMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                if (++brackets > MaxInlineDepth)
                {
                    return i;
                }
            }
            else if (c == ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            else if (c is '*' or '_')
            {
                var length = Run(text, i, c);
                var before = i == 0 || char.IsWhiteSpace(text[i - 1]);
                var after = i + length >= text.Length || char.IsWhiteSpace(text[i + length]);
                if (before && !after)
                {
                    emphasis += length;
                    if (emphasis > MaxInlineDepth)
                    {
                        return i;
                    }
                }
                else if (!before)
                {
                    // Closes, also before punctuation ("**`fn`**:"), which CommonMark allows; counting less is the safe side.
                    emphasis = Math.Max(0, emphasis - length);
                }

                i += length - 1;
            }
        }

        return null;
    }

    /// <summary>Width of a list marker and the spaces after it ("- ", "12. "), or 0 when none starts at <paramref name="at"/>.</summary>
    private static int ListMarkerWidth(ReadOnlySpan<char> text, int at)
    {
        int end;
        if (text[at] is '-' or '*' or '+')
        {
            end = at + 1;
        }
        else
        {
            end = at;
            while (end < text.Length && end - at < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == at || end >= text.Length || text[end] is not ('.' or ')'))
            {
                return 0;
            }

            end++;
        }

        if (end == text.Length)
        {
            return end - at + 1; // an empty item
        }

        if (text[end] != ' ' && text[end] != '\t')
        {
            return 0;
        }

        var spaces = SkipSpaces(text, end, 4) - end;
        return end - at + (spaces is 0 or 4 ? 1 : spaces);
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> text)
    {
        var c = text[0];
        if (c is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                count++;
            }
            else if (x is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int from, int most)
    {
        var i = from;
        while (i < text.Length && i - from < most && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static int Columns(ReadOnlySpan<char> text, int from, int to)
    {
        var columns = 0;
        for (var i = from; i < to; i++)
        {
            columns = text[i] == '\t' ? columns + 4 - (columns % 4) : columns + 1;
        }

        return columns;
    }

    private static int Run(ReadOnlySpan<char> text, int from, char c)
    {
        var i = from;
        while (i < text.Length && text[i] == c)
        {
            i++;
        }

        return i - from;
    }
}

/// <summary>What a page nests too deeply.</summary>
public enum NestingKind
{
    /// <summary>Lists and block quotes.</summary>
    Blocks,

    /// <summary>Unclosed square brackets (links inside links).</summary>
    Brackets,

    /// <summary>Emphasis markers (<c>*</c>, <c>_</c>).</summary>
    Emphasis,
}

/// <summary>Where a page first nests too deeply.</summary>
/// <param name="Line">0-based line in the page body.</param>
/// <param name="Column">1-based column of the marker that goes past the limit.</param>
/// <param name="Kind">What is nested.</param>
public sealed record NestingProblem(int Line, int Column, NestingKind Kind);
