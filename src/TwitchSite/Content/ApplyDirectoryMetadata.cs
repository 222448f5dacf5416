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
/// Writes <see cref="FrontMatterKeys.Origins"/>: where each inherited value was written. Returns only
/// the pages, not the <c>_directory.yml</c> documents. Cacheable: a page's result depends only on
/// the page, the <c>_directory.yml</c> files and the settings.
/// </summary>
public sealed class ApplyDirectoryMetadata : PerDocumentModule
{
    /// <summary>File name of folder defaults.</summary>
    public const string FileName = "_directory.yml";

    private Dictionary<string, (Metadata Layer, SourceOrigins Origins)> _layers = [];
    private Dictionary<string, (Dictionary<string, object?> Values, IReadOnlyDictionary<string, YamlEntryLocation> Locations)> _folderValues = [];
    private Metadata _settings = Metadata.Empty;

    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        _folderValues = new(StringComparer.Ordinal);
        foreach (var file in inputs.Where(IsDirectoryFile))
        {
            if (Read(file, context.Diagnostics) is { } read)
            {
                _folderValues[FolderOf(file.Source)] = read;
            }
        }

        _layers = new(StringComparer.Ordinal);
        _settings = context.Settings;
    }

    /// <inheritdoc />
    /// <remarks>The settings are the bottom layer of every page's metadata.</remarks>
    public override IReadOnlyList<Engine.Modules.Read> Reads => [Engine.Modules.Read.AllSettings];

    /// <inheritdoc />
    protected override IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs, ExecutionContext context) =>
        [inputs.Where(IsDirectoryFile).ToImmutableArray()];

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (IsDirectoryFile(document))
        {
            return null;
        }

        (Metadata Layer, SourceOrigins Origins) layer;
        lock (_layers)
        {
            layer = LayerOf(FolderOf(document.Source));
        }

        return document with { Metadata = document.Metadata.WithParent(layer.Layer).With(FrontMatterKeys.Origins, layer.Origins) };
    }

    /// <summary>The folder part of a '/'-separated relative path ("" for the root).</summary>
    public static string FolderOf(string relativePath) => Urls.UrlMapper.FolderOf(relativePath);

    private (Metadata Layer, SourceOrigins Origins) LayerOf(string folder)
    {
        if (_layers.TryGetValue(folder, out var existing))
        {
            return existing;
        }

        var parent = folder.Length == 0
            ? (_settings, SourceOrigins.Empty)
            : LayerOf(FolderOf(folder));
        var layer = parent;
        if (_folderValues.TryGetValue(folder, out var own))
        {
            var origins = parent.Item2.SetItems(own.Locations.Select(l => KeyValuePair.Create(l.Key, l.Value.Value)));
            layer = (Metadata.Create(own.Values, parent.Item1), origins);
        }

        _layers[folder] = layer;
        return layer;
    }

    private static bool IsDirectoryFile(Document document) =>
        Path.GetFileName(document.Source).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    private static (Dictionary<string, object?>, IReadOnlyDictionary<string, YamlEntryLocation>)? Read(Document file, DiagnosticSink sink)
    {
        var path = file.SourceFullPath ?? file.Source;
        var result = YamlReader.Read(file.Content is TextContent text ? text.Text : "", path);
        if (!result.Succeeded)
        {
            sink.Add(Codes.FolderDefaultsInvalidYaml.Create(result.ErrorLocation, result.ErrorMessage));
            return null;
        }

        if (result.Value is null)
        {
            return null;
        }

        if (result.Value is not Dictionary<string, object?> raw)
        {
            sink.Add(Codes.FolderDefaultsNotMapping.Create(new SourceLocation(path)));
            return null;
        }

        return (FrontMatterSchema.Validate(raw, result.Locations, path, sink), result.Locations);
    }
}
