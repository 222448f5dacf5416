using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Astro Starlight's translated docs (<c>src/content/docs/de/…</c> beside the default language's
/// pages) link to their own language's addresses (<c>/de/guides/pages/</c>) whether or not that
/// page is translated: Starlight publishes the default language's page there as a fallback. For
/// the <c>src/content/docs</c> folder of a Starlight project (an <c>astro.config.*</c> three folders
/// up that uses <c>starlight</c>), every page gets <see cref="Markdown.MarkdownKeys.LocaleFallback"/>:
/// the language folders (top-level folders named like <c>de</c>, <c>pt-br</c>, <c>zh-cn</c>) and the
/// default language's prefix (<c>defaultLocale</c>, none for <c>root</c>), so such a link that finds
/// nothing reaches the default language's page. Reads the configuration with a line match; other folders are left as they are.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class ApplyLocaleFallback(string inputFolder) : IModule
{
    /// <summary>The language folders of the docs and the address prefix of the default language's pages ("" at the root, else <c>/en</c>).</summary>
    public sealed record Fallback(IReadOnlySet<string> Locales, string DefaultPrefix);

    private static readonly string[] ConfigNames = ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs"];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        Of(inputFolder) is { } fallback
            ? [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.LocaleFallback, fallback))]
            : inputs;

    /// <summary>The fallback of the Starlight docs <paramref name="folder"/> is, or null for any other folder.</summary>
    public static Fallback? Of(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var content = Path.GetDirectoryName(full);
        var src = content is null ? null : Path.GetDirectoryName(content);
        var root = src is null ? null : Path.GetDirectoryName(src);
        if (root is null || Path.GetFileName(full) != "docs" || Path.GetFileName(content) != "content" || Path.GetFileName(src) != "src"
            || ConfigNames.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists) is not { } config)
        {
            return null;
        }

        var text = File.ReadAllText(config);
        if (!text.Contains("starlight", StringComparison.Ordinal))
        {
            return null;
        }

        var locales = Directory.EnumerateDirectories(full).Select(Path.GetFileName).OfType<string>()
            .Where(n => LanguageTag().IsMatch(n)).ToHashSet(StringComparer.Ordinal);
        var defaultLocale = DefaultLocale().Match(text) is { Success: true } match && match.Groups[1].Value != "root" ? "/" + match.Groups[1].Value : "";
        return locales.Count == 0 ? null : new Fallback(locales, defaultLocale);
    }

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"defaultLocale\s*:\s*['""`]([\w-]+)['""`]")]
    private static partial Regex DefaultLocale();
}
