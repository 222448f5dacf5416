using System.Text.RegularExpressions;
using TwitchSite.Engine.IO;

namespace TwitchSite.Site;

/// <summary>
/// Hugo's module mounts (<c>[[module.mounts]]</c> with <c>source</c> and <c>target</c>, in the
/// project's configuration or <c>config/_default/module.*</c>): a folder of the project given to
/// Hugo as one of its component folders. Hugo builds the folder mounted at <c>content</c> as the
/// site's content (gohugoio/hugoDocs mounts <c>content/en</c> there), and a mount for a target
/// replaces Hugo's default folder for it. Only folders inside the project are taken: a mount from
/// outside it (<c>../docs</c>, or a link that leads out) is never read, as nothing outside the site
/// is. A mount into part of a component (<c>content/blog</c>) is not followed: this generator builds
/// one content folder.
/// </summary>
public static class HugoMounts
{
    /// <summary>
    /// The folder mounted at <c>content</c> for the site's default language (a mount naming no
    /// language serves every one; Hugo names them with <c>lang</c>, or in its newer form with
    /// <c>sites.matrix.languages</c>), the first when several are; null when no mount inside the
    /// project is (Hugo's default folder, <c>content</c> or <c>contentDir</c>, is then the content).
    /// </summary>
    public static string? ContentFolder(string project, HugoConfig config) =>
        Folder(project, config, "content", DefaultLanguage(config));

    /// <summary>The folder mounted at <c>static</c>, whose files Hugo publishes at the site's root; null when no mount inside the project is.</summary>
    public static string? StaticFolder(string project, HugoConfig config) =>
        Folder(project, config, "static", DefaultLanguage(config));

    /// <summary>The site's default language as the configuration names it (<c>defaultContentLanguage</c>, else <c>en</c>), in lower case.</summary>
    public static string DefaultLanguage(HugoConfig config) =>
        (config.GetString("defaultContentLanguage") ?? "en").ToLowerInvariant();

    private static string? Folder(string project, HugoConfig config, string target, string language)
    {
        foreach (var mount in config.Tables("module", "mounts"))
        {
            if (mount.GetValueOrDefault("target") is not string mountTarget
                || mountTarget.Replace('\\', '/').Trim('/') != target
                || mount.GetValueOrDefault("source") is not string { Length: > 0 } source
                || !Serves(mount, language))
            {
                continue;
            }

            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(project, source)));
            if (Directory.Exists(folder) && IsInside(folder, project))
            {
                return folder;
            }
        }

        return null;
    }

    // Inside the project as written and where its links lead: "../docs" and a link out are both outside.
    private static bool IsInside(string folder, string project) =>
        RealPath.IsSameOrInside(folder, Path.TrimEndingDirectorySeparator(Path.GetFullPath(project))) && SiteFiles.Check(folder, project) is null;

    /// <summary>True when <paramref name="mount"/> serves <paramref name="language"/>: it names no language, or names it (a glob such as <c>**</c> too).</summary>
    private static bool Serves(IReadOnlyDictionary<string, object?> mount, string language)
    {
        var languages = new List<string>();
        if (mount.GetValueOrDefault("lang") is string { Length: > 0 } lang)
        {
            languages.Add(lang);
        }

        if (mount.GetValueOrDefault("sites") is IReadOnlyDictionary<string, object?> sites
            && sites.GetValueOrDefault("matrix") is IReadOnlyDictionary<string, object?> matrix)
        {
            languages.AddRange(matrix.GetValueOrDefault("languages") switch
            {
                string one => [one],
                List<object?> many => many.OfType<string>(),
                _ => [],
            });
        }

        return languages.Count == 0 || languages.Any(l => Glob(l).IsMatch(language));
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern.ToLowerInvariant()).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
