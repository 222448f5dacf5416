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
    /// <param name="root">The folder snippets are read from first (<see cref="GeneratorProject.IncludeRoot"/>).</param>
    /// <param name="diagnostics">Gets a warning for each file that does not exist.</param>
    public static string AutoAppended(string inputFolder, string root, DiagnosticSink diagnostics)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || !Path.GetFileName(project.ConfigFile).StartsWith("mkdocs.", StringComparison.Ordinal)
            || Load(project.ConfigFile) is not { } config
            || MkDocsExtensions.Option(MkDocsExtensions.Options(config, "pymdownx.snippets"), "auto_append") is not { } listed)
        {
            return "";
        }

        var entries = listed switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>(),
            YamlScalarNode one => [one],
            _ => [],
        };
        var lines = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Value is not { Length: > 0 } path)
            {
                continue;
            }

            if (!File.Exists(Path.Combine(root, path)) && !File.Exists(Path.Combine(inputFolder, path)))
            {
                diagnostics.Add(Diagnostics.Codes.SnippetAutoAppendNotFound.Create(
                    new SourceLocation(project.ConfigFile, (int)entry.Start.Line, (int)entry.Start.Column), path));
                continue;
            }

            lines.Add("\n\n--8<-- \"" + path + "\"");
        }

        return string.Concat(lines);
    }

    // Read quietly: ApplyMkDocsNav reports a mkdocs.yml that cannot be read (TW0254).
    private static YamlMappingNode? Load(string path)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (Exception exception) when (exception is YamlException or IOException)
        {
            return null;
        }
    }
}
