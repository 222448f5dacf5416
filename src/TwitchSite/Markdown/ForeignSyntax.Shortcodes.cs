using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Hugo shortcodes written over several lines, Hugo's escaped shortcodes ("{{</* x */>}}", shown as
// "{{< x >}}") and indented code blocks, whose shortcodes stay as written.
public static partial class ForeignSyntax
{
    // How far a shortcode's arguments may run before its closing ">}}": Hextra's cards and
    // Docsy's blocks take a handful of lines; a stray "{{<" must not swallow the page.
    private const int MaxShortcodeLines = 30;

    /// <summary>
    /// <paramref name="line"/> (line <paramref name="index"/>, after any container's indentation) with a
    /// Hugo shortcode that opens on it and closes on a later line joined onto it, the lines it took
    /// left blank so later lines keep their numbers; the line itself when no shortcode opens unclosed
    /// on it, or nothing closes it before a blank line, a fence or <see cref="MaxShortcodeLines"/>.
    /// </summary>
    private static string JoinShortcodeLines(string[] lines, int index, string line)
    {
        // Hextra's "{{< hextra/feature-card" with title= and subtitle= on the lines after it and ">}}"
        // on its own line: read a line at a time, the arguments would be text and ">}}" a quote. Joined,
        // the shortcode is what it is on one line: removed (or an alert, for an admonition), with its warning.
        if (UnclosedShortcode(line) is not { } closer)
        {
            return line;
        }

        for (var next = index + 1; next < lines.Length && next <= index + MaxShortcodeLines; next++)
        {
            var text = lines[next].Trim();
            if (text.Length == 0 || IsFence(Unquoted(text), out _))
            {
                return line;
            }

            if (text.Contains(closer, StringComparison.Ordinal))
            {
                var joined = new StringBuilder(line.TrimEnd());
                for (var taken = index + 1; taken <= next; taken++)
                {
                    joined.Append(' ').Append(lines[taken].Trim());
                    lines[taken] = "";
                }

                return joined.ToString();
            }
        }

        return line;
    }

    /// <summary>
    /// The closing delimiter (<c>&gt;}}</c> or <c>%}}</c>) of the last Hugo shortcode that opens on
    /// <paramref name="line"/>, outside `code spans`, and is not closed on it; null when none is left open.
    /// </summary>
    private static string? UnclosedShortcode(string line)
    {
        if (!line.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        string? open = null;
        foreach (Match match in ShortcodeDelimiterOrCode().Matches(line))
        {
            if (match.Groups["open"].Success)
            {
                open = match.Groups["open"].Value == "<" ? ">}}" : "%}}";
            }
            else if (match.Groups["close"].Success && open is not null && match.Value.EndsWith(open, StringComparison.Ordinal))
            {
                open = null;
            }
        }

        return open;
    }

    /// <summary>
    /// <paramref name="text"/> with Hugo's escaped shortcodes shown as the shortcode they escape, as
    /// Hugo shows them (<c>{{&lt;/* x */&gt;}}</c> is <c>{{&lt; x &gt;}}</c>, <c>{{%/* x */%}}</c> is
    /// <c>{{% x %}}</c>); <paramref name="open"/> carries an escaped shortcode still open at the end of
    /// a line of code to the next, so one written over several lines of a code block is shown whole.
    /// </summary>
    private static string UnescapeShortcodes(string text, ref char? open)
    {
        if (open is null && !text.Contains("/*", StringComparison.Ordinal) || open is not null && !text.Contains("*/", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var start = 0;
        foreach (Match match in EscapedShortcodeDelimiter().Matches(text))
        {
            var opens = match.Groups["open"].Success;
            var delimiter = opens ? match.Groups["open"].Value[0] : match.Groups["close"].Value[0];
            if (opens == (open is not null) || !opens && delimiter != (open == '<' ? '>' : '%'))
            {
                continue; // a "*/>}}" with nothing escaped open, or an opening inside an open one: text
            }

            result.Append(text, start, match.Index - start).Append(opens ? "{{" + delimiter : delimiter + "}}");
            start = match.Index + match.Length;
            open = opens ? delimiter : null;
        }

        return start == 0 ? text : result.Append(text, start, text.Length - start).ToString();
    }

    /// <summary><paramref name="text"/> (a line of text or a code span) with its escaped shortcodes unescaped, none left open after it.</summary>
    private static string UnescapeShortcodes(string text)
    {
        char? open = null;
        return UnescapeShortcodes(text, ref open);
    }

    /// <summary>
    /// True when line <paramref name="index"/> (at the top level, indented <paramref name="indent"/>)
    /// is in an indented code block: indented four spaces or more after a blank line (or the page's
    /// start), not as the body of a list item. What its shortcodes are, the page shows as written.
    /// <paramref name="lastCode"/> is the last line found in such a block so far (or -1): the lines of
    /// one block are each found by one step back, not by walking back over the whole block again.
    /// </summary>
    private static bool InIndentedCode(string[] lines, int index, int indent, ref int lastCode)
    {
        if (indent < 4)
        {
            return false;
        }

        // Back over the code block's lines and the blank lines between them, to what is before it.
        var before = index - 1;
        while (before >= 0 && before != lastCode && (lines[before].Trim().Length == 0 || IndentOf(lines[before]) >= 4))
        {
            before--;
        }

        if (before >= 0 && before == lastCode)
        {
            lastCode = index; // the same block goes on
            return true;
        }

        if (before < 0)
        {
            lastCode = index;
            return true;
        }

        // A code block cannot continue a paragraph: there must be a blank line before it (a heading needs none).
        if (lines[before + 1].Trim().Length > 0 && !AtxHeading().IsMatch(lines[before]))
        {
            return false;
        }

        // Four spaces under a list item are its body, not code (Hugo docs indent shortcodes in lists
        // so): a list item, or a line indented less than four spaces (a list's paragraph), before it.
        for (var line = before; line >= 0 && lines[line].Trim().Length > 0; line--)
        {
            if (IndentOf(lines[line]) > 0 || ListItemStart().IsMatch(lines[line]))
            {
                return false;
            }
        }

        lastCode = index;
        return true;
    }

    /// <summary>The indentation of <paramref name="line"/> in columns, a tab counting four.</summary>
    private static int IndentOf(string line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4 - columns % 4;
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    // A code span, or a Hugo shortcode's opening ("{{<", "{{%") or closing (">}}", "%}}") delimiter.
    [GeneratedRegex(@"`+[^`]*`+|\{\{(?<open>[<%])|(?<close>[>%])\}\}")]
    private static partial Regex ShortcodeDelimiterOrCode();

    // The delimiters of Hugo's escaped shortcode: "{{</*" (or "{{%/*") and "*/>}}" (or "*/%}}").
    [GeneratedRegex(@"\{\{(?<open>[<%])[ \t]*/\*|\*/[ \t]*(?<close>[>%])\}\}")]
    private static partial Regex EscapedShortcodeDelimiter();

    [GeneratedRegex(@"^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)")]
    private static partial Regex ListItemStart();
}
