using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Yaml;

/// <summary>
/// A shortcut of <see cref="YamlReader.Read"/> for the YAML nearly every page's front matter is:
/// one <c>key: value</c> per line, each value a plain word-led scalar or a one-line list of plain
/// items (<c>tags: [stress, sleep]</c>). It gives the same values and positions YamlDotNet and
/// <see cref="YamlReader"/> would, at a small part of the cost (YamlDotNet builds a scanner,
/// parser and node tree per document, and interns every key under a process-wide lock, so on a
/// large site front matter took more time than reading the files). Anything else, anything
/// doubtful and every error is left to YamlDotNet: the shortcut answers null, never an error.
/// </summary>
internal static class SimpleMapping
{
    /// <summary>The result for <paramref name="yaml"/> when it is a simple mapping, else null.</summary>
    public static YamlReadResult? TryRead(string yaml, string fullPath, int firstLine)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var locations = new Dictionary<string, YamlEntryLocation>(StringComparer.Ordinal);
        var lineNumber = 0;
        var start = 0;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            var line = yaml.AsSpan(start, (end < 0 ? yaml.Length : end) - start);
            start = end < 0 ? yaml.Length : end + 1;
            lineNumber++;
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            if (!HasOnlyPlainCharacters(line))
            {
                return null;
            }

            var (keyLength, valueStart, isList) = ReadEntry(line);
            if (valueStart < 0)
            {
                return null;
            }

            var key = line[..keyLength].ToString();
            var text = line[valueStart..].TrimEnd(' ');
            object? value = isList ? ListValue(text) : PlainText(text, inList: false) ? YamlReader.PlainValue(text.ToString()) : Refused;
            if (value == Refused || !values.TryAdd(key, value))
            {
                return null; // a duplicate key is YamlDotNet's error to report
            }

            var fileLine = lineNumber + firstLine - 1;
            locations[key] = new YamlEntryLocation(new SourceLocation(fullPath, fileLine, 1), new SourceLocation(fullPath, fileLine, valueStart + 1));
        }

        return values.Count == 0 ? null : YamlReadResult.Success(values, locations);
    }

    // Keys longer than this go to YamlDotNet (YAML's limit for unquoted keys is 1024 characters).
    private const int MaxKeyLength = 1000;

    // Marks a value the shortcut does not read.
    private static readonly object Refused = new();

    /// <summary>
    /// Reads <c>key: value</c>: the key's length, where the value starts, and whether it is a
    /// <c>[list]</c>; valueStart is -1 when the line is not of that form. Keys are letters, digits,
    /// '_' and '-', starting with a letter or '_'.
    /// </summary>
    private static (int KeyLength, int ValueStart, bool IsList) ReadEntry(ReadOnlySpan<char> line)
    {
        var i = 0;
        if (line.IsEmpty || !(char.IsAsciiLetter(line[0]) || line[0] == '_'))
        {
            return (0, -1, false);
        }

        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-'))
        {
            i++;
        }

        // YAML allows an unquoted key at most 1024 characters; YamlDotNet refuses longer ones.
        if (i > MaxKeyLength || i + 1 >= line.Length || line[i] != ':' || line[i + 1] != ' ')
        {
            return (0, -1, false);
        }

        var keyLength = i;
        i += 2;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        // An empty value may open an indented block on the next lines: YamlDotNet's to read.
        return i == line.Length ? (0, -1, false) : (keyLength, i, line[i] == '[');
    }

    /// <summary>The items of <c>[a, b c, 3]</c> as plain values, or <see cref="Refused"/>.</summary>
    private static object? ListValue(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[^1] != ']')
        {
            return Refused;
        }

        var items = new List<object?>();
        var inside = text[1..^1];
        if (inside.Trim(' ').IsEmpty)
        {
            return items;
        }

        foreach (var range in inside.Split(','))
        {
            var item = inside[range].Trim(' ');
            if (!PlainText(item, inList: true))
            {
                return Refused;
            }

            items.Add(YamlReader.PlainValue(item.ToString()));
        }

        return items;
    }

    /// <summary>
    /// True for text YAML reads as an unquoted scalar equal to itself: it starts with a letter or
    /// digit and holds nothing YAML gives a meaning to there (comments, "key: value", brackets
    /// and, inside a list, quotes and other indicators). Stricter than YAML, never looser.
    /// </summary>
    private static bool PlainText(ReadOnlySpan<char> text, bool inList)
    {
        if (text.IsEmpty || !char.IsLetterOrDigit(text[0]) || text[^1] == ':')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '#' or '[' or ']' or '{' or '}':
                    return false;
                case ':' when text[i + 1] == ' ':
                    return false;
                case '"' or '\'' or ':' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '?' when inList:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// False for tabs, control characters, YAML's other line breaks (U+0085, U+2028, U+2029),
    /// byte-order marks and surrogates: what YAML treats specially or refuses is YamlDotNet's to read.
    /// </summary>
    private static bool HasOnlyPlainCharacters(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
