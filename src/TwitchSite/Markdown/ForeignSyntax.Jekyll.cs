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

    /// <summary>
    /// Makes the paragraph from line <paramref name="start"/> an alert of <paramref name="kind"/>, for the
    /// attribute list on line <paramref name="index"/> right after it.
    /// </summary>
    private static void QuoteParagraphAsAlert(string[] lines, int start, int index, string kind)
    {
        // "{: .note }" right after a paragraph is that paragraph's (kramdown): the blank line before
        // the paragraph opens the alert (unless a quote ends right above it, which the alert would
        // join), the paragraph is quoted, the list's own line is left blank.
        lines[start - 1] = "> [!" + Admonitions.AlertKind(kind) + "]";
        for (var quoted = start; quoted < index; quoted++)
        {
            lines[quoted] = "> " + lines[quoted];
        }

        lines[index] = "";
    }

    /// <summary>
    /// Opens the alert a callout (<paramref name="callout"/>) on line <paramref name="index"/> makes of the
    /// block after it; returns the last line it rewrote (the quote's title line, when it has one).
    /// </summary>
    private static int OpenCallout(string[] lines, int index, Match callout, List<Container> containers)
    {
        // Just the Docs' callouts: "{: .note }" on the line before a paragraph or a block quote
        // makes it that alert; with "{: .note-title }" the quote's first line is its title.
        lines[index] = "> [!" + Admonitions.AlertKind(callout.Groups["kind"].Value) + "]";
        var next = lines[index + 1].TrimStart();
        if (next.StartsWith('>'))
        {
            if (callout.Groups["titled"].Success && Unquoted(next.TrimEnd()) is { Length: > 0 } title && !StartsBlock(title))
            {
                lines[index + 1] = "> **" + title + "**";
                index++;
            }
        }
        else
        {
            containers.Add(new Container("", Quoted: true, Name: ParagraphCallout)); // quoted up to the paragraph's end
        }

        return index;
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

    /// <summary>
    /// Turns the highlight block from line <paramref name="index"/> to its <c>{% endhighlight %}</c> on line
    /// <paramref name="end"/> into a fenced code block: writes the closing fence on line <paramref name="end"/>
    /// and returns the opening fence (with <paramref name="language"/>) for line <paramref name="index"/>.
    /// </summary>
    private static string HighlightFence(string[] lines, int index, int end, string indentation, string language)
    {
        // Jekyll's "{% highlight ruby linenos %}" ... "{% endhighlight %}" is a code block in that
        // language: a fence longer than any run of backticks inside it, so a fence it shows stays code.
        var longest = 2;
        for (var inside = index + 1; inside < end; inside++)
        {
            longest = Math.Max(longest, LongestBacktickRun(lines[inside]));
        }

        var marker = new string('`', longest + 1);
        lines[end] = indentation + marker;
        return indentation + marker + language;
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

    /// <summary>True when line <paramref name="index"/> is a list item of one line with no item before it (kramdown's contents marker).</summary>
    private static bool IsOneItemList(string[] lines, int index) =>
        ListItem().IsMatch(lines[index]) && (index == 0 || !ListItem().IsMatch(lines[index - 1]) && !lines[index - 1].StartsWith(' '));

    // A list item at the margin: a bullet, or a number with "." or ")".
    [GeneratedRegex(@"^([*+-]|\d{1,9}[.)])[ \t]+\S")]
    private static partial Regex ListItem();

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
