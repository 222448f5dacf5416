namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// A hand-written tokenizer for CSS (and SCSS or Less, read as CSS): selectors (tag names,
/// <c>.class</c>, <c>#id</c>, <c>:pseudo</c>), at-rules, property names as keys, and in values
/// numbers with their units, colours, functions, keywords and <c>!important</c>; strings and
/// comments (also over several lines).
/// </summary>
internal static class CssLexer
{
    private struct State
    {
        public int Depth;
        public bool InComment;
        public bool InValue;
    }

    public static string Highlight(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        var state = default(State);
        foreach (var range in code.AsSpan().Split('\n'))
        {
            Line(code.AsSpan()[range], ref state, writer);
            writer.EndLine();
        }

        return writer.ToString();
    }

    private static void Line(ReadOnlySpan<char> line, ref State state, TokenWriter writer)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (state.InComment)
            {
                var close = line[i..].IndexOf("*/", StringComparison.Ordinal);
                var stop = close < 0 ? line.Length : i + close + 2;
                writer.Write(line[i..stop], Cls.Comment);
                state.InComment = close < 0;
                i = stop;
                continue;
            }

            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            int end = i + 1;
            string? cls = null;
            if (c == '/' && next == '*')
            {
                state.InComment = true;
                writer.Write(line.Slice(i, 2), Cls.Comment);
                i += 2;
                continue;
            }
            else if (c == '/' && next == '/')
            {
                end = line.Length; // SCSS and Less line comments
                cls = Cls.Comment;
            }
            else if (c is '"' or '\'')
            {
                var close = line[(i + 1)..].IndexOf(c);
                end = close < 0 ? line.Length : i + close + 2;
                cls = Cls.String;
            }
            else if (c == '{')
            {
                state.Depth++;
                state.InValue = false;
            }
            else if (c == '}')
            {
                state.Depth = Math.Max(0, state.Depth - 1);
                state.InValue = false;
            }
            else if (c == ';')
            {
                state.InValue = false;
            }
            else if (c == '@' && char.IsAsciiLetter(next))
            {
                end = WordEnd(line, i + 1);
                cls = Cls.Keyword;
            }
            else if (c == '!' && line[(i + 1)..].StartsWith("important", StringComparison.OrdinalIgnoreCase))
            {
                end = i + 10;
                cls = Cls.Keyword;
            }
            else if (state.InValue)
            {
                (end, cls) = Value(line, i);
            }
            else if (c is '.' or '#' && IsWordChar(next))
            {
                end = WordEnd(line, i + 1);
                cls = Cls.Attribute;
            }
            else if (c == ':' && state.Depth > 0 && !IsSelectorLine(line))
            {
                state.InValue = true;
            }
            else if (c == ':' && IsWordChar(next) || (c == ':' && next == ':'))
            {
                end = WordEnd(line, i + (next == ':' ? 2 : 1));
                cls = Cls.Attribute;
            }
            else if (IsWordChar(c) && !char.IsAsciiDigit(c))
            {
                end = WordEnd(line, i);
                cls = state.Depth > 0 && !IsSelectorLine(line) ? Cls.Key : Cls.Tag;
            }
            else if (char.IsAsciiDigit(c))
            {
                (end, cls) = Value(line, i);
            }

            writer.Write(line[i..end], cls);
            i = end;
        }
    }

    /// <summary>One token of a property value.</summary>
    private static (int End, string? Class) Value(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (char.IsAsciiDigit(c) || (c is '.' or '-' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1])))
        {
            var end = i + 1;
            while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '.' or '%'))
            {
                end++;
            }

            return (end, Cls.Number);
        }

        if (c == '#' && i + 1 < line.Length && char.IsAsciiHexDigit(line[i + 1]))
        {
            return (WordEnd(line, i + 1), Cls.Constant);
        }

        if (IsWordChar(c))
        {
            var end = WordEnd(line, i);
            return (end, end < line.Length && line[end] == '(' ? Cls.Function : Cls.Constant);
        }

        return (i + 1, null);
    }

    /// <summary>Whether a line inside a rule holds a nested selector rather than a declaration (it opens a block).</summary>
    private static bool IsSelectorLine(ReadOnlySpan<char> line) => line.Contains('{') && !line.Contains(';');

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static int WordEnd(ReadOnlySpan<char> line, int i)
    {
        var end = i;
        while (end < line.Length && IsWordChar(line[end]))
        {
            end++;
        }

        return Math.Max(end, i + 1);
    }
}
