namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// A hand-written tokenizer for programming and data languages described by a
/// <see cref="CodeSyntax"/>: one pass over each line, no regular expressions, so a line costs
/// about a microsecond. Marks comments, strings (with escapes and shell variables inside),
/// numbers, keywords, constants, built-in types, names of types (after <c>class</c> and the like,
/// or capitalised where that is the language's convention), functions (declared, or called:
/// a name before <c>(</c>), variables, annotations and preprocessor lines. A comment or string
/// that is still open at the end of a line carries on into the next.
/// </summary>
internal static class CodeLexer
{
    private enum Mode
    {
        Code,
        BlockComment,
        String,
        TripleString,
    }

    private struct State
    {
        public Mode Mode;
        public char Quote;
    }

    public static string Highlight(CodeSyntax syntax, string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        var state = default(State);
        var start = 0;
        while (true)
        {
            var end = code.IndexOf('\n', start);
            var line = code.AsSpan(start, (end < 0 ? code.Length : end) - start);
            Line(syntax, line, ref state, writer);
            writer.EndLine();
            if (end < 0)
            {
                return writer.ToString();
            }

            start = end + 1;
        }
    }

    private static void Line(CodeSyntax syntax, ReadOnlySpan<char> line, ref State state, TokenWriter writer)
    {
        var i = 0;
        switch (state.Mode)
        {
            case Mode.BlockComment:
                i = BlockCommentFrom(syntax, line, 0, ref state, writer);
                break;
            case Mode.String:
            case Mode.TripleString:
                i = StringBody(syntax, line, 0, ref state, writer);
                break;
        }

        string? pending = null; // the class the next name gets (after "class", "def" and the like)
        var parameters = -1; // depth of parentheses in a declared function's parameter list, -1 outside one
        var plainFrom = -1;
        while (i < line.Length)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            var atWordStart = i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] is ';' or '(' or '{';
            int end;
            string? cls;

            if (char.IsWhiteSpace(c))
            {
                end = i + 1;
                while (end < line.Length && char.IsWhiteSpace(line[end]))
                {
                    end++;
                }

                cls = null;
            }
            else if (IsLineComment(syntax, line, i, atWordStart))
            {
                end = line.Length;
                cls = Cls.Comment;
            }
            else if (syntax.BlockComment is { } block && line[i..].StartsWith(block.Open, StringComparison.Ordinal))
            {
                Flush(line, ref plainFrom, i, writer);
                state.Mode = Mode.BlockComment;
                writer.Write(line.Slice(i, block.Open.Length), Cls.Comment);
                i = BlockCommentFrom(syntax, line, i + block.Open.Length, ref state, writer);
                continue;
            }
            else if (syntax.HashDirectives && c == '#' && line[..i].IsWhiteSpace())
            {
                end = next is '[' or '!' ? ClosingBracket(line, i) : line.Length;
                cls = Cls.Meta;
            }
            else if (syntax.TripleQuotes && c is '"' or '\'' && next == c && i + 2 < line.Length && line[i + 2] == c)
            {
                Flush(line, ref plainFrom, i, writer);
                state.Mode = Mode.TripleString;
                state.Quote = c;
                writer.Write(line.Slice(i, 3), Cls.String);
                i = StringBody(syntax, line, i + 3, ref state, writer);
                continue;
            }
            else if (IsQuote(syntax, line, i))
            {
                Flush(line, ref plainFrom, i, writer);
                state.Mode = Mode.String;
                state.Quote = c;
                var keyStart = i;
                if (syntax.StringKeys && StringEnd(line, i) is var close && close > 0 && IsFollowedByColon(line, close))
                {
                    writer.Write(line[keyStart..close], Cls.Key);
                    state.Mode = Mode.Code;
                    i = close;
                    continue;
                }

                writer.Write(line.Slice(i, 1), Cls.String);
                i = StringBody(syntax, line, i + 1, ref state, writer);
                continue;
            }
            else if ((char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next) && (i == 0 || !IsNameChar(line[i - 1]))))
                && !(syntax.DollarVariables && i > 0 && line[i - 1] is '-' or '/' or '.' or ':'))
            {
                end = NumberEnd(line, i);
                cls = Cls.Number;
            }
            else if (IsNameStart(c))
            {
                end = NameEnd(syntax, line, i);
                var name = line[i..end];
                var declaresFunction = ReferenceEquals(pending, Cls.Function);
                cls = ClassOfName(syntax, line, name, end, ref pending, afterDot: i > 0 && line[i - 1] == '.');
                if (declaresFunction && cls == Cls.Function && syntax.MarksParameters && end < line.Length && line[end] == '(')
                {
                    parameters = 0; // the "(" that follows opens the parameter list
                }
                else if (cls is null && syntax.ColonNamesAreVariables && end + 1 < line.Length && line[end] == ':' && line[end + 1] != ':')
                {
                    cls = Cls.Variable;
                }
                else if (parameters == 1 && cls is null && IsParameterEnd(line, end))
                {
                    cls = Cls.Variable;
                }
                if (syntax.BangMacros && cls is null or Cls.Function && end < line.Length && line[end] == '!' && (end + 1 >= line.Length || line[end + 1] != '='))
                {
                    end++;
                    cls = Cls.Function;
                }
            }
            else if (syntax.DollarVariables && c == '$' && next != '(')
            {
                end = VariableEnd(line, i, syntax.DottedVariables);
                cls = end <= i + 1 ? null : Contains(syntax.Constants, line[i..end]) ? Cls.Constant : Cls.Variable;
            }
            else if (syntax.AtAnnotations && c == '@' && IsNameStart(next))
            {
                end = NameEnd(syntax, line, i + 1);
                cls = Cls.Meta;
            }
            else
            {
                // Punctuation and operators: gathered and written plain in one go.
                pending = null; // "class" announces a type only up to the next punctuation
                if (c == '(' && parameters >= 0)
                {
                    parameters++;
                }
                else if (c == ')' && parameters > 0 && --parameters == 0)
                {
                    parameters = -1;
                }

                if (plainFrom < 0)
                {
                    plainFrom = i;
                }

                i++;
                continue;
            }

            Flush(line, ref plainFrom, i, writer);
            writer.Write(line[i..end], cls);
            i = end;
        }

        Flush(line, ref plainFrom, line.Length, writer);
    }

    private static void Flush(ReadOnlySpan<char> line, ref int plainFrom, int to, TokenWriter writer)
    {
        if (plainFrom >= 0)
        {
            writer.Write(line[plainFrom..to], null);
            plainFrom = -1;
        }
    }

    /// <summary>Whether a name ending at <paramref name="end"/> is followed by what ends a parameter (<c>,</c> <c>)</c> <c>:</c> <c>=</c>).</summary>
    private static bool IsParameterEnd(ReadOnlySpan<char> line, int end)
    {
        while (end < line.Length && line[end] == ' ')
        {
            end++;
        }

        return end < line.Length && line[end] is ',' or ')' or ':' or '=' && !(line[end] == ':' && end + 1 < line.Length && line[end + 1] == ':');
    }

    private static string? ClassOfName(CodeSyntax syntax, ReadOnlySpan<char> line, ReadOnlySpan<char> name, int end, ref string? pending, bool afterDot)
    {
        if (Contains(syntax.Keywords, name))
        {
            // A keyword between ("let mut x", "export const x") keeps what the one before announced.
            if (Contains(syntax.TypeIntroducers, name))
            {
                pending = Cls.Type;
            }
            else if (Contains(syntax.FunctionIntroducers, name))
            {
                pending = Cls.Function;
            }
            else if (Contains(syntax.VariableIntroducers, name))
            {
                pending = Cls.Variable;
            }

            return Cls.Keyword;
        }

        if (pending is not null)
        {
            var given = pending;
            pending = null;
            return given;
        }

        if (Contains(syntax.Constants, name))
        {
            return Cls.Constant;
        }

        if (Contains(syntax.Types, name))
        {
            return Cls.Type;
        }

        var after = end;
        while (after < line.Length && line[after] == ' ')
        {
            after++;
        }

        if ((after < line.Length && line[after] == '(') || Contains(syntax.Builtins, name) || (syntax.DashedCommands && name.Contains('-')))
        {
            return Cls.Function;
        }

        // A capitalised member (name.Length) is a property, not a type.
        if (syntax.CapitalisedTypes && !afterDot && char.IsAsciiLetterUpper(name[0]) && name.ContainsAnyInRange('a', 'z'))
        {
            return Cls.Type;
        }

        return null;
    }

    private static bool Contains(System.Collections.Frozen.FrozenSet<string> words, ReadOnlySpan<char> name) =>
        words.Count > 0 && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool IsLineComment(CodeSyntax syntax, ReadOnlySpan<char> line, int i, bool atWordStart)
    {
        foreach (var mark in syntax.LineComments)
        {
            // "#" starts a comment only at the start of a word ("${f##*/}" in shell is not one).
            if (line[i..].StartsWith(mark, StringComparison.Ordinal) && (mark != "#" || atWordStart))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(CodeSyntax syntax, ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (syntax.MultiLineQuotes.Contains(c, StringComparison.Ordinal))
        {
            return true;
        }

        if (!syntax.Quotes.Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        // An apostrophe inside a word is not a quote (Rust's 'a lifetimes, "don't" in shell comments aside).
        if (c == '\'' && syntax.BangMacros)
        {
            return i + 2 < line.Length && (line[i + 2] == '\'' || line[i + 1] == '\\');
        }

        return true;
    }

    /// <summary>Writes a block comment's text from <paramref name="i"/> up to and with its close (or the line's end) and returns where code resumes.</summary>
    private static int BlockCommentFrom(CodeSyntax syntax, ReadOnlySpan<char> line, int i, ref State state, TokenWriter writer)
    {
        var close = syntax.BlockComment!.Value.Close;
        var at = line[i..].IndexOf(close, StringComparison.Ordinal);
        var end = at < 0 ? line.Length : i + at + close.Length;
        writer.Write(line[i..end], Cls.Comment);
        if (at >= 0)
        {
            state.Mode = Mode.Code;
        }

        return end;
    }

    /// <summary>Writes a string's body from <paramref name="i"/> up to and with its closing quote, escapes and variables marked; returns where code resumes.</summary>
    private static int StringBody(CodeSyntax syntax, ReadOnlySpan<char> line, int i, ref State state, TokenWriter writer)
    {
        var quote = state.Quote;
        var triple = state.Mode == Mode.TripleString;
        var from = i;
        while (i < line.Length)
        {
            var c = line[i];
            // No escapes inside single quotes in shell and PowerShell.
            if (syntax.EscapeChar != '\0' && c == syntax.EscapeChar && i + 1 < line.Length && !(syntax.DollarVariables && quote == '\''))
            {
                writer.Write(line[from..i], Cls.String);
                writer.Write(line.Slice(i, 2), Cls.Escape);
                i += 2;
                from = i;
                continue;
            }

            if (syntax.DollarVariables && quote == '"' && c == '$' && i + 1 < line.Length && (IsNameStart(line[i + 1]) || line[i + 1] == '{'))
            {
                writer.Write(line[from..i], Cls.String);
                var end = VariableEnd(line, i, syntax.DottedVariables);
                writer.Write(line[i..end], Cls.Variable);
                i = end;
                from = i;
                continue;
            }

            if (quote == '`' && c == '$' && i + 1 < line.Length && line[i + 1] == '{')
            {
                // A template literal's ${expression}: the marks as escapes, the expression plain.
                writer.Write(line[from..i], Cls.String);
                var close = line[i..].IndexOf('}');
                var end = close < 0 ? line.Length : i + close;
                writer.Write(line.Slice(i, 2), Cls.Escape);
                writer.Write(line[(i + 2)..end], null);
                if (close >= 0)
                {
                    writer.Write(line.Slice(end, 1), Cls.Escape);
                    end++;
                }

                i = end;
                from = i;
                continue;
            }

            if (c == quote && (!triple || (i + 2 < line.Length && line[i + 1] == quote && line[i + 2] == quote)))
            {
                // SQL and PowerShell double a quote to escape it.
                if (!triple && syntax.EscapeChar == '\0' && i + 1 < line.Length && line[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                var end = i + (triple ? 3 : 1);
                writer.Write(line[from..end], Cls.String);
                state.Mode = Mode.Code;
                return end;
            }

            i++;
        }

        writer.Write(line[from..], Cls.String);
        if (!triple && !syntax.MultiLineQuotes.Contains(quote, StringComparison.Ordinal) && !(syntax.DollarVariables && quote == '"'))
        {
            state.Mode = Mode.Code; // an unclosed one-line string ends with its line
        }

        return line.Length;
    }

    /// <summary>The index after a one-line string's closing quote, or -1 when it does not close on this line.</summary>
    private static int StringEnd(ReadOnlySpan<char> line, int i)
    {
        var quote = line[i];
        for (var j = i + 1; j < line.Length; j++)
        {
            if (line[j] == '\\')
            {
                j++;
            }
            else if (line[j] == quote)
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static bool IsFollowedByColon(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i < line.Length && line[i] == ':';
    }

    private static int ClosingBracket(ReadOnlySpan<char> line, int i)
    {
        var depth = 0;
        for (var j = i; j < line.Length; j++)
        {
            if (line[j] == '[')
            {
                depth++;
            }
            else if (line[j] == ']' && --depth == 0)
            {
                return j + 1;
            }
        }

        return line.Length;
    }

    private static int NumberEnd(ReadOnlySpan<char> line, int i)
    {
        var end = i + 1;
        while (end < line.Length)
        {
            var c = line[end];
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                end++;
            }
            else if (c == '.' && end + 1 < line.Length && char.IsAsciiDigit(line[end + 1]))
            {
                end++;
            }
            else if (c is '+' or '-' && line[end - 1] is 'e' or 'E' && !line[i..end].StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int VariableEnd(ReadOnlySpan<char> line, int i, bool dotted = false)
    {
        var end = i + 1;
        if (end < line.Length && line[end] == '{')
        {
            var close = line[end..].IndexOf('}');
            return close < 0 ? line.Length : end + close + 1;
        }

        if (end < line.Length && line[end] is '@' or '?' or '#' or '!' or '*' or '$' || (end < line.Length && char.IsAsciiDigit(line[end])))
        {
            return end + 1;
        }

        while (end < line.Length && (IsNameChar(line[end]) || (line[end] is ':' || (dotted && line[end] == '.')) && end + 1 < line.Length && IsNameStart(line[end + 1])))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 127 && char.IsLetter(c));

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    private static int NameEnd(CodeSyntax syntax, ReadOnlySpan<char> line, int i)
    {
        var end = i;
        while (end < line.Length && (IsNameChar(line[end]) || (syntax.DashedCommands && line[end] == '-' && end + 1 < line.Length && char.IsAsciiLetter(line[end + 1]) && end > i)))
        {
            end++;
        }

        return Math.Max(end, i + 1);
    }
}
