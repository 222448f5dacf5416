using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Where a template stands in a link address (markdown link, reference definition, autolink, HTML attribute),
// and the tags that only name an address.
public static partial class ForeignSyntax
{
    /// <summary>
    /// What a template tag that only names an address stands for, or null: Jekyll's
    /// <c>{% link docs/page.md %}</c> (the file, from the site folder) and <c>{{ site.baseurl }}</c>
    /// (nothing: addresses here start at the site's root; alone, the root itself), <c>{{ "/x" | relative_url }}</c>
    /// (also <c>| prepend: site.baseurl</c>), and
    /// Hugo's <c>{{&lt; ref "page.md" &gt;}}</c> and <c>relref</c> (the file, as links here are read).
    /// </summary>
    private static string? LinkEquivalent(string tag)
    {
        if (RawTag().IsMatch(tag))
        {
            return ""; // "{% raw %}`{{ x }}`{% endraw %}" in a line: the text between is shown as written here anyway
        }

        if (tag.StartsWith("{/*", StringComparison.Ordinal))
        {
            return ""; // an MDX comment ("{/* truncate */}"): nothing to show, as in Docusaurus
        }

        if (JekyllLink().Match(tag) is { Success: true } link)
        {
            return "/" + link.Groups["path"].Value.TrimStart('/');
        }

        if (SiteBaseUrl().IsMatch(tag))
        {
            return "";
        }

        if (RelativeUrl().Match(tag) is { Success: true } relative)
        {
            return relative.Groups["path"].Value;
        }

        return HugoRef().Match(tag) is { Success: true } reference ? reference.Groups["path"].Value : null;
    }

    /// <summary>
    /// Whether a template tag after <paramref name="text"/> starts the address of a reference
    /// definition (<c>[name]: </c>, also with the address on the line after <paramref name="previous"/>)
    /// or of an autolink (<c>&lt;</c>): true when it is inside angle brackets, false when bare, null
    /// when it is in no address.
    /// </summary>
    private static bool? StartsUnknownAddress(StringBuilder text, string? previous)
    {
        var before = text.ToString();
        if (before.EndsWith('<'))
        {
            return true;
        }

        return IsReferenceDefinition(before, previous) ? false : null;
    }

    private static bool IsReferenceDefinition(string before, string? previous) =>
        ReferenceDefinitionStart().IsMatch(before) || before.Trim() is "" or "<" && previous is not null && ReferenceDefinitionStart().IsMatch(previous.TrimEnd());

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?$")]
    private static partial Regex ReferenceDefinitionStart();

    /// <summary>
    /// True when <paramref name="index"/> of <paramref name="line"/> is inside an HTML tag
    /// (<c>&lt;a href="…</c>): a <c>&lt;</c> and a letter (or <c>/</c>) before it, no <c>&gt;</c> between.
    /// </summary>
    private static bool InsideHtmlTag(string line, int index)
    {
        var open = line.LastIndexOf('<', Math.Max(0, index - 1));
        return open >= 0 && open + 1 < line.Length && (char.IsAsciiLetter(line[open + 1]) || line[open + 1] == '/')
            && line.IndexOf('>', open, index - open) < 0;
    }

    /// <summary>
    /// Where the URL attribute whose quoted value <paramref name="text"/> ends inside starts
    /// (<c>… href="/x/</c>: the index of the space before <c>href</c>), or null when the text does not
    /// end inside the value of an <c>href</c>, <c>src</c>, <c>poster</c>, <c>srcset</c> or <c>action</c> of an HTML
    /// tag; with the quote that closes the value.
    /// </summary>
    private static (int Start, char Quote) UrlAttributeStart(StringBuilder text)
    {
        var before = text.ToString();
        var open = before.LastIndexOf('<');
        if (open < 0 || before.IndexOf('>', open) >= 0 || open + 1 >= before.Length || !char.IsAsciiLetter(before[open + 1]))
        {
            return (-1, '"');
        }

        return UrlAttributeValueOpen().Match(before, open) is { Success: true } attribute
            ? (attribute.Index, attribute.Groups["value"].Value[0])
            : (-1, '"');
    }

    // The end of a tag's text inside a URL attribute's value: ' href="' or ' src="/img/' (no closing quote yet).
    [GeneratedRegex(@"\s+(href|src|poster|srcset|action)\s*=\s*(?<value>""[^""]*|'[^']*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttributeValueOpen();

    /// <summary>Where a bare link address that starts at <paramref name="start"/> ends: the first space, else the line's end.</summary>
    private static int EndOfAddress(string line, int start)
    {
        var space = line.IndexOfAny([' ', '\t'], start);
        return space < 0 ? line.Length : space;
    }

    /// <summary>The character that ends the link address <paramref name="text"/> stops inside, or null when it is not in one.</summary>
    private static string? EndsInLinkAddress(StringBuilder text)
    {
        var end = text.Length;
        if (end >= 2 && text[end - 2] == ']' && text[end - 1] == '(')
        {
            return ")";
        }

        if (end >= 2 && text[end - 1] is '"' or '\'' && text[end - 2] == '=')
        {
            return text[end - 1].ToString();
        }

        return null;
    }

    [GeneratedRegex(@"^\{%-?\s*link\s+(?<path>[^\s%]+)\s*-?%\}$")]
    private static partial Regex JekyllLink();

    [GeneratedRegex(@"^\{\{-?\s*site\.(baseurl|url|github\.url)\s*-?\}\}$")]
    private static partial Regex SiteBaseUrl();

    // "{{ '/x' | relative_url }}", also written "{{ '/x' | prepend: site.baseurl }}" (and "| prepend: site.url" after it).
    [GeneratedRegex(@"^\{\{-?\s*(?<q>[""'])(?<path>[^""']*)\k<q>(\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(baseurl|url|github\.url)))+\s*-?\}\}$")]
    private static partial Regex RelativeUrl();

    // "{{ page.url }}", "{{ page.url | relative_url }}" (also absolute_url, prepend: site.baseurl).
    [GeneratedRegex(@"^\{\{-?\s*page\.url(\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(baseurl|url|github\.url)))*\s*-?\}\}$")]
    private static partial Regex PageUrl();

    [GeneratedRegex(@"^\{\{[<%]\s*(relref|ref)\s+(?<q>[""']?)(?<path>[^""'\s>%]+)\k<q>\s*[>%]\}\}$")]
    private static partial Regex HugoRef();
}
