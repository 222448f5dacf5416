using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// MDX and JSX components (capitalised tags such as "<Listing caption="...">"), removed as template
// syntax: a tag whose attributes go on over several lines is read as one.
public static partial class ForeignSyntax
{
    /// <summary>How many lines after its first a component tag may take before it is read as unclosed.</summary>
    private const int MaxComponentLines = 30;

    /// <summary>
    /// <paramref name="line"/> (line <paramref name="index"/> of <paramref name="lines"/>) with the lines
    /// after it joined on when a component tag opens on it and closes on a later line; the lines taken
    /// are left blank, so every line keeps its number. <paramref name="line"/> as it is when no tag is
    /// left open on it, or nothing closes it before a blank line, a fence or <see cref="MaxComponentLines"/>.
    /// </summary>
    private static string JoinComponentLines(string[] lines, int index, string line)
    {
        // The Rust book's "<Listing number="15-26" file-name="src/main.rs"" with its caption on the next
        // line: read a line at a time, the first line is not a tag and the attributes would be text.
        if (!line.Contains('<') || OpenComponentTag().Match(line) is not { Success: true } open || InCodeSpan(line, open.Index))
        {
            return line;
        }

        var joined = new StringBuilder(line.TrimEnd());
        for (var next = index + 1; next < lines.Length && next <= index + MaxComponentLines; next++)
        {
            var text = lines[next].Trim();
            if (text.Length == 0 || IsFence(Unquoted(text), out _))
            {
                return line;
            }

            // A quoted value broken over lines keeps one space where the line ended, as the browser reads it.
            joined.Append(' ').Append(text);
            if (ComponentTagAt().Match(joined.ToString(), open.Index) is { Success: true })
            {
                for (var taken = index + 1; taken <= next; taken++)
                {
                    lines[taken] = "";
                }

                return joined.ToString();
            }
        }

        return line;
    }

    /// <summary>True when <paramref name="position"/> of <paramref name="line"/> is inside a `code span` (after an odd number of backtick runs).</summary>
    private static bool InCodeSpan(string line, int position)
    {
        var inside = false;
        for (var i = 0; i < position; i++)
        {
            if (line[i] == '`')
            {
                while (i + 1 < position && line[i + 1] == '`')
                {
                    i++;
                }

                inside = !inside;
            }
        }

        return inside;
    }

    // A component tag that opens and is still open at the end of the line: its name, then attributes
    // (quoted values may hold "<", ">" and backticks), the last perhaps a quoted value not yet closed;
    // or, first on its line, its name alone, every attribute on the lines below ("<ThemedImage" as Prettier writes it).
    [GeneratedRegex(@"(?:<[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\s(?:""[^""]*""|'[^']*'|[^<>""'])*(?:""[^""]*|'[^']*)?|(?<=^[ \t]*)<[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*)$")]
    private static partial Regex OpenComponentTag();

    // A whole component tag at the place it is matched from: the same as TemplateOrCode's.
    [GeneratedRegex(@"\G</?[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*(\s(?:""[^""]*""|'[^']*'|[^<>""'])*)?/?>")]
    private static partial Regex ComponentTagAt();
}
