using System.Text.RegularExpressions;

namespace TwitchSite.Content;

/// <summary>
/// Docusaurus' way to share text between pages: a page imports another markdown file as a
/// component (<c>import Warning from './_warning.mdx';</c>) and places it on a line of its own
/// (<c>&lt;Warning /&gt;</c>). That is an include: the import line becomes empty (lines keep their
/// numbers) and the component's line becomes <c>{{#mdx_partial ./_warning.mdx}}</c>, which
/// <see cref="ExpandIncludes"/> reads like any include (checked, inside the site), except that
/// the partial's relative links keep pointing where they pointed from its own folder. Imports of
/// JavaScript components are left to the foreign syntax step, which removes them with a warning.
/// </summary>
public static partial class MdxPartials
{
    /// <summary>The include directive a partial becomes: an include whose relative links are read from the partial's own folder.</summary>
    public const string Directive = "mdx_partial";

    /// <summary>The body with its markdown imports turned into includes, or null when it has none (most pages: one search).</summary>
    public static string? Rewrite(string body)
    {
        if (!body.Contains("import ", StringComparison.Ordinal))
        {
            return null;
        }

        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match import in PartialImport().Matches(body))
        {
            // A JavaScript string: "./\_warning.mdx" (markdown's escape, written there too) names "./_warning.mdx".
            partials.TryAdd(import.Groups["name"].Value, ScriptString.Unescape(import.Groups["path"].Value));
        }

        if (partials.Count == 0)
        {
            return null;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var rewritten = ComponentLine().Replace(body, line =>
        {
            if (!partials.TryGetValue(line.Groups["name"].Value, out var path))
            {
                return line.Value;
            }

            used.Add(line.Groups["name"].Value);
            return line.Groups["indent"].Value + "{{#" + Directive + " " + path + "}}";
        });
        return used.Count == 0
            ? null
            : PartialImport().Replace(rewritten, import => used.Contains(import.Groups["name"].Value) ? "" : import.Value);
    }

    // An import statement of a markdown file: alone on its line, or one of several on it
    // ("import Tabs from '@theme/Tabs'; import Warning from './_warning.mdx';", as Prettier writes them).
    [GeneratedRegex("""(?<=^[ \t]*|;[ \t]*)import\s+(?<name>[A-Z][A-Za-z0-9_]*)\s+from\s+(?<q>['"])(?<path>\.{1,2}/(?:\\.|(?!\k<q>)[^\\\r\n])+?\.mdx?)\k<q>;?[ \t]*(?=$|import\s|export\s)""", RegexOptions.Multiline)]
    private static partial Regex PartialImport();

    [GeneratedRegex(@"^(?<indent>[ \t]*)<(?<name>[A-Z][A-Za-z0-9_]*)(\s+[^<>]*)?\s*/>[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ComponentLine();
}
