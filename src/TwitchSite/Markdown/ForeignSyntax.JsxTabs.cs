using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Docusaurus' tabs in MDX: "<Tabs>" around "<TabItem value="android" label="Android">" ... "</TabItem>",
// each tag alone on its line. They read as MkDocs' content tabs do here: a titled section each.
public static partial class ForeignSyntax
{
    /// <summary>The name of an open Docusaurus <c>&lt;TabItem&gt;</c> among the containers: its closing tag closes it, not its indentation.</summary>
    private const string JsxTab = "<TabItem>";

    /// <summary>The name of an open Docusaurus <c>&lt;Tabs&gt;</c>: inside it, as in all MDX, an indented line is not code.</summary>
    private const string JsxTabs = "<Tabs>";

    /// <summary>
    /// Rewrites line <paramref name="index"/> of <paramref name="lines"/> (<paramref name="trimmed"/>, inside
    /// <paramref name="containers"/>) when it is a Docusaurus tabs tag alone on its line; false when it is not.
    /// <c>&lt;Tabs …&gt;</c> and <c>&lt;/Tabs&gt;</c> go quietly (the tabs' content is all shown). A
    /// <c>&lt;TabItem&gt;</c> that a later <c>&lt;/TabItem&gt;</c> closes is its content with its <c>label</c>
    /// (else its <c>value</c>) as a title, as an MkDocs tab; the content is read without the indentation its
    /// lines share, as MDX reads it (MDX has no indented code: indented under a tag, a fence is a fence).
    /// </summary>
    private static bool RewriteJsxTabs(string[] lines, int index, string trimmed, List<Container> containers)
    {
        var tag = trimmed.TrimEnd();
        if (TabsTag().IsMatch(tag))
        {
            if (tag == "</Tabs>" && containers.Count > 0 && containers[^1].Name == JsxTabs)
            {
                containers.RemoveAt(containers.Count - 1);
            }
            else if (tag != "</Tabs>" && TagClose(lines, index, TabsTag(), "</Tabs>") > 0)
            {
                // Open until its closing tag, so that its indented tab items are not read as indented code.
                containers.Add(new Container("", Quoted: false, Name: JsxTabs));
            }

            lines[index] = Quote(containers).TrimEnd();
            return true;
        }

        if (tag == "</TabItem>" && containers.Count > 0 && containers[^1].Name == JsxTab)
        {
            containers.RemoveAt(containers.Count - 1);
            lines[index] = Quote(containers).TrimEnd();
            return true;
        }

        if (TabItemOpen().Match(tag) is not { Success: true } open || TagClose(lines, index, TabItemOpen(), "</TabItem>") is not (var close and > 0))
        {
            return false;
        }

        var title = open.Groups["label"].Success ? open.Groups["label"].Value : open.Groups["value"].Value;
        var quote = Quote(containers);
        var tab = new Container("", Quoted: false, Math.Max(BodyIndent(containers), SharedIndent(lines, index + 1, close)), JsxTab);
        containers.Add(tab);
        lines[index] = quote + TitleLine(title, lines, index + 1, tab);
        return true;
    }

    /// <summary>
    /// The line of the <paramref name="closing"/> tag closing the one opened on line <paramref name="index"/>
    /// (tags <paramref name="opening"/> matches, nested, and fenced code are skipped), or -1.
    /// </summary>
    private static int TagClose(string[] lines, int index, Regex opening, string closing)
    {
        var depth = 0;
        string? fence = null;
        for (var i = index + 1; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (fence is not null || IsFence(text, out _))
            {
                UpdateFence(text, ref fence);
                continue;
            }

            if (text == closing && depth-- == 0)
            {
                return i;
            }

            depth += text != closing && opening.IsMatch(text) ? 1 : 0;
        }

        return -1;
    }

    /// <summary>The indentation every line from <paramref name="from"/> up to <paramref name="to"/> (not blank) has; 0 for none.</summary>
    private static int SharedIndent(string[] lines, int from, int to)
    {
        var shared = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                shared = Math.Min(shared, IndentOf(lines[i]));
            }
        }

        return shared == int.MaxValue ? 0 : shared;
    }

    // "<Tabs groupId="x" queryString values={…}>" or "</Tabs>" alone on a line.
    [GeneratedRegex(@"^</?Tabs(\s(?:""[^""]*""|'[^']*'|[^<>""'])*)?>$")]
    private static partial Regex TabsTag();

    // "<TabItem value="android" label="Android">" alone on a line (not self-closed), its label and value if written.
    [GeneratedRegex(@"^<TabItem(?:\s+(?:label=(?:""(?<label>[^""]*)""|'(?<label>[^']*)')|value=(?:""(?<value>[^""]*)""|'(?<value>[^']*)')|[\w-]+(?:=(?:""[^""]*""|'[^']*'|\{[^{}]*\}))?))*\s*>$")]
    private static partial Regex TabItemOpen();
}
