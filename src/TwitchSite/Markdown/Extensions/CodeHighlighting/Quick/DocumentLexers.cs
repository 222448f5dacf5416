namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// Hand-written tokenizers for Markdown (headings, emphasis, inline code, links, quotes, fenced
/// code) and Dockerfiles (instructions, comments, strings, variables; the shell after RUN is
/// otherwise plain).
/// </summary>
internal static class DocumentLexers
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Instructions = CodeSyntax.Words(
        "FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL AS",
        ignoreCase: true);

    public static string Dockerfile(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        var continued = false; // the line before ended with "\": this one carries on its instruction
        foreach (var range in code.AsSpan().Split('\n'))
        {
            var line = code.AsSpan()[range];
            var trimmed = line.TrimStart(" \t");
            var i = line.Length - trimmed.Length;
            writer.Write(line[..i], null);
            if (trimmed is ['#', ..])
            {
                writer.Write(trimmed, Cls.Comment);
                writer.EndLine();
                continue;
            }

            if (!continued)
            {
                var end = i;
                while (end < line.Length && char.IsAsciiLetter(line[end]))
                {
                    end++;
                }

                if (end > i && Instructions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line[i..end]))
                {
                    writer.Write(line[i..end], Cls.Keyword);
                    i = end;
                }
            }

            while (i < line.Length)
            {
                var c = line[i];
                int end;
                string? cls;
                if (c is '"' or '\'')
                {
                    var close = line[(i + 1)..].IndexOf(c);
                    end = close < 0 ? line.Length : i + close + 2;
                    cls = Cls.String;
                }
                else if (c == '$' && i + 1 < line.Length && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] is '_' or '{'))
                {
                    end = i + 1;
                    if (line[end] == '{')
                    {
                        var close = line[end..].IndexOf('}');
                        end = close < 0 ? line.Length : end + close + 1;
                    }
                    else
                    {
                        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] == '_'))
                        {
                            end++;
                        }
                    }

                    cls = Cls.Variable;
                }
                else if (char.IsAsciiLetter(c) && (i == 0 || line[i - 1] == ' '))
                {
                    end = i;
                    while (end < line.Length && char.IsAsciiLetter(line[end]))
                    {
                        end++;
                    }

                    // "AS name" in a FROM line.
                    cls = line[i..end] is "AS" or "as" && end < line.Length && line[end] == ' ' ? Cls.Keyword : null;
                }
                else
                {
                    end = i + 1;
                    while (end < line.Length && line[end] is not '"' and not '\'' and not '$' and not ' ')
                    {
                        end++;
                    }

                    cls = null;
                    if (end < line.Length && line[end] == ' ')
                    {
                        end++;
                    }
                }

                writer.Write(line[i..end], cls);
                i = end;
            }

            continued = line.TrimEnd(" \t") is [.., '\\'];
            writer.EndLine();
        }

        return writer.ToString();
    }

    public static string Markdown(string code)
    {
        var writer = new TokenWriter(code.Length * 2 + 64);
        string? fence = null; // the fence of an open fenced code block
        foreach (var range in code.AsSpan().Split('\n'))
        {
            var line = code.AsSpan()[range];
            var trimmed = line.TrimStart(' ');
            if (fence is not null)
            {
                writer.Write(line, Cls.String);
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed[fence.Length..].IsWhiteSpace())
                {
                    fence = null;
                }
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..(trimmed.Length - trimmed.TrimStart(trimmed[0]).Length)].ToString();
                writer.Write(line, Cls.String);
            }
            else if (trimmed is ['#', ..] && trimmed.TrimStart('#') is { } afterHashes && trimmed.Length - afterHashes.Length <= 6 && (afterHashes.IsEmpty || afterHashes[0] == ' '))
            {
                writer.Write(line, Cls.Heading);
            }
            else if (trimmed is ['>', ..])
            {
                writer.Write(line, Cls.Comment);
            }
            else
            {
                Inline(line, writer);
            }

            writer.EndLine();
        }

        return writer.ToString();
    }

    /// <summary>Inline code, strong and emphasised text, links and autolinks of one line.</summary>
    private static void Inline(ReadOnlySpan<char> line, TokenWriter writer)
    {
        var i = 0;
        var plainFrom = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var end = -1;
            string? cls = null;
            if (c == '`')
            {
                var ticks = line[i..].Length - line[i..].TrimStart('`').Length;
                var close = line[(i + ticks)..].IndexOf(line.Slice(i, ticks), StringComparison.Ordinal);
                (end, cls) = close < 0 ? (-1, null) : (i + ticks + close + ticks, Cls.String);
            }
            else if (c is '*' or '_' && i + 1 < line.Length && line[i + 1] == c && i + 2 < line.Length && line[i + 2] != ' ')
            {
                var close = line[(i + 2)..].IndexOf(line.Slice(i, 2), StringComparison.Ordinal);
                (end, cls) = close <= 0 ? (-1, null) : (i + 2 + close + 2, Cls.Strong);
            }
            else if (c is '*' or '_' && i + 1 < line.Length && line[i + 1] is not ' ' and not '*' and not '_' && (i > 0 || c == '_' || line.Length > 1 && line[1] != ' ')
                && (c == '*' || i == 0 || !char.IsLetterOrDigit(line[i - 1])))
            {
                var close = line[(i + 1)..].IndexOf(c);
                (end, cls) = close <= 0 ? (-1, null) : (i + 1 + close + 1, Cls.Emphasis);
            }
            else if (c == '[')
            {
                var close = line[i..].IndexOf("](", StringComparison.Ordinal);
                var paren = close < 0 ? -1 : line[(i + close)..].IndexOf(')');
                (end, cls) = paren < 0 ? (-1, null) : (i + close + paren + 1, Cls.Link);
            }
            else if (c == '<' && (line[(i + 1)..].StartsWith("http://", StringComparison.Ordinal) || line[(i + 1)..].StartsWith("https://", StringComparison.Ordinal)))
            {
                var close = line[i..].IndexOf('>');
                (end, cls) = close < 0 ? (-1, null) : (i + close + 1, Cls.Link);
            }

            if (end < 0)
            {
                i++;
                continue;
            }

            writer.Write(line[plainFrom..i], null);
            writer.Write(line[i..end], cls);
            i = end;
            plainFrom = end;
        }

        writer.Write(line[plainFrom..], null);
    }
}
