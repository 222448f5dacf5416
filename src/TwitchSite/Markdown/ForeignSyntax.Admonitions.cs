using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Opening an admonition as a GitHub alert: Docusaurus' ":::note", MkDocs' "!!! note", Hugo themes'
// shortcodes and pymdownx.blocks' "/// note" (whose tabs and other blocks open here too).
public static partial class ForeignSyntax
{
    /// <summary>
    /// Opens an admonition on line <paramref name="index"/>: a GitHub alert of <paramref name="alert"/>
    /// with its title on the next line, or inside another admonition (alerts do not nest) a quote
    /// whose first words are the title in bold, as in a list item (<paramref name="margin"/>, see <c>MarginOf</c>).
    /// Everything up to the line that closes <paramref name="fence"/> is quoted.
    /// </summary>
    private static void OpenAdmonition(string[] lines, int index, string fence, string alert, string kind, string title, List<Container> containers, List<(int Line, string Title, bool Bold)> titles, int bodyIndent = 0, string margin = "")
    {
        var quote = Quote(containers);
        containers.Add(new Container(fence, Quoted: true, bodyIndent, Margin: margin));
        // Alerts exist only at the top of the page (GitHub's and Markdig's): in a list item the box is a
        // quote titled in bold, as inside another admonition.
        if (quote.Length == 0 && margin.Length == 0)
        {
            lines[index] = "> [!" + alert + "]";
            titles.Add((index + 1, title, true));
            return;
        }

        var shown = title.Trim().Trim('[', ']').Trim().Trim('"', '\'');
        lines[index] = quote + "> **" + (shown.Length > 0 ? shown : char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant()) + "**";
    }

    /// <summary>
    /// Opens the admonition a Hugo theme's shortcode (<c>{{% hint danger %}}</c>) starts on line
    /// <paramref name="index"/>, up to its closing shortcode; its kind from its look, its title from <c>title=</c>.
    /// </summary>
    private static void OpenShortcodeAdmonition(string[] lines, int index, Match shortcode, List<Container> containers, List<(int Line, string Title, bool Bold)> titles)
    {
        // Hugo themes' admonition shortcodes, alone on their lines around markdown: Docsy's
        // {{% alert title="Note" color="warning" %}}, Hugo Book's {{% hint danger %}},
        // Hextra's and Doks' {{< callout type="info" >}}, Hugo's own {{< note >}}.
        var name = shortcode.Groups["name"].Value;
        var arguments = shortcode.Groups["args"].Value;
        // A theme's "info" (and Docsy's "primary") is its plain blue box: a note. Without
        // a look, a box named for its purpose ("hint", "alert") is a note too.
        var look = (ShortcodeArgument(arguments, "color", "type", "context") ?? PositionalArgument(arguments) ?? name).ToLowerInvariant();
        var kind = look is "info" or "primary" or "hint" or "alert" or "callout" or "notice" ? "note" : Admonitions.IsKind(look) ? look : "note";
        OpenAdmonition(lines, index, ShortcodeCloser + name, Admonitions.AlertKind(kind), kind, ShortcodeArgument(arguments, "title") ?? "", containers, titles);
    }

    /// <summary>
    /// Opens a block of pymdownx.blocks (<c>/// note | Title</c> ... <c>///</c>, more slashes around
    /// those inside) on line <paramref name="index"/>, whose options are the lines after it indented
    /// four spaces (<c>    type: warning</c>): an admonition (a kind's name, <c>admonition</c>, or
    /// <c>details</c>, kind from <c>type</c>) is an alert titled by its argument; a tab or any other
    /// block keeps its body, a tab's title a line of its own in bold. Returns the last line it rewrote.
    /// </summary>
    private static int OpenBlock(string[] lines, int index, Match block, int headerIndent, List<Container> containers, List<(int Line, string Title, bool Bold)> titles)
    {
        var name = block.Groups["name"].Value.ToLowerInvariant();
        var argument = block.Groups["arg"].Value.Trim();
        var fence = block.Groups["slashes"].Value;
        var last = index;
        string? type = null;
        while (last + 1 < lines.Length && lines[last + 1].Length - lines[last + 1].TrimStart().Length >= headerIndent + 4
            && BlockOption().Match(lines[last + 1].Trim()) is { Success: true } option)
        {
            last++;
            type = option.Groups["key"].Value == "type" ? option.Groups["value"].Value.Trim().Trim('"', '\'') : type;
        }

        var quote = Quote(containers);
        if (name is "admonition" or "details" || Admonitions.IsKind(name))
        {
            var kind = name is "admonition" or "details" ? type is { Length: > 0 } && Admonitions.IsKind(type) ? type : "note" : name;
            OpenAdmonition(lines, index, fence, Admonitions.AlertKind(kind), kind, argument, containers, titles);
            quote = Quote(containers);
            for (var option = index + 1; option <= last; option++)
            {
                lines[option] = quote;
            }

            return last;
        }

        var container = new Container(fence, Quoted: false, Name: name);
        containers.Add(container);
        for (var option = index + 1; option <= last; option++)
        {
            lines[option] = quote.TrimEnd();
        }

        // "/// html | div" names a tag, not a title.
        lines[index] = quote + (name == "html" ? "" : TitleLine(argument, lines, last + 1, container));
        return last;
    }

    /// <summary>The value of the first of <paramref name="names"/> given as <c>name="value"</c> in a shortcode's arguments; null when none is.</summary>
    private static string? ShortcodeArgument(string arguments, params string[] names) =>
        names.Select(n => System.Text.RegularExpressions.Regex.Match(arguments, @"\b" + n + @"\s*=\s*(""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""']+))"))
            .Where(m => m.Success)
            .Select(m => m.Groups["v"].Value)
            .FirstOrDefault();

    /// <summary>A shortcode's first argument when it is a bare word (<c>{{% hint warning %}}</c>); null otherwise.</summary>
    private static string? PositionalArgument(string arguments) =>
        System.Text.RegularExpressions.Regex.Match(arguments, @"^\s*[""']?(?<v>[A-Za-z]+)[""']?\s*$") is { Success: true } m ? m.Groups["v"].Value : null;

    [GeneratedRegex(@"^(?<colons>:{3,})\s*(?<kind>[A-Za-z]+)(?<title>([\s\[][^\n]*)?)$")]
    private static partial Regex DocusaurusOpen();

    [GeneratedRegex(@"^\{\{[<%]-?\s*(?<name>alert|hint|callout|admonition|notice|note|tip|warning|caution|important|danger|info)(?<args>(\s[^/{}]*)?)\s*-?[>%]\}\}$")]
    private static partial Regex ShortcodeAdmonition();

    // "!!! note "Title"", also with more classes ("!!! tip inline end") and pymdownx.details' "??? note", "???+ note".
    [GeneratedRegex(@"^(!!!|\?\?\?\+?)\s*(?<kind>[A-Za-z]+)(\s+[A-Za-z][\w-]*)*(\s+""(?<title>[^""]*)"")?\s*$")]
    private static partial Regex MkDocsOpen();

    // pymdownx.blocks' header: "/// note | Title", "//// tab | Python 3.10+".
    [GeneratedRegex(@"^(?<slashes>/{3,})\s*(?<name>[A-Za-z][\w-]*)\s*(\|\s*(?<arg>.*))?$")]
    private static partial Regex BlocksOpen();

    // A pymdownx.blocks option line ("type: warning", "open: True").
    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*):(\s+(?<value>.*))?$")]
    private static partial Regex BlockOption();
}
