using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Template syntax this generator does not run (Hugo shortcodes, Liquid, MDX, kramdown attribute lists):
// removed with a warning, or kept as the address it names.
public static partial class ForeignSyntax
{
    /// <summary><paramref name="line"/> without template tags outside `code spans`.</summary>
    /// <param name="line">The line.</param>
    /// <param name="lineIndex">Its index, for the removals' places.</param>
    /// <param name="removed">Where removals are added.</param>
    /// <param name="previous">The line before it (a reference definition's address may start on the next line).</param>
    /// <param name="pageFile">The page's own file from the site's root, for <c>{{ page.url }}</c>; null when unknown.</param>
    /// <param name="htmlAsText">Raw HTML is shown as text: template syntax inside a tag stays as written.</param>
    /// <param name="templatesAreText">The docs' generator runs no templates: <c>{{ … }}</c> and <c>{% … %}</c> stay as written.</param>
    private static string StripTemplates(string line, int lineIndex, List<Removal> removed, string? previous, string? pageFile, bool htmlAsText, bool templatesAreText)
    {
        if (!line.Contains('{') && !line.Contains('<'))
        {
            return line;
        }

        var result = new StringBuilder(line.Length);
        var start = 0;
        foreach (Match match in TemplateOrCode().Matches(line))
        {
            if (match.Value.StartsWith('`') || match.Groups["escaped"].Success)
            {
                // Code spans are shown as written, and Hugo's escaped shortcodes as the shortcode they
                // escape ("{{</* x */>}}" is "{{< x >}}"), in code and out: they show the syntax, they are not removed.
                if (match.Value.Contains("/*", StringComparison.Ordinal) && UnescapeShortcodes(match.Value) is var shown && shown != match.Value)
                {
                    // In text, "{{<callout>}}" would hold an HTML tag: its "<" is written as markdown's "\<".
                    var tag = !match.Value.StartsWith('`') && shown.Length > 3 && shown[2] == '<' && !char.IsWhiteSpace(shown[3]);
                    result.Append(line, start, match.Index - start).Append(tag ? "{{\\<" + shown[3..] : shown);
                    start = match.Index + match.Length;
                }

                continue;
            }

            if (match.Index < start)
            {
                continue; // inside a link address already dropped
            }

            if (templatesAreText && match.Value.Length > 1 && match.Value[0] == '{' && match.Value[1] is '{' or '%')
            {
                continue; // MkDocs (without macros) and mdBook print "{{ base_url }}" as written: it is text there
            }

            if (htmlAsText && InsideHtmlTag(line, match.Index))
            {
                continue; // "<a href="{{ post.url }}">" is printed as written: so is its template
            }

            result.Append(line, start, match.Index - start);
            start = match.Index + match.Length;
            if (match.Value.StartsWith("{:", StringComparison.Ordinal) && AttributeList().Match(match.Value) is { Success: true } attributes
                && !line.AsSpan(0, match.Index).IsWhiteSpace())
            {
                // kramdown's and Python-Markdown's "{: #id .class}" after an element: Markdig's own "{#id .class}".
                result.Append('{').Append(attributes.Groups["list"].Value.Trim()).Append('}');
                continue;
            }

            if (match.Value.StartsWith("{:", StringComparison.Ordinal) && AttributeList().Match(match.Value) is { Success: true } styles
                && styles.Groups["list"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(a => a[0] == '.'))
            {
                // "{: .fs-6 .fw-300 }" alone on its line: classes for the theme that wrote them (Just the Docs'
                // type scale, labels); nothing the reader would miss, so they go without a warning.
                continue;
            }

            if (pageFile is not null && PageUrl().IsMatch(match.Value)
                && (EndsInLinkAddress(result) is not null || result.Length > 0 && result[^1] == '<' || IsReferenceDefinition(result.ToString(), previous)))
            {
                // "[this page]({{ page.url | relative_url }})": the page's own address, which its file names here.
                result.Append(pageFile);
                continue;
            }

            if (LinkEquivalent(match.Value) is { } equivalent)
            {
                // "({{ site.baseurl }})" alone is the site's root, as Jekyll publishes it, not an empty address.
                var rootAlone = equivalent.Length == 0 && SiteBaseUrl().IsMatch(match.Value)
                    && (start >= line.Length || line[start] is not ('/' or '{' or '?' or '#'))
                    && (EndsInLinkAddress(result) is not null || result.Length > 0 && result[^1] == '<' || IsReferenceDefinition(result.ToString(), previous));
                result.Append(rootAlone ? "/" : equivalent); // works as written: not a removal
                continue;
            }

            removed.Add(new Removal(Shorten(match.Value), lineIndex, match.Index + 1));
            if (UrlAttributeStart(result) is var (attribute, quote) && attribute >= 0)
            {
                // "<a href="{{ post.url }}">", "<img src="/img/{{ name }}">": the address is unknown,
                // so the attribute goes whole (the link's text stays, as for markdown links).
                result.Length = attribute;
                var closing = line.IndexOf(quote, start);
                start = closing >= 0 ? closing + 1 : line.Length;
                continue;
            }

            if (EndsInLinkAddress(result) is { } closer && line.IndexOf(closer, start, StringComparison.Ordinal) is var end and >= 0)
            {
                // "[text]({{ site.repo }}/blob/x)": what is left of the address would be checked as a
                // page of this site and reported missing; the address is unknown, so it is dropped.
                start = end;
            }
            else if (StartsUnknownAddress(result, previous) is { } bracket)
            {
                // "[name]: {{% param repo %}}/x", "<{{% param repo %}}/x>": an address made by a template is
                // unknown; the definition keeps an empty address ("<>") so its links stay links.
                var closing = bracket ? line.IndexOf('>', start) : -1;
                if (bracket)
                {
                    result.Length--;
                }

                result.Append(IsReferenceDefinition(result.ToString(), previous) ? "<>" : "");
                start = closing >= 0 ? closing + 1 : EndOfAddress(line, start);
            }
        }

        if (start == 0)
        {
            return line;
        }

        result.Append(line, start, line.Length - start);
        return result.ToString();
    }

    /// <summary>
    /// True when <paramref name="directive"/>, on line <paramref name="index"/>, is a plugin's: mkdocstrings'
    /// <c>::: package.Name</c> (a dotted name, or any name that is no admonition kind), also as a heading
    /// (<c>#### ::: mkdocs.plugins.event_priority</c>, whose level the plugin gives the object's heading), or
    /// a dashed name with indented <c>:option:</c> lines under it (<c>::: mkdocs-click</c>
    /// with <c>:module: mkdocs.__main__</c>). A dashed name without options is a container
    /// (VitePress' <c>::: code-group</c>), read below.
    /// </summary>
    private static bool IsPluginDirective(string[] lines, int index, Match directive)
    {
        var id = directive.Groups["id"].Value;
        return id.Contains('-', StringComparison.Ordinal)
            ? index + 1 < lines.Length && PluginOption().IsMatch(lines[index + 1])
            : id.Contains('.', StringComparison.Ordinal) || !Admonitions.IsKind(id);
    }

    /// <summary>
    /// Blanks the plugin directive on line <paramref name="index"/> (<paramref name="trimmed"/>, at
    /// <paramref name="indent"/>) and its indented options, adding it to <paramref name="removed"/>; returns its
    /// last line. The block quote markers it is written in (<paramref name="quote"/>) stay, so the quote goes on.
    /// </summary>
    private static int RemoveMkDocstrings(string[] lines, int index, string trimmed, int indent, string quote, List<Removal> removed)
    {
        // mkdocstrings' "::: package.module.Name" renders API documentation from source
        // code, and mkdocs-click's "::: mkdocs-click" a command's help from its code, which this
        // generator does not read: the line and its indented options go, with the warning every
        // removed template gets.
        removed.Add(new Removal(Shorten(trimmed[quote.Length..]), index, indent + quote.Length + 1));
        lines[index] = quote.TrimEnd();
        while (index + 1 < lines.Length && lines[index + 1].Length > 0 && lines[index + 1][0] is ' ' or '\t')
        {
            lines[++index] = "";
        }

        return index;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    // A component tag's quoted attribute values may hold "<", ">" and backticks ("caption="`RefCell<T>`""):
    // they are read whole, so the tag is matched at its "<" before any code span inside it.
    [GeneratedRegex(@"`+[^`]*`+|(?<escaped>\{\{[<%][ \t]*/\*.*?\*/[ \t]*[>%]\}\})|\{/\*.*?\*/\}|\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{%-?.*?-?%\}|\{\{-?(?!#).*?-?\}\}|\{:[^}]*\}|</?[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*(\s(?:""[^""]*""|'[^']*'|[^<>""'])*)?/?>")]
    private static partial Regex TemplateOrCode();

    [GeneratedRegex(@"^\{:\s*(?<list>([#.][\w:-]+|[\w-]+=(""[^""]*""|'[^']*'|[^\s}]+))(\s+([#.][\w:-]+|[\w-]+=(""[^""]*""|'[^']*'|[^\s}]+)))*)\s*\}$")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"^(import\s+[\w{}*,\s]+\s+from\s+['""][^'""]+['""];?|import\s+['""][^'""]+['""];?|export\s+(const|default|function)\b.*)\s*$")]
    private static partial Regex MdxImport();

    // "::: package.Name", "#### ::: package.Name" (the heading the plugin writes, at that level), "> ::: x" in a quote.
    [GeneratedRegex(@"^(?<quote>(>[ \t]?)*)(#{1,6}[ \t]+)?:::[ \t]+(?<id>[A-Za-z_][\w.-]*)[ \t]*$")]
    private static partial Regex MkDocstringsDirective();

    // An option of a plugin's directive, indented under it: ":module: mkdocs.__main__".
    [GeneratedRegex(@"^[ \t]+:[\w-]+:")]
    private static partial Regex PluginOption();
}
