using System.Text.RegularExpressions;

namespace TwitchSite.Site;

/// <summary>
/// The languages a multilingual Hugo site's configuration defines (<c>[languages.fa]</c> in TOML,
/// <c>languages:</c> with a key per language in YAML, or <c>config/_default/languages.*</c>) and
/// its default language (<c>defaultContentLanguage</c>, else <c>en</c>). Hugo names a page's
/// language in its file name (<c>page.fa.md</c>, <c>_index.fa.md</c>); this generator builds the
/// default language's pages as the site.
/// </summary>
/// <param name="Default">The default language, in lower case.</param>
/// <param name="Languages">Every configured language, in lower case (the default among them).</param>
public sealed partial record HugoLanguages(string Default, IReadOnlySet<string> Languages)
{
    /// <summary>
    /// The languages of the Hugo project whose content folder <paramref name="inputFolder"/> is (or is
    /// inside: <c>content/en</c>); null when it is in no Hugo project, or one that defines no
    /// languages but its default. Read with line matches, as <see cref="GeneratorProject"/> reads Hugo's settings.
    /// </summary>
    public static HugoLanguages? Of(string inputFolder)
    {
        var folder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)));
        for (var up = 0; up < 2 && folder is not null; up++, folder = Path.GetDirectoryName(folder))
        {
            if (GeneratorProject.IsHugoProject(folder))
            {
                return Read(folder);
            }
        }

        return null;
    }

    /// <summary>The language <paramref name="source"/>'s file name names (<c>blog/page.fa.md</c> is <c>fa</c>), when it is one of <see cref="Languages"/>; else null.</summary>
    public string? LanguageOf(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        var dot = name.LastIndexOf('.');
        return dot > 0 && Languages.Contains(name[(dot + 1)..].ToLowerInvariant()) ? name[(dot + 1)..].ToLowerInvariant() : null;
    }

    /// <summary><paramref name="source"/> without its language in its file name (<c>blog/page.en.md</c> is <c>blog/page.md</c>).</summary>
    public static string WithoutLanguage(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        var folder = source[..(source.Length - Path.GetFileName(source).Length)];
        return folder + name[..name.LastIndexOf('.')] + Path.GetExtension(source);
    }

    private static readonly string[] LanguageFiles = ["languages.toml", "languages.yaml", "languages.yml"];

    private static HugoLanguages? Read(string project)
    {
        var languages = new HashSet<string>(StringComparer.Ordinal);
        string? configured = null;
        foreach (var file in GeneratorProject.HugoConfigNames.SelectMany(n => new[] { Path.Combine(project, n), Path.Combine(project, "config", "_default", n) }).Distinct().Where(File.Exists))
        {
            var text = File.ReadAllText(file);
            configured ??= DefaultLanguage().Match(text) is { Success: true } setting ? setting.Groups["language"].Value : null;
            languages.UnionWith(TomlLanguageTable().Matches(text).Select(m => m.Groups["language"].Value));
            languages.UnionWith(YamlLanguageKeys(text.Split('\n'), "languages"));
        }

        // config/_default/languages.toml holds one table per language ("[fa]"), languages.yaml one key each ("fa:").
        foreach (var file in LanguageFiles.Select(n => Path.Combine(project, "config", "_default", n)).Where(File.Exists))
        {
            var text = File.ReadAllText(file);
            languages.UnionWith(file.EndsWith(".toml", StringComparison.Ordinal)
                ? TomlTopTable().Matches(text).Select(m => m.Groups["language"].Value)
                : YamlLanguageKeys(text.Split('\n'), null));
        }

        var lower = languages.Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var @default = (configured ?? "en").ToLowerInvariant();
        return lower.Any(l => l != @default) ? new HugoLanguages(@default, lower) : null;
    }

    /// <summary>
    /// The keys one level under the YAML key <paramref name="parent"/> (<c>languages:</c> then
    /// <c>  en:</c>, <c>  fa:</c>), or the top-level keys when <paramref name="parent"/> is null.
    /// </summary>
    private static IEnumerable<string> YamlLanguageKeys(string[] lines, string? parent)
    {
        var inside = parent is null;
        int? indent = parent is null ? 0 : null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var lineIndent = line.Length - trimmed.Length;
            if (parent is not null && lineIndent == 0)
            {
                inside = YamlKey().Match(trimmed) is { Success: true } top && top.Groups["key"].Value == parent && top.Groups["rest"].Value.Trim().Length == 0;
                continue;
            }

            if (!inside || YamlKey().Match(trimmed) is not { Success: true } key)
            {
                continue;
            }

            indent ??= lineIndent;
            if (lineIndent == indent)
            {
                yield return key.Groups["key"].Value;
            }
        }
    }

    [GeneratedRegex(@"^\s*[""']?defaultContentLanguage[""']?\s*[:=]\s*[""']?(?<language>[a-zA-Z-]+)", RegexOptions.Multiline)]
    private static partial Regex DefaultLanguage();

    // "[languages.fa]", also "[languages.fa.params]" (which defines the language too).
    [GeneratedRegex(@"^\s*\[\s*languages\.[""']?(?<language>[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?)[""']?\s*[\].]", RegexOptions.Multiline)]
    private static partial Regex TomlLanguageTable();

    [GeneratedRegex(@"^\s*\[\s*[""']?(?<language>[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?)[""']?\s*[\].]", RegexOptions.Multiline)]
    private static partial Regex TomlTopTable();

    [GeneratedRegex(@"^[""']?(?<key>[\w-]+)[""']?:(?<rest>.*)$")]
    private static partial Regex YamlKey();
}
