using TwitchSite.Site;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Content;

/// <summary>
/// What an MkDocs project leaves out of its site, for the docs folder being built: mkdocs.yml's
/// <c>exclude_docs</c> (<see cref="GitIgnorePatterns"/>), after MkDocs' defaults, which it always puts
/// first (dot files and folders, and the top <c>templates/</c> folder), and its <c>draft_docs</c>, which
/// <c>mkdocs build</c> leaves out too. Neither a page nor a copied file is published from what is
/// excluded (MkDocs projects keep their hooks, <c>*.py</c>, beside the pages). Reads mkdocs.yml only;
/// one that cannot be read excludes nothing (<see cref="ApplyMkDocsNav"/> reports it).
/// </summary>
public sealed class MkDocsExclude
{
    /// <summary>MkDocs' own exclusions, always before the project's (MkDocs' configuration docs, <c>exclude_docs</c>).</summary>
    public static readonly string[] Defaults = [".*", "/templates/"];

    private readonly GitIgnorePatterns _excluded;
    private readonly GitIgnorePatterns _drafts;

    private MkDocsExclude(GitIgnorePatterns excluded, GitIgnorePatterns drafts)
    {
        _excluded = excluded;
        _drafts = drafts;
    }

    /// <summary>Nothing excluded: no MkDocs project, or not its docs folder.</summary>
    public static MkDocsExclude None { get; } = new(GitIgnorePatterns.Parse([]), GitIgnorePatterns.Parse([]));

    /// <summary>The exclusions of the MkDocs project whose <c>docs_dir</c> is <paramref name="inputFolder"/>; <see cref="None"/> otherwise.</summary>
    public static MkDocsExclude Of(string inputFolder)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || !Path.GetFileName(project.ConfigFile).StartsWith("mkdocs.", StringComparison.Ordinal)
            || Read(project.ConfigFile) is not { } config)
        {
            return None;
        }

        var docsDir = config.Children.TryGetValue(new YamlScalarNode("docs_dir"), out var dir) && dir is YamlScalarNode { Value: { Length: > 0 } name } ? name : "docs";
        if (Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(project.Root, docsDir))) != Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)))
        {
            return None; // the patterns are relative to docs_dir
        }

        return new MkDocsExclude(GitIgnorePatterns.Parse([.. Defaults, .. Lines(config, "exclude_docs")]), GitIgnorePatterns.Parse(Lines(config, "draft_docs")));
    }

    /// <summary>True when <paramref name="relative"/> (a path under the docs folder, '/' separated) is not published.</summary>
    public bool Excludes(string relative) =>
        !ReferenceEquals(this, None) && (_excluded.Matches(relative) || !_drafts.IsEmpty && _drafts.Matches(relative));

    // A block of lines, as MkDocs writes it ("exclude_docs: |"); a list is read the same way.
    private static IEnumerable<string> Lines(YamlMappingNode config, string key) =>
        !config.Children.TryGetValue(new YamlScalarNode(key), out var value) ? []
        : value switch
        {
            YamlScalarNode { Value: { } text } => text.Split('\n'),
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""),
            _ => [],
        };

    private static YamlMappingNode? Read(string path)
    {
        try
        {
            return Yaml.YamlNodes.Load(File.ReadAllText(path)).Root as YamlMappingNode;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
