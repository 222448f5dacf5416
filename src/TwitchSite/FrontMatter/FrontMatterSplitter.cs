namespace TwitchSite.FrontMatter;

/// <summary>
/// Splits a markdown file into its YAML front matter block (between a first line of '---' and
/// the next line of '---' or '...') and its body, keeping the line numbers of both.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="text"/>.</summary>
    public static FrontMatterSplit Split(string text)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---")
        {
            return new FrontMatterSplit(FrontMatterState.None, null, text, BodyFirstLine: 1);
        }

        var position = firstEnd + 1;
        var line = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r', ' ', '\t');
            if (current is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(FrontMatterState.Closed, yaml, body, BodyFirstLine: line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatterSplit(FrontMatterState.NotClosed, null, "", BodyFirstLine: line + 1);
    }

    /// <summary>
    /// How many bytes of the UTF-8 <paramref name="utf8"/> the front matter takes, closing line
    /// included, by the same rules as <see cref="Split"/>: 0 when the file has none, -1 when it
    /// is not closed. Lets a caller decode only that part of a large file.
    /// </summary>
    public static int ByteLength(ReadOnlySpan<byte> utf8)
    {
        // The fences and the characters trimmed around them are ASCII, which never occurs inside
        // a multi-byte UTF-8 character, so lines can be compared byte by byte.
        var position = 0;
        for (var line = 1; position <= utf8.Length; line++)
        {
            var end = utf8[position..].IndexOf((byte)'\n');
            var content = (end < 0 ? utf8[position..] : utf8.Slice(position, end)).TrimEnd("\r \t"u8);
            var next = end < 0 ? utf8.Length : position + end + 1;
            if (line == 1)
            {
                if (!content.SequenceEqual("---"u8))
                {
                    return 0;
                }
            }
            else if (content.SequenceEqual("---"u8) || content.SequenceEqual("..."u8))
            {
                return next;
            }

            if (end < 0)
            {
                break;
            }

            position = next;
        }

        return -1;
    }
}

/// <summary>Whether a file has front matter.</summary>
public enum FrontMatterState
{
    /// <summary>The file does not start with '---'.</summary>
    None,

    /// <summary>A complete block.</summary>
    Closed,

    /// <summary>Opened with '---' but never closed.</summary>
    NotClosed,
}

/// <summary>The parts of a markdown file.</summary>
/// <param name="State">Whether front matter is there and complete.</param>
/// <param name="Yaml">The YAML between the fences (its first line is line 2 of the file), or null.</param>
/// <param name="Body">The markdown after the front matter.</param>
/// <param name="BodyFirstLine">The 1-based file line where the body starts.</param>
public sealed record FrontMatterSplit(FrontMatterState State, string? Yaml, string Body, int BodyFirstLine);
