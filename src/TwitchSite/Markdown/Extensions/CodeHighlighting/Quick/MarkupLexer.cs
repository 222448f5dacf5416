namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// A hand-written tokenizer for HTML and XML: tag names, attribute names, attribute values,
/// comments (also over several lines), character references, and declarations
/// (<c>&lt;?xml …?&gt;</c>, <c>&lt;!DOCTYPE …&gt;</c>). A tag may span lines. Text between tags,
/// and the insides of <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c>, are plain.
/// </summary>
internal static class MarkupLexer
{
    private enum Mode
    {
        Text,
        Comment,
        Tag,
    }

    public static string Highlight(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        var mode = Mode.Text;
        foreach (var range in code.AsSpan().Split('\n'))
        {
            Line(code.AsSpan()[range], ref mode, writer);
            writer.EndLine();
        }

        return writer.ToString();
    }

    private static void Line(ReadOnlySpan<char> line, ref Mode mode, TokenWriter writer)
    {
        var i = 0;
        if (mode == Mode.Comment)
        {
            i = CommentFrom(line, 0, ref mode, writer);
        }
        else if (mode == Mode.Tag)
        {
            i = TagBody(line, 0, ref mode, writer);
        }

        while (i < line.Length)
        {
            var rest = line[i..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                mode = Mode.Comment;
                writer.Write(rest[..4], Cls.Comment);
                i = CommentFrom(line, i + 4, ref mode, writer);
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal) || rest.StartsWith("<!", StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                var end = close < 0 ? line.Length : i + close + 1;
                writer.Write(line[i..end], Cls.Meta);
                i = end;
            }
            else if (rest[0] == '<' && rest.Length > 1 && (char.IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && char.IsAsciiLetter(rest[2]))))
            {
                var nameStart = i + (rest[1] == '/' ? 2 : 1);
                writer.Write(line[i..nameStart], null);
                var nameEnd = nameStart;
                while (nameEnd < line.Length && (char.IsAsciiLetterOrDigit(line[nameEnd]) || line[nameEnd] is '-' or ':' or '_' or '.'))
                {
                    nameEnd++;
                }

                writer.Write(line[nameStart..nameEnd], Cls.Tag);
                mode = Mode.Tag;
                i = TagBody(line, nameEnd, ref mode, writer);
            }
            else if (rest[0] == '&' && rest.IndexOf(';') is > 1 and < 12 and var semicolon && IsReference(rest[1..semicolon]))
            {
                writer.Write(rest[..(semicolon + 1)], Cls.Escape);
                i += semicolon + 1;
            }
            else
            {
                var end = i + 1;
                while (end < line.Length && line[end] is not '<' and not '&')
                {
                    end++;
                }

                writer.Write(line[i..end], null);
                i = end;
            }
        }
    }

    private static bool IsReference(ReadOnlySpan<char> name)
    {
        if (name[0] == '#')
        {
            name = name[1..];
            if (name.Length > 0 && name[0] is 'x' or 'X')
            {
                name = name[1..];
            }
        }

        return name.Length > 0 && !name.ContainsAnyExcept(AlphaNumerics);
    }

    private static readonly System.Buffers.SearchValues<char> AlphaNumerics =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static int CommentFrom(ReadOnlySpan<char> line, int i, ref Mode mode, TokenWriter writer)
    {
        var close = line[i..].IndexOf("-->", StringComparison.Ordinal);
        var end = close < 0 ? line.Length : i + close + 3;
        writer.Write(line[i..end], Cls.Comment);
        if (close >= 0)
        {
            mode = Mode.Text;
        }

        return end;
    }

    /// <summary>Attributes up to the tag's <c>&gt;</c> (the mode goes back to text) or the line's end (it stays in the tag).</summary>
    private static int TagBody(ReadOnlySpan<char> line, int i, ref Mode mode, TokenWriter writer)
    {
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '>' || (c == '/' && i + 1 < line.Length && line[i + 1] == '>'))
            {
                var end = c == '>' ? i + 1 : i + 2;
                writer.Write(line[i..end], null);
                mode = Mode.Text;
                return end;
            }

            int to;
            string? cls;
            if (char.IsWhiteSpace(c) || c == '=')
            {
                to = i + 1;
                cls = null;
            }
            else if (c is '"' or '\'')
            {
                var close = line[(i + 1)..].IndexOf(c);
                to = close < 0 ? line.Length : i + close + 2;
                cls = Cls.String;
            }
            else
            {
                to = i + 1;
                while (to < line.Length && !char.IsWhiteSpace(line[to]) && line[to] is not '=' and not '>' and not '"' and not '\'' && !(line[to] == '/' && to + 1 < line.Length && line[to + 1] == '>'))
                {
                    to++;
                }

                // A name before "=" (or standing alone) is an attribute; after "=" an unquoted value.
                var before = i - 1;
                while (before >= 0 && line[before] == ' ')
                {
                    before--;
                }

                cls = before >= 0 && line[before] == '=' ? Cls.String : Cls.Attribute;
            }

            writer.Write(line[i..to], cls);
            i = to;
        }

        return i;
    }
}
