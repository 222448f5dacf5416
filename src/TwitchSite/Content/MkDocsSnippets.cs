using TwitchSite.Engine.Diagnostics;
using TwitchSite.Site;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Content;

/// <summary>
/// What mkdocs.yml's <c>pymdownx.snippets</c> adds to every page: the files of its
/// <c>auto_append</c> list (mkdocs-material appends <c>includes/mkdocs.md</c>, a list of link
/// definitions such as <c>[mkdocs]: https://www.mkdocs.org</c> that its pages use without defining).
/// Paths are read as a snippet line's are (<see cref="ExpandIncludes"/>): from the folder of
/// mkdocs.yml, else the docs folder. A file that does not exist is a warning (TW0257) at its line
/// of mkdocs.yml, and is left out, as pymdownx leaves it out unless told to check paths.
/// </summary>
public static class MkDocsSnippets
{
    /// <summary>
    /// The snippet lines (<c>--8&lt;-- "includes/mkdocs.md"</c>) to append to every markdown page
    /// of <paramref name="inputFolder"/>, a blank line before each; empty when it is not an MkDocs
    /// docs folder or nothing is appended. Missing files are reported to <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="inputFolder">The site's input folder (full path).</param>
    /// <param name="diagnostics">Gets a warning for each file that does not exist.</param>
    public static string AutoAppended(string inputFolder, DiagnosticSink diagnostics)
    {
        var lines = new List<string>();
        foreach (var (path, file, entry, config) in Entries(inputFolder))
        {
            if (file is null)
            {
                diagnostics.Add(Diagnostics.Codes.SnippetAutoAppendNotFound.Create(
                    new SourceLocation(config, (int)entry.Start.Line, (int)entry.Start.Column), path));
                continue;
            }

            lines.Add("\n\n--8<-- \"" + path + "\"");
        }

        return string.Concat(lines);
    }

    /// <summary>The files (full paths) appended to every page of <paramref name="inputFolder"/> that exist, for the live preview to watch.</summary>
    public static IEnumerable<string> AutoAppendedFiles(string inputFolder) =>
        Entries(inputFolder).Select(e => e.File).OfType<string>();

    // Each auto_append entry: the path as written, the file it names (null when none), its node and mkdocs.yml's path.
    private static IEnumerable<(string Path, string? File, YamlScalarNode Entry, string Config)> Entries(string inputFolder)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || !Path.GetFileName(project.ConfigFile).StartsWith("mkdocs.", StringComparison.Ordinal)
            || Load(project.ConfigFile) is not { } config
            || MkDocsExtensions.Option(MkDocsExtensions.Options(config, "pymdownx.snippets"), "auto_append") is not { } listed)
        {
            return [];
        }

        IEnumerable<YamlScalarNode> entries = listed switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>(),
            YamlScalarNode one => [one],
            _ => [],
        };

        // Read as a snippet line's path is: from the folder of mkdocs.yml, else the docs folder.
        return entries.Where(e => e.Value is { Length: > 0 }).Select(e => (e.Value!,
            new[] { project.Root, inputFolder }.Select(f => Path.GetFullPath(Path.Combine(f, e.Value!))).FirstOrDefault(File.Exists),
            e, project.ConfigFile));
    }

    // Read quietly: ApplyMkDocsNav reports a mkdocs.yml that cannot be read (TW0254).
    private static YamlMappingNode? Load(string path)
    {
        try
        {
            return Yaml.YamlNodes.Load(File.ReadAllText(path)).Root as YamlMappingNode;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
