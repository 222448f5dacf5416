using System.Collections.Immutable;
using System.Text.Json;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Urls;
using YamlDotNet.RepresentationModel;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Docusaurus' folder settings: a <c>_category_.json</c> (or <c>_category_.yml</c>) in a folder
/// gives the folder's page (its <c>index.md</c>, <c>README.md</c> or <c>_index.md</c>) its
/// navigation label (<c>label</c>, as <c>nav_title</c>) and position among its siblings
/// (<c>position</c>, as <c>order</c>), unless the page sets them. A folder without a page of its
/// own has nothing to label (navigation here is made of pages). A file that cannot be read is a
/// warning (TW0256) and is ignored. Reads the category files of the folders that have a page.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyCategoryFiles(string inputFolder) : IModule
{
    private static readonly string[] FileNames = ["_category_.json", "_category_.yml", "_category_.yaml"];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var page in inputs)
        {
            builder.Add(UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(page.Source)) && page.Source.Contains('/')
                && Category(ApplyDirectoryMetadata.FolderOf(page.Source), context) is { } category
                ? Apply(page, category, context)
                : page);
        }

        return builder.MoveToImmutable();
    }

    private static Document Apply(Document page, (string? Label, object? Position) category, ExecutionContext context)
    {
        if (category.Label is { Length: > 0 } label && !ValidateFrontMatter.IsSetByPage(page.Metadata, context.Settings, PageKeys.NavTitle))
        {
            page = page.WithValue(PageKeys.NavTitle, label);
        }

        if (category.Position is not null && !ValidateFrontMatter.IsSetByPage(page.Metadata, context.Settings, PageKeys.Order))
        {
            page = page.WithValue(PageKeys.Order, category.Position);
        }

        return page;
    }

    /// <summary>The label and position of <paramref name="folder"/>'s category file, or null when it has none.</summary>
    private (string? Label, object? Position)? Category(string folder, ExecutionContext context)
    {
        foreach (var name in FileNames)
        {
            var path = Path.Combine(inputFolder, folder, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                return name.EndsWith(".json", StringComparison.Ordinal) ? FromJson(File.ReadAllText(path)) : FromYaml(File.ReadAllText(path));
            }
            catch (Exception exception) when (exception is JsonException or YamlDotNet.Core.YamlException or IOException or InvalidOperationException)
            {
                context.Diagnostics.Add(Diagnostics.Codes.CategoryFile.Create(new SourceLocation(path), name, exception.Message));
                return null;
            }
        }

        return null;
    }

    private static (string? Label, object? Position) FromJson(string text)
    {
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;
        var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        object? position = root.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number
            ? p.TryGetInt32(out var whole) ? whole : p.GetDouble()
            : null;
        return (label, position);
    }

    private static (string? Label, object? Position) FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return (null, null);
        }

        var label = map.Children.TryGetValue(new YamlScalarNode("label"), out var l) ? (l as YamlScalarNode)?.Value : null;
        object? position = null;
        if (map.Children.TryGetValue(new YamlScalarNode("position"), out var p) && p is YamlScalarNode { Value: { } number })
        {
            position = int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var whole) ? whole
                : double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var fraction) ? fraction : null;
        }

        return (label, position);
    }
}
