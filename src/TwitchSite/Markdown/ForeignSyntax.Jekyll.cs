using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Jekyll's pages: kramdown's markdown inside HTML elements, callouts, table of contents and heading
// attributes, and Liquid's raw and highlight blocks.
public static partial class ForeignSyntax
{
    /// <summary>
    /// The line of the closing tag (<c>&lt;/div&gt;</c> alone) of the <paramref name="tag"/> element opened
    /// alone on line <paramref name="index"/>, counting the same tags opened alone between; 0 when none closes it.
    /// </summary>
    private static int MarkdownElementEnd(string[] lines, int index, string tag)
    {
        var depth = 0;
        for (var i = index + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Equals("</" + tag + ">", StringComparison.OrdinalIgnoreCase))
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (trimmed.StartsWith("<" + tag, StringComparison.OrdinalIgnoreCase) && trimmed.EndsWith('>') && !trimmed.Contains("</", StringComparison.Ordinal)
                && trimmed.Length > tag.Length + 1 && trimmed[tag.Length + 1] is ' ' or '>')
            {
                depth++;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first line of the paragraph that ends on the line before <paramref name="index"/>, when a
    /// blank line precedes it and none of its lines is a fence or a quote; 0 otherwise.
    /// </summary>
    private static int ParagraphStart(string[] lines, int index)
    {
        var start = index - 1;
        while (start > 0 && lines[start - 1].Trim().Length > 0)
        {
            start--;
        }

        for (var line = start; line < index; line++)
        {
            if (IsFence(Unquoted(lines[line].Trim()), out _) || lines[line].TrimStart().StartsWith('>'))
            {
                return 0;
            }
        }

        return start > 0 ? start : 0;
    }

    /// <summary>The line of the <c>{% endhighlight %}</c> that closes the highlight block opened on line <paramref name="index"/>; 0 when none does.</summary>
    private static int HighlightEnd(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (LiquidEndHighlight().IsMatch(lines[i].Trim()))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest run of backticks in <paramref name="line"/>.</summary>
    private static int LongestBacktickRun(string line)
    {
        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // An element told to hold markdown, alone on its line: '<div class="x" markdown="1">', '<section markdown>' (not details or summary, whose tags matter).
    [GeneratedRegex(@"^<(?<tag>(?!details\b|summary\b)[A-Za-z][\w-]*)(\s+[^<>]*)?\smarkdown(\s*=\s*(""[^""]*""|'[^']*'|\w+))?(\s+[^<>]*)?>$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownInHtml();

    // The closing tag of a block-level element alone on its line.
    [GeneratedRegex(@"^</(div|section|article|aside|figure|blockquote|details|table|ul|ol|dl|nav|header|footer|main|center)>$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockCloseTag();

    // kramdown's attribute list naming one class alone: "{: .note }", "{: .note-title }" (Just the Docs' callouts).
    [GeneratedRegex(@"^\{:\s*\.(?<kind>[A-Za-z]+)(?<titled>-title)?\s*\}$")]
    private static partial Regex KramdownCallout();

    [GeneratedRegex(@"^([*+-]|1\.)\s+TOC$")]
    private static partial Regex TocItem();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S")]
    private static partial Regex AtxHeading();

    // Liquid's "{% raw %}" and "{% endraw %}" (also with "-" trimming).
    [GeneratedRegex(@"^\{%-?\s*(?<end>end)?raw\s*-?%\}$")]
    private static partial Regex RawTag();

    // Jekyll's "{% highlight ruby %}", "{% highlight ruby linenos %}".
    [GeneratedRegex(@"^\{%-?\s*highlight\s+(?<language>[\w+#.-]+)(\s+[^%]*)?-?%\}$")]
    private static partial Regex LiquidHighlight();

    [GeneratedRegex(@"^\{%-?\s*endhighlight\s*-?%\}$")]
    private static partial Regex LiquidEndHighlight();
}
