using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Docs published under a path by their own generator often hard-code that path in links
/// (<c>/projectname/docs/x</c>): Jekyll's <c>baseurl: /projectname</c> (<c>_config.yml</c> in the
/// input folder), Docusaurus' <c>baseUrl: '/projectname/'</c> (its <c>docusaurus.config.*</c>, see
/// <see cref="GeneratorProject.DocusaurusConfig"/>) and the path of MkDocs' <c>site_url</c>
/// (<c>https://example.org/projectname/</c> in <c>mkdocs.yml</c>). Every page gets that path as
/// <see cref="Markdown.MarkdownKeys.AddressPrefix"/>, so those links are read from the site's root
/// here, where addresses start at the root (without any of those, the input folder's own name
/// serves: <see cref="FolderPrefix"/>). Reads the one setting of each file with a line match;
/// a value made by a template or an environment variable is not a path. Other folders are left as they are.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class ApplyBaseUrlPrefix(string inputFolder) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        Prefix(inputFolder) is { } prefix
            ? [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.AddressPrefix, prefix))]
            : inputs;

    /// <summary>
    /// A folder of docs in a repository (GitHub's <c>docs/</c>) is often linked from the repository's
    /// root, as GitHub reads a leading <c>/</c>: <c>/docs/PLUGINS.md</c> from a page of <c>docs/</c>.
    /// Without another generator's path, RenderMarkdown gives ResolveLinks the folder's own name as
    /// the prefix (a site-wide value, not one set on every page, which would make a live preview
    /// redo every page), tried before the link as written.
    /// </summary>
    public static string? FolderPrefix(string folder) =>
        AsPrefix(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));

    /// <summary>The path the docs of <paramref name="folder"/> are published under by their generator (<c>/path</c>), or null.</summary>
    public static string? Prefix(string folder) =>
        BaseUrl(folder) ?? DocusaurusBaseUrl(folder) ?? MkDocsSitePath(folder);

    /// <summary>
    /// The <c>baseurl</c> of <paramref name="folder"/>'s <c>_config.yml</c> as <c>/path</c> (no
    /// trailing <c>/</c>), or null when there is none, it is empty or <c>/</c>, or it is a template.
    /// </summary>
    public static string? BaseUrl(string folder)
    {
        var config = Path.Combine(folder, JekyllCollections.ConfigName);
        return File.Exists(config) && BaseUrlLine().Match(File.ReadAllText(config)) is { Success: true } match
            ? AsPrefix(match.Groups["value"].Value)
            : null;
    }

    /// <summary>
    /// Docusaurus' <c>baseUrl</c> (<c>baseUrl: '/projectname/'</c>) of the project whose docs
    /// <paramref name="folder"/> is, as <c>/projectname</c>; null without one, for <c>/</c>, or when it is
    /// computed (<c>process.env.BASE_URL</c>).
    /// </summary>
    public static string? DocusaurusBaseUrl(string folder) =>
        GeneratorProject.DocusaurusConfig(folder) is { } config && DocusaurusBaseUrlLine().Match(File.ReadAllText(config)) is { Success: true } match
            ? AsPrefix(match.Groups["value"].Value)
            : null;

    /// <summary>
    /// The path of MkDocs' <c>site_url</c> (<c>https://example.org/projectname/</c> gives
    /// <c>/projectname</c>) in the <c>mkdocs.yml</c> of the project <paramref name="folder"/> belongs
    /// to; null without one, for a site at its host's root, or when it is not an http(s) address.
    /// </summary>
    public static string? MkDocsSitePath(string folder)
    {
        if (GeneratorProject.Of(folder) is not { } project || !Path.GetFileName(project.ConfigFile).StartsWith("mkdocs.", StringComparison.Ordinal)
            || SiteUrlLine().Match(File.ReadAllText(project.ConfigFile)) is not { Success: true } match
            || !Uri.TryCreate(match.Groups["value"].Value.Trim().Trim('"', '\''), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return AsPrefix(url.AbsolutePath);
    }

    // "/projectname/", "projectname", "'/projectname'" give "/projectname"; "/", "", templates and addresses give null.
    private static string? AsPrefix(string raw)
    {
        var value = raw.Trim().Trim('"', '\'', '`').Trim().Trim('/');
        return value.Length == 0 || value.IndexOfAny(['{', '$', ':', ' ', '!']) >= 0 ? null : "/" + value;
    }

    [GeneratedRegex(@"^baseurl[ \t]*:[ \t]*(?<value>[^\r\n#]*)", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();

    // The site's "baseUrl:" as a string literal; one computed at build time ("process.env.BASE_URL ?? '/'") is not matched.
    [GeneratedRegex(@"(^|[\s,{])baseUrl[ \t]*:[ \t]*(?<value>""[^""\r\n]*""|'[^'\r\n]*'|`[^`\r\n]*`)", RegexOptions.Multiline)]
    private static partial Regex DocusaurusBaseUrlLine();

    [GeneratedRegex(@"^site_url[ \t]*:[ \t]*(?<value>[^\r\n#]*)", RegexOptions.Multiline)]
    private static partial Regex SiteUrlLine();
}
