using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// The stack of admonitions, tabs and directives open around a line: how a line inside them is quoted,
// what closes each, and the titles written on their first lines.
public static partial class ForeignSyntax
{
    /// <summary>
    /// An open admonition, tab or directive: the fence that closes it (empty for one closed by its
    /// indentation or by a blank line), whether its lines are quoted, the indentation of its body
    /// (0 unless the body is indented: MkDocs), its name (a directive's, or <see cref="ParagraphCallout"/>)
    /// and its margin: the indentation its lines keep when it opened inside a list item (see <see cref="MarginOf"/>).
    /// </summary>
    private readonly record struct Container(string Fence, bool Quoted, int Indent = 0, string Name = "", string Margin = "");

    /// <summary>
    /// The margin of an indented container (MkDocs' <c>!!! note</c>, <c>=== "Tab"</c>) opening on
    /// <paramref name="line"/> at <paramref name="indent"/> with nothing open around it: its
    /// indentation, when it has one. Opened under a list item (<c>2.  Remove the binaries:</c> then
    /// <c>    === "Windows"</c>), it belongs to the item, as MkDocs renders it: its lines, rewritten as
    /// quotes and titles, keep the item's indentation (written at the margin they ended the list).
    /// Only under a list item (line <paramref name="index"/> of <paramref name="lines"/>, read back):
    /// under anything else (MkDocs Material's <c>:   </c> option bodies after an HTML comment) it is
    /// written at the margin, since keeping the indentation there made its tabs part of an indented
    /// code block.
    /// </summary>
    private static string MarginOf(string[] lines, int index, string line, int indent, List<Container> containers) =>
        containers.Count == 0 && indent > 0 && UnderListItem(lines, index, indent) ? line[..indent] : "";

    /// <summary>True when the nearest line above <paramref name="index"/> indented less than <paramref name="indent"/> starts a list item.</summary>
    private static bool UnderListItem(string[] lines, int index, int indent)
    {
        for (var above = index - 1; above >= 0; above--)
        {
            var text = lines[above];
            if (text.Trim().Length == 0 || IndentOf(text) >= indent)
            {
                continue;
            }

            return ListItemStart().IsMatch(text.TrimStart());
        }

        return false;
    }

    /// <summary>
    /// Puts back the margin line <paramref name="index"/> was read under (<paramref name="margins"/>, by
    /// line; null for none) before its rewritten text, once the line is done: the lines after it that
    /// look back (is an indented line code, or the item's?) see it as Markdig will.
    /// </summary>
    private static void AddMargin(string[] lines, string?[]? margins, int index)
    {
        if (index >= 0 && margins?[index] is { Length: > 0 } margin && lines[index].Length > 0)
        {
            lines[index] = margin + lines[index];
        }
    }

    // The name of a container that a blank line closes: a callout written before a paragraph.
    private const string ParagraphCallout = "{: paragraph }";

    // What a container opened by a shortcode has as its fence: the shortcode's name follows.
    private const string ShortcodeCloser = "{{/";

    /// <summary>The indentation of the innermost indented container's body; 0 when none is open.</summary>
    private static int BodyIndent(List<Container> containers)
    {
        for (var i = containers.Count - 1; i >= 0; i--)
        {
            if (containers[i].Indent > 0)
            {
                return containers[i].Indent;
            }
        }

        return 0;
    }

    /// <summary>The quote markers a line inside <paramref name="containers"/> starts with: one for each quoted one.</summary>
    private static string Quote(List<Container> containers)
    {
        var depth = containers.Count(c => c.Quoted);
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("> ", depth));
    }

    /// <summary>True when <paramref name="trimmed"/> closes <paramref name="container"/>: its fence, or its closing shortcode.</summary>
    private static bool Closes(string trimmed, Container container) =>
        container.Fence.Length == 0 ? false
        : container.Fence.StartsWith(ShortcodeCloser, StringComparison.Ordinal)
            ? ShortcodeClose().Match(trimmed) is { Success: true } close && close.Groups["name"].Value == container.Fence[ShortcodeCloser.Length..]
            : MystDirectives.Closes(trimmed, container.Fence);

    /// <summary>
    /// True when a line after <paramref name="index"/> closes the shortcode <paramref name="name"/>
    /// (<c>{{% /hint %}}</c>): one without a closing tag (Hugo's single <c>{{&lt; note &gt;}}</c> of
    /// some themes) is not a box around the rest of the page, and is removed like any other.
    /// </summary>
    private static bool ClosedLater(string[] lines, int index, string name)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (ShortcodeClose().Match(lines[i].Trim()) is { Success: true } close && close.Groups["name"].Value == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a line after <paramref name="index"/> is a run of at least as many colons as <paramref name="colons"/> alone.</summary>
    private static bool ColonsCloseLater(string[] lines, int index, string colons)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (MystDirectives.Closes(lines[i].Trim(), colons))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A title shown as a line of its own in bold (<c>**Python**</c>), with a hard line break after it
    /// when the line after it (<paramref name="next"/>) continues the paragraph, so the body starts on
    /// a line of its own; empty for no title.
    /// </summary>
    private static string TitleLine(string title, string[] lines, int next, Container container)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            return "";
        }

        var following = next < lines.Length ? Unquoted(lines[next].Trim()) : "";
        var continues = following.Length > 0 && !StartsBlock(following) && !Closes(following, container)
            && !(container.Indent > 0 && lines[next].Length - lines[next].TrimStart().Length < container.Indent);
        return "**" + title + "**" + (continues ? "\\" : "");
    }

    /// <summary>
    /// A custom title cannot go on the alert's own line (the alert parser wants it alone), and
    /// adding a line would move every later line: it is written at the start of the alert's first
    /// line (in bold when <c>Bold</c>; a MyST body's first line given on the directive's line is
    /// not), on its own when that line is blank.
    /// </summary>
    private static void AddTitles(string[] lines, List<(int Line, string Title, bool Bold)> titles)
    {
        foreach (var (index, raw, bold) in titles)
        {
            var title = bold ? raw.Trim().Trim('[', ']').Trim().Trim('"', '\'') : raw.Trim();
            if (title.Length == 0 || index >= lines.Length)
            {
                continue;
            }

            if (!bold && lines[index].Length == 0)
            {
                lines[index] = "> " + title; // the body is empty: this was the closing line
                continue;
            }

            if (!lines[index].StartsWith('>'))
            {
                continue;
            }

            var rest = Unquoted(lines[index]);
            var prefix = lines[index][..^rest.Length].TrimEnd() + " ";
            var shown = bold ? "**" + title + "**" : title;
            if (rest.Length == 0)
            {
                lines[index] = prefix + shown;
            }
            else if (!bold || !StartsBlock(rest))
            {
                lines[index] = prefix + shown + " " + rest;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> starts a block that a title before it would break (a list,
    /// heading, table, quote, fence or HTML) rather than a paragraph.
    /// </summary>
    private static bool StartsBlock(string text) =>
        text[0] is '-' or '*' or '+' or '#' or '|' or '>' or '`' or '~' or '<' or ':' || OrderedItem().IsMatch(text);

    [GeneratedRegex(@"^\d+[.)]\s")]
    private static partial Regex OrderedItem();

    [GeneratedRegex(@"^\{\{[<%]-?\s*/\s*(?<name>[\w-]+)\s*-?[>%]\}\}$")]
    private static partial Regex ShortcodeClose();

    // MkDocs Material's content tab: "=== "Title"" ("===+" selects it, "===!" starts a new set).
    [GeneratedRegex(@"^===[+!]{0,2}\s+""(?<title>[^""]*)""\s*$")]
    private static partial Regex ContentTab();

    // A colon fence named by a class rather than a kind: ":::bg-primary", "::: code-group".
    [GeneratedRegex(@"^(?<colons>:{3,})\s*(?<name>[A-Za-z][\w]*-[\w-]+)\s*$")]
    private static partial Regex ClassContainer();

    // sphinx-design's card header and footer separators.
    [GeneratedRegex(@"^(\^{3,}|\+{3,})$")]
    private static partial Regex CardSeparator();
}
