using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Site;
using TwitchSite.Urls;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// MkDocs' table of contents: when the input folder is an MkDocs project's docs folder
/// (<c>mkdocs.yml</c> beside it, whose <c>docs_dir</c>, default <c>docs</c>, is the input folder)
/// and <c>mkdocs.yml</c> has a <c>nav</c>, its entries give pages their order, nesting and titles
/// (<see cref="NavOutline"/>): <c>- page.md</c> (the page's own title), <c>- Title: page.md</c>,
/// <c>- Section: [entries]</c>, <c>- Title: folder/</c> (the folder's index page). A section whose
/// first entry is an index page (<c>index.md</c>, <c>README.md</c>) is that page, titled by the
/// section; a section without one has no page of its own, so its pages hang where the section is.
/// Pages the nav does not list are published but not in navigation, as in MkDocs, except those
/// inside a folder the nav lists as a whole (<c>- User Guide: user-guide/</c>): they follow the
/// folder tree under its page.
/// Links to other sites are left out (navigation here is made of the site's pages). An entry naming
/// a page that does not exist, or a mkdocs.yml that cannot be read, is a warning (TW0254) and
/// navigation then follows what could be read. Tags such as <c>!!python/name:…</c> and
/// <c>!ENV</c> are read as plain values. Reads mkdocs.yml once per build.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyMkDocsNav(string inputFolder) : IModule
{
    private static readonly string[] IndexNames = ["index.md", "README.md", "readme.md"];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || !Path.GetFileName(project.ConfigFile).StartsWith("mkdocs.", StringComparison.Ordinal)
            || Read(project.ConfigFile, context) is not YamlMappingNode config)
        {
            return inputs;
        }

        // The nav's paths are relative to docs_dir; only the project whose docs folder this is applies.
        var docsDir = config.Children.TryGetValue(new YamlScalarNode("docs_dir"), out var dir) && dir is YamlScalarNode { Value: { Length: > 0 } name } ? name : "docs";
        var docsPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(project.Root, docsDir)));
        var input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        var prefix = docsPath == input ? "" : input == project.Root && docsPath.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(input, docsPath).Replace('\\', '/') + "/"
            : null;
        if (prefix is null)
        {
            return inputs;
        }

        // MkDocs makes heading ids with Python-Markdown's slugify unless toc is given pymdownx' (GitHub-like) one.
        if (!UsesPymdownxSlugs(config))
        {
            inputs = [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.HeadingIdStyle, Rendering.PythonMarkdownIds.Style))];
        }

        if (!config.Children.TryGetValue(new YamlScalarNode("nav"), out var nav) || nav is not YamlSequenceNode list)
        {
            return inputs;
        }

        var sources = inputs.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        var entries = new Dictionary<string, NavOutline.Entry>(StringComparer.Ordinal);
        var folders = new List<string>();
        Walk(list, null, new Reading(prefix, sources, entries, folders, project.ConfigFile, context.Diagnostics));
        return entries.Count == 0 ? inputs : NavOutline.Apply(inputs, entries, null, folders, context);
    }

    /// <summary>
    /// True when mkdocs.yml gives the <c>toc</c> extension a slugify of pymdownx
    /// (<c>slugify: !!python/object/apply:pymdownx.slugs.slugify</c>), which keeps GitHub's style.
    /// Only toc's <c>slugify</c> names heading ids: another extension's (pymdownx.tabbed's, as
    /// mkdocs-material's own mkdocs.yml gives it, names only its tabs) leaves them to toc's default.
    /// </summary>
    private static bool UsesPymdownxSlugs(YamlMappingNode config) =>
        MkDocsExtensions.Option(MkDocsExtensions.Options(config, "toc"), "slugify") is { } slugify
        && (slugify.Tag.ToString().Contains("pymdownx.slugs", StringComparison.Ordinal)
            || slugify is YamlScalarNode { Value: { } v } && v.Contains("pymdownx.slugs", StringComparison.Ordinal));

    private sealed record Reading(string Prefix, HashSet<string> Sources, Dictionary<string, NavOutline.Entry> Entries, List<string> Folders, string ConfigFile, DiagnosticSink Diagnostics);

    private static YamlNode? Read(string path, ExecutionContext context)
    {
        try
        {
            var read = Yaml.YamlNodes.Load(File.ReadAllText(path));
            if (read.Error is not null)
            {
                context.Diagnostics.Add(Diagnostics.Codes.MkDocsNavUnreadable.Create(new SourceLocation(path, read.Line, read.Column), read.Error));
            }

            return read.Root;
        }
        catch (IOException exception)
        {
            context.Diagnostics.Add(Diagnostics.Codes.MkDocsNavUnreadable.Create(new SourceLocation(path), exception.Message));
            return null;
        }
    }

    /// <summary>Adds the pages of <paramref name="list"/> under <paramref name="parent"/>.</summary>
    private static void Walk(YamlSequenceNode list, string? parent, Reading reading)
    {
        foreach (var item in list.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } path }:
                    Add("", path, item, parent, reading);
                    break;
                case YamlMappingNode { Children.Count: > 0 } mapping:
                    var (key, value) = mapping.Children.First();
                    var title = (key as YamlScalarNode)?.Value ?? "";
                    if (value is YamlScalarNode { Value: { } target })
                    {
                        Add(title, target, value, parent, reading);
                    }
                    else if (value is YamlSequenceNode section)
                    {
                        // The section's own page is its first entry when that is an index page.
                        var first = section.Children.FirstOrDefault();
                        var firstPath = first switch
                        {
                            YamlScalarNode { Value: { } p } => p,
                            YamlMappingNode { Children.Count: > 0 } m when m.Children.First().Value is YamlScalarNode { Value: { } p } => p,
                            _ => null,
                        };
                        var sectionPage = firstPath is not null && UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(firstPath.TrimEnd('/')))
                            ? Add(title, firstPath, first!, parent, reading)
                            : null;
                        Walk(new YamlSequenceNode(sectionPage is null ? section.Children : section.Children.Skip(1)), sectionPage ?? parent, reading);
                    }

                    break;
            }
        }
    }

    /// <summary>Adds the page <paramref name="path"/> names; returns its source, or null for a link to another site or a missing page.</summary>
    private static string? Add(string title, string path, YamlNode node, string? parent, Reading reading)
    {
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || path.StartsWith('#'))
        {
            return null; // a link to another site: not a page of this one
        }

        var relative = path.Trim().TrimStart('/').Replace('\\', '/');
        var candidates = relative.EndsWith('/') || relative.Length == 0
            ? IndexNames.Select(n => reading.Prefix + relative + n)
            : [reading.Prefix + relative];
        if (candidates.FirstOrDefault(reading.Sources.Contains) is not { } source)
        {
            reading.Diagnostics.Add(Diagnostics.Codes.MkDocsNavEntryNotFound.Create(
                new SourceLocation(reading.ConfigFile, (int)node.Start.Line, (int)node.Start.Column), path));
            return null;
        }

        reading.Entries.TryAdd(source, new NavOutline.Entry(title, reading.Entries.Count, parent));
        if (relative.EndsWith('/') && relative.Length > 0)
        {
            reading.Folders.Add(reading.Prefix + relative); // its pages follow the folder, under this page
        }

        return source;
    }
}
