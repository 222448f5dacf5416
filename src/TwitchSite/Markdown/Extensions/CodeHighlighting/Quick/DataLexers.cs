namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// Hand-written tokenizers for line-shaped formats: YAML (keys, scalars, comments, anchors, tags,
/// block scalars), TOML (tables, keys, strings over several lines, dates, numbers) and unified
/// diffs (headers, ranges, added and removed lines).
/// </summary>
internal static class DataLexers
{
    public static string Diff(string code)
    {
        var writer = new TokenWriter(code.Length + 64);
        foreach (var range in code.AsSpan().Split('\n'))
        {
            var line = code.AsSpan()[range];
            string? cls = line switch
            {
                _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => Cls.Meta,
                _ when line.StartsWith("@@", StringComparison.Ordinal) => Cls.Meta,
                _ when line.StartsWith("diff ", StringComparison.Ordinal) || line.StartsWith("index ", StringComparison.Ordinal) => Cls.Meta,
                ['+', ..] or ['>', ..] => Cls.Added,
                ['-', ..] or ['<', ..] => Cls.Deleted,
                ['!', ..] => Cls.Meta,
                _ => null,
            };
            writer.Write(line, cls);
            writer.EndLine();
        }

        return writer.ToString();
    }

    public static string Yaml(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        var blockIndent = -1; // inside a block scalar (| or >): lines indented more than its key are text
        foreach (var range in code.AsSpan().Split('\n'))
        {
            var line = code.AsSpan()[range];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockIndent >= 0)
            {
                if (line.IsWhiteSpace() || indent > blockIndent)
                {
                    writer.Write(line, Cls.String);
                    writer.EndLine();
                    continue;
                }

                blockIndent = -1;
            }

            var i = indent;
            // Sequence markers.
            while (i + 1 < line.Length && line[i] == '-' && line[i + 1] == ' ')
            {
                i += 2;
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }
            }

            writer.Write(line[..i], null);
            var rest = line[i..];
            if (rest.StartsWith("#", StringComparison.Ordinal))
            {
                writer.Write(rest, Cls.Comment);
                writer.EndLine();
                continue;
            }

            var colon = KeyColon(rest);
            if (colon > 0)
            {
                writer.Write(rest[..colon], Cls.Key);
                writer.Write(rest.Slice(colon, 1), null);
                rest = rest[(colon + 1)..];
            }

            var value = rest.Trim(' ');
            if (value is ['|', ..] or ['>', ..])
            {
                blockIndent = indent;
            }

            YamlValue(rest, writer);
            writer.EndLine();
        }

        return writer.ToString();
    }

    /// <summary>Where a mapping key ends (its <c>:</c> followed by a space or the line's end), or -1.</summary>
    private static int KeyColon(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] is '[' or '{' or '|' or '>' or '&' or '*' or '!')
        {
            return -1;
        }

        var quoted = rest[0] is '"' or '\'';
        var from = 0;
        if (quoted)
        {
            var close = rest[1..].IndexOf(rest[0]);
            if (close < 0)
            {
                return -1;
            }

            from = close + 2;
        }

        for (var j = from; j < rest.Length; j++)
        {
            if (rest[j] == ':' && (j + 1 == rest.Length || rest[j + 1] is ' ' or '\t'))
            {
                return j;
            }

            if (quoted || (rest[j] == '#' && j > 0 && rest[j - 1] == ' '))
            {
                return -1;
            }
        }

        return -1;
    }

    private static void YamlValue(ReadOnlySpan<char> rest, TokenWriter writer)
    {
        var i = 0;
        var flow = 0; // depth of [ ] and { } collections
        while (i < rest.Length)
        {
            var c = rest[i];
            int end;
            string? cls;
            if (c is ' ' or '\t' || (c is '[' or '{') || (flow > 0 && c is ',' or ']' or '}') || (c is '|' or '>' && rest[..i].IsWhiteSpace()))
            {
                flow += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                end = i + 1;
                cls = null;
            }
            else if (c == '#' && (i == 0 || rest[i - 1] == ' '))
            {
                end = rest.Length;
                cls = Cls.Comment;
            }
            else if (c is '"' or '\'')
            {
                var close = rest[(i + 1)..].IndexOf(c);
                end = close < 0 ? rest.Length : i + close + 2;
                cls = Cls.String;
            }
            else
            {
                end = i;
                var inFlow = flow > 0;
                while (end < rest.Length && !(rest[end] == '#' && end > 0 && rest[end - 1] == ' ') && !(inFlow && rest[end] is ',' or ']' or '}'))
                {
                    end++;
                }

                while (end > i && rest[end - 1] == ' ')
                {
                    end--;
                }

                var scalar = rest[i..end];
                cls = scalar switch
                {
                    ['&', ..] or ['*', ..] => Cls.Variable,
                    ['!', ..] => Cls.Type,
                    _ when IsYamlConstant(scalar) => Cls.Constant,
                    _ when IsNumber(scalar) => Cls.Number,
                    _ => Cls.String,
                };
                if (cls is Cls.Variable or Cls.Type)
                {
                    end = rest[i..].IndexOfAny(' ', ',', ']') is var stop && stop > 0 ? i + stop : rest.Length;
                }
            }

            writer.Write(rest[i..Math.Max(end, i + 1)], cls);
            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsYamlConstant(ReadOnlySpan<char> s) =>
        s is "~" || s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("false", StringComparison.OrdinalIgnoreCase)
        || s.Equals("null", StringComparison.OrdinalIgnoreCase) || s is "yes" or "no" or "on" or "off";

    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        if (s[0] is '+' or '-')
        {
            s = s[1..];
        }

        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return s.Length > 2 && !s[2..].ContainsAnyExcept(HexDigits);
        }

        return s.Length > 0 && char.IsAsciiDigit(s[0]) && !s.ContainsAnyExcept(NumberChars) && s.Count('.') <= 1;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF_");
    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789._eE+-");
    private static readonly System.Buffers.SearchValues<char> DateChars = System.Buffers.SearchValues.Create("0123456789-:TZ.+ ");

    public static string Toml(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        char multiline = '\0'; // the quote of a """ or ''' string still open
        foreach (var range in code.AsSpan().Split('\n'))
        {
            var line = code.AsSpan()[range];
            var i = 0;
            if (multiline != '\0')
            {
                var close = line.IndexOf(multiline == '"' ? "\"\"\"" : "'''", StringComparison.Ordinal);
                i = close < 0 ? line.Length : close + 3;
                writer.Write(line[..i], Cls.String);
                if (close >= 0)
                {
                    multiline = '\0';
                }
            }

            var trimmed = line[i..].TrimStart(' ');
            if (i == 0 && trimmed is ['[', ..])
            {
                // [table] or [[array.of.tables]]: the name is a heading.
                var open = line.Length - trimmed.Length + (trimmed is ['[', '[', ..] ? 2 : 1);
                var close = line[open..].IndexOf(']');
                var nameEnd = close < 0 ? line.Length : open + close;
                writer.Write(line[..open], null);
                writer.Write(line[open..nameEnd], Cls.Heading);
                i = nameEnd;
                var closeEnd = i;
                while (closeEnd < line.Length && line[closeEnd] == ']')
                {
                    closeEnd++;
                }

                writer.Write(line[i..closeEnd], null);
                i = closeEnd;
            }
            else if (i == 0 && TomlKeyEnd(line) is > 0 and var equals)
            {
                var keyStart = line.Length - line.TrimStart(' ').Length;
                writer.Write(line[..keyStart], null);
                writer.Write(line[keyStart..equals], Cls.Key); // the spaces before "=" too, as the grammar did
                writer.Write(line.Slice(equals, 1), null);
                i = equals + 1;
            }

            TomlValues(line, i, ref multiline, writer);
            writer.EndLine();
        }

        return writer.ToString();
    }

    /// <summary>Where a line's <c>key =</c> has its <c>=</c> (outside quotes), or -1.</summary>
    private static int TomlKeyEnd(ReadOnlySpan<char> line)
    {
        var quote = '\0';
        for (var j = 0; j < line.Length; j++)
        {
            var c = line[j];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '=')
            {
                return j;
            }
            else if (c is '#' or '[' or '{' or ',')
            {
                return -1;
            }
        }

        return -1;
    }

    private static void TomlValues(ReadOnlySpan<char> line, int i, ref char multiline, TokenWriter writer)
    {
        while (i < line.Length)
        {
            var rest = line[i..];
            var c = rest[0];
            int length;
            string? cls;
            if (c == '#')
            {
                length = rest.Length;
                cls = Cls.Comment;
            }
            else if (rest.StartsWith("\"\"\"", StringComparison.Ordinal) || rest.StartsWith("'''", StringComparison.Ordinal))
            {
                var close = rest[3..].IndexOf(rest[..3], StringComparison.Ordinal);
                length = close < 0 ? rest.Length : close + 6;
                multiline = close < 0 ? c : '\0';
                cls = Cls.String;
            }
            else if (c is '"' or '\'')
            {
                length = rest.Length;
                for (var j = 1; j < rest.Length; j++)
                {
                    if (c == '"' && rest[j] == '\\')
                    {
                        j++;
                    }
                    else if (rest[j] == c)
                    {
                        length = j + 1;
                        break;
                    }
                }

                cls = Cls.String;
            }
            else if (char.IsAsciiDigit(c) || (c is '+' or '-' && rest.Length > 1 && char.IsAsciiDigit(rest[1])))
            {
                length = 1;
                while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] is '.' or '_' or '-' or ':' or '+'
                    || (rest[length] == ' ' && length + 1 < rest.Length && char.IsAsciiDigit(rest[length + 1]) && rest[..length].Contains('-'))))
                {
                    length++;
                }

                // A date or time (1979-05-27T07:32:00Z) is a constant; anything else a number.
                cls = rest[..length].ContainsAny('-', ':') && rest.Length > 4 && rest[..length].Length >= 8 && !rest[..length].ContainsAnyExcept(DateChars) ? Cls.Constant : Cls.Number;
            }
            else if (char.IsAsciiLetter(c))
            {
                length = 1;
                while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] is '_' or '-'))
                {
                    length++;
                }

                var word = rest[..length];
                var after = rest[length..].TrimStart(' ');
                cls = word is "true" or "false" or "inf" or "nan" ? Cls.Constant : after is ['=', ..] ? Cls.Key : null;
            }
            else
            {
                length = 1;
                cls = null;
            }

            writer.Write(rest[..length], cls);
            i += length;
        }
    }
}
