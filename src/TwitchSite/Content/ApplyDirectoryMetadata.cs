using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Yaml;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Layers folder defaults under each page: reads the <c>_directory.yml</c> documents among its
/// inputs (checking them like front matter), then sets each page's metadata parent to the
/// layer of its folder, whose parent is the layer of the folder above, down to the site settings.
/// Writes <see cref="PageKeys.Origins"/>: where each inherited value was written. Returns only
/// the pages, not the <c>_directory.yml</c> documents.
/// </summary>
public sealed class ApplyDirectoryMetadata : IModule
{
    /// <summary>File name of folder defaults.</summary>
    public const string FileName = "_directory.yml";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var folderValues = new Dictionary<string, (Dictionary<string, object?> Values, IReadOnlyDictionary<string, YamlEntryLocation> Locations)>(StringComparer.Ordinal);
        foreach (var file in inputs.Where(IsDirectoryFile))
        {
            if (Read(file, context.Diagnostics) is { } read)
            {
                folderValues[FolderOf(file.Source)] = read;
            }
        }

        var layers = new Dictionary<string, (Metadata Layer, ImmutableDictionary<string, SourceLocation> Origins)>(StringComparer.Ordinal);
        (Metadata Layer, ImmutableDictionary<string, SourceLocation> Origins) LayerOf(string folder)
        {
            if (layers.TryGetValue(folder, out var existing))
            {
                return existing;
            }

            var parent = folder.Length == 0
                ? (context.Settings, ImmutableDictionary<string, SourceLocation>.Empty)
                : LayerOf(FolderOf(folder));
            var layer = parent;
            if (folderValues.TryGetValue(folder, out var own))
            {
                var origins = parent.Item2.SetItems(own.Locations.Select(l => KeyValuePair.Create(l.Key, l.Value.Value)));
                layer = (Metadata.Create(own.Values, parent.Item1), origins);
            }

            layers[folder] = layer;
            return layer;
        }

        var pages = ImmutableArray.CreateBuilder<Document>();
        foreach (var page in inputs.Where(d => !IsDirectoryFile(d)))
        {
            var (layer, origins) = LayerOf(FolderOf(page.Source));
            pages.Add(page with { Metadata = page.Metadata.WithParent(layer).With(PageKeys.Origins, origins) });
        }

        return pages.ToImmutable();
    }

    /// <summary>The folder part of a '/'-separated relative path ("" for the root).</summary>
    public static string FolderOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..slash];
    }

    private static bool IsDirectoryFile(Document document) =>
        Path.GetFileName(document.Source).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    private static (Dictionary<string, object?>, IReadOnlyDictionary<string, YamlEntryLocation>)? Read(Document file, DiagnosticSink sink)
    {
        var path = file.SourceFullPath ?? file.Source;
        var result = YamlReader.Read(file.Content is TextContent text ? text.Text : "", path);
        if (!result.Succeeded)
        {
            sink.Add(Diagnostic.Error(Codes.InvalidYaml, $"invalid YAML in folder defaults: {result.ErrorMessage}", result.ErrorLocation, ExtractFrontMatter.InvalidYamlHint));
            return null;
        }

        if (result.Value is null)
        {
            return null;
        }

        if (result.Value is not Dictionary<string, object?> raw)
        {
            sink.Add(Diagnostic.Error(Codes.InvalidYaml, "folder defaults must be `key: value` lines", new SourceLocation(path), "write defaults such as `layout: topic`, one per line"));
            return null;
        }

        return (FrontMatterSchema.Validate(raw, result.Locations, path, sink), result.Locations);
    }
}
