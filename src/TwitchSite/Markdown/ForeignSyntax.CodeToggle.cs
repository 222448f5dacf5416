using System.Text.Json;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// Hugo's "{{< code-toggle file=hugo >}}" ... "{{< /code-toggle >}}": configuration that Hugo shows
// as code in tabs of TOML, YAML and JSON (converting it to each). Here its body is one code block in
// the language it is written in, as the Liquid highlight block is (ForeignSyntax.Jekyll.cs).
public static partial class ForeignSyntax
{
    /// <summary>
    /// The line after the code-toggle shortcode that opens on line <paramref name="index"/> and
    /// closes it (<c>{{&lt; /code-toggle &gt;}}</c>, also written <c>{{&lt;/ code-toggle &gt;}}</c>), or 0
    /// when <paramref name="trimmed"/> opens none, it closes itself (<c>config=server /&gt;}}</c>, Hugo's
    /// own defaults, which only Hugo has), or nothing closes it before another one opens.
    /// </summary>
    private static int CodeToggleEnd(string[] lines, int index, string trimmed)
    {
        if (!IsCodeToggleOpen(trimmed))
        {
            return 0;
        }

        for (var i = index + 1; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (CodeToggleClose().IsMatch(text))
            {
                return i;
            }

            if (IsCodeToggleOpen(text))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// The language of a code toggle's body (lines <paramref name="first"/> to <paramref name="end"/>,
    /// not included): <c>json</c> when it reads as JSON; <c>toml</c> when a line is a TOML table
    /// (<c>[markup]</c>) or <c>key = value</c>; <c>yaml</c> when a line is <c>key:</c> or a list item;
    /// else none. The <c>file=</c> argument names the file, not its format (<c>file=hugo</c>).
    /// </summary>
    private static string CodeToggleLanguage(string[] lines, int first, int end)
    {
        var body = string.Join('\n', lines[first..end]).Trim();
        if (body.StartsWith('{') || body.StartsWith('['))
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                return "json";
            }
            catch (JsonException)
            {
                // "[markup]" is a TOML table, not a JSON list: read on.
            }
        }

        var code = lines[first..end].Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return code.Any(l => TomlLine().IsMatch(l)) ? "toml"
            : code.Any(l => YamlLine().IsMatch(l)) ? "yaml"
            : "";
    }

    private static bool IsCodeToggleOpen(string text) =>
        CodeToggleOpen().Match(text) is { Success: true } open && !open.Groups["arguments"].Value.TrimEnd().EndsWith('/');

    // "{{< code-toggle >}}", "{{< code-toggle file=hugo copy=true >}}" (also with "%"); self-closing when its arguments end in "/".
    [GeneratedRegex(@"^\{\{[<%]\s*code-toggle(?<arguments>\s[^>%]*)?[>%]\}\}$")]
    private static partial Regex CodeToggleOpen();

    [GeneratedRegex(@"^\{\{[<%]\s*/\s*code-toggle\s*[>%]\}\}$")]
    private static partial Regex CodeToggleClose();

    // A TOML table header ("[markup]", "[[module.mounts]]") or a "key = value" line ("a.b = 1", "'key' = 'x'").
    [GeneratedRegex(@"^(\[\[?\s*[\w.""'-]+(\s*\.\s*[\w""'-]+)*\s*\]\]?$|[\w.""'-]+\s*=)")]
    private static partial Regex TomlLine();

    // A YAML "key:" (with or without a value after it) or a list item "- x".
    [GeneratedRegex(@"^([\w.""'-]+\s*:(\s|$)|-\s)")]
    private static partial Regex YamlLine();
}
