using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Jekyll sites published under a path (<c>baseurl: /projectname</c> in <c>_config.yml</c>, as on
/// GitHub Pages) often hard-code it in links (<c>/projectname/docs/x</c>): every page gets
/// <see cref="Markdown.MarkdownKeys.AddressPrefix"/>, so those links are read from the site's root
/// here, where addresses start at the root. Reads <c>baseurl</c> of the input folder's
/// <c>_config.yml</c> with a line match; other folders are left as they are.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class ApplyJekyllBaseUrl(string inputFolder) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        BaseUrl(inputFolder) is { } prefix
            ? [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.AddressPrefix, prefix))]
            : inputs;

    /// <summary>
    /// The <c>baseurl</c> of <paramref name="folder"/>'s <c>_config.yml</c> as <c>/path</c> (no
    /// trailing <c>/</c>), or null when there is none, it is empty or <c>/</c>, or it is a template.
    /// </summary>
    public static string? BaseUrl(string folder)
    {
        var config = Path.Combine(folder, JekyllCollections.ConfigName);
        if (!File.Exists(config) || BaseUrlLine().Match(File.ReadAllText(config)) is not { Success: true } match)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim().Trim('"', '\'').Trim().Trim('/');
        return value.Length == 0 || value.Contains('{', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal) || value.Contains(' ', StringComparison.Ordinal)
            ? null
            : "/" + value;
    }

    [GeneratedRegex(@"^baseurl[ \t]*:[ \t]*(?<value>[^\r\n#]*)", RegexOptions.Multiline)]
    private static partial Regex BaseUrlLine();
}
