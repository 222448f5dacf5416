using System.Collections.Immutable;
using System.Text.Json;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Site;
using TwitchSite.Urls;
using YamlDotNet.RepresentationModel;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Docusaurus' conventions for folders and addresses. A <c>_category_.json</c> (or
/// <c>_category_.yml</c>) in a folder gives the folder's page (its <c>index.md</c>,
/// <c>README.md</c> or <c>_index.md</c>) its navigation label (<c>label</c>, as <c>nav_title</c>)
/// and position among its siblings (<c>position</c>, as <c>order</c>), unless the page sets them.
/// A folder that has pages but no page of its own gets one, as Docusaurus' sidebar shows the folder
/// as a category: when the folder has a category file or the docs are a Docusaurus project's, a
/// generated <c>index.md</c> titled by the label (else the folder's name), with the category's
/// <c>description</c> as its text; layouts list its pages. In a Docusaurus project (see
/// <see cref="GeneratorProject.DocusaurusConfig"/>) each page also answers to the addresses its
/// links use (<see cref="UrlKeys.OtherAddresses"/>): under <c>routeBasePath</c> (<c>/docs/intro</c>),
/// by its <c>id</c> and <c>slug</c> front matter, and a generated folder page by its category's
/// <c>link.slug</c> (default <c>/category/&lt;label&gt;</c>). A file that cannot be read is a warning
/// (TW0256) and is ignored.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyCategoryFiles(string inputFolder) : IModule
{
    private static readonly string[] FileNames = ["_category_.json", "_category_.yml", "_category_.yaml"];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var routeBase = GeneratorProject.DocusaurusRouteBase(inputFolder);
        var next = routeBase is not null && GeneratorProject.DocusaurusConfig(inputFolder) is { } config
            ? DocusaurusDocsOptions.Of(config, File.ReadAllText(config), inputFolder).CurrentVersionPath(config, inputFolder)
            : null;
        var categories = new Dictionary<string, CategoryFile?>(StringComparer.Ordinal);
        CategoryFile? CategoryOf(string folder) =>
            categories.TryGetValue(folder, out var known) ? known : categories[folder] = Category(folder, context);

        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var page in inputs)
        {
            var labelled = UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(page.Source)) && page.Source.Contains('/')
                && CategoryOf(ApplyDirectoryMetadata.FolderOf(page.Source)) is { } category
                ? Apply(page, category, context)
                : page;
            builder.Add(routeBase is null ? labelled : WithAddresses(labelled, routeBase, next, null));
        }

        foreach (var (folder, sibling) in FoldersWithoutPage(inputs))
        {
            var category = CategoryOf(folder);
            if (category is null && routeBase is null)
            {
                continue; // a plain folder of markdown: its pages hang under the nearest page, as before
            }

            var page = FolderPage(folder, sibling, category);
            builder.Add(routeBase is null ? page : WithAddresses(page, routeBase, next, category));
        }

        return builder.ToImmutable();
    }

    /// <summary>Each folder holding pages (also through its sub-folders) without an index page of its own, with one of its pages.</summary>
    private static IEnumerable<(string Folder, Document Sibling)> FoldersWithoutPage(ImmutableArray<Document> inputs)
    {
        var withPage = inputs.Where(d => UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(d.Source)))
            .Select(d => ApplyDirectoryMetadata.FolderOf(d.Source)).ToHashSet(StringComparer.Ordinal);
        var sources = inputs.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        var urls = inputs.Select(d => UrlMapper.UrlOf(d.Source)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in inputs.Where(d => UrlMapper.IsMarkdown(d.Source)))
        {
            for (var folder = ApplyDirectoryMetadata.FolderOf(page.Source); folder.Length > 0; folder = ApplyDirectoryMetadata.FolderOf(folder))
            {
                // Docusaurus also takes "guides/guides.md" as the folder's own page: then it has one.
                var name = folder[(folder.LastIndexOf('/') + 1)..];
                // A page beside the folder may have its address already ("FAQ.md" beside "faq/").
                if (!withPage.Contains(folder) && !urls.Contains(UrlMapper.UrlOf(folder + "/index.md")) && !sources.Contains(folder + "/" + name + ".md") && !sources.Contains(folder + "/" + name + ".mdx") && seen.Add(folder))
                {
                    yield return (folder, page);
                }
            }
        }
    }

    /// <summary>A generated page for <paramref name="folder"/>: its title, position and description from the category file; no text of its own.</summary>
    private static Document FolderPage(string folder, Document sibling, CategoryFile? category)
    {
        var name = folder[(folder.LastIndexOf('/') + 1)..];
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PageKeys.Title] = category?.Label is { Length: > 0 } label ? label : Rendering.InferTitle.TitleFromFileName(name + ".md"),
            [FrontMatterKeys.Info] = new FrontMatterInfo(FrontMatterState.None, 1, new Dictionary<string, Yaml.YamlEntryLocation>(), Valid: true),
            // Its only content is the list of its folder's pages, also when a sidebar lists them elsewhere.
            [Navigation.NavigationKeys.ListsFolder] = true,
        };
        if (category?.Position is { } position)
        {
            values[PageKeys.Order] = position;
        }

        if (category?.Description is { Length: > 0 } description)
        {
            values[PageKeys.Description] = description;
        }

        return new Document
        {
            Source = folder + "/index.md",
            SourceFullPath = category?.Path,
            Content = DocumentContent.FromText(category?.Description is { Length: > 0 } text ? text + "\n" : ""),
            Metadata = Metadata.Create(values, sibling.Metadata.Parent),
        };
    }

    /// <summary>
    /// The page with the addresses Docusaurus gives it (<see cref="UrlKeys.OtherAddresses"/>); in
    /// versioned docs, also those of the current version (<paramref name="next"/>: <c>/docs/next/intro</c>).
    /// </summary>
    private static Document WithAddresses(Document page, string routeBase, string? next, CategoryFile? category)
    {
        var url = UrlMapper.UrlOf(page.Source);
        // A page at the docs root is in the root folder, "/" ("" + "/index.md" would make "//").
        var folder = ApplyDirectoryMetadata.FolderOf(page.Source);
        var folderUrl = folder.Length == 0 ? "/" : UrlMapper.UrlOf(folder + "/index.md");
        var own = new List<string>();
        if (page.Metadata.Own.GetValueOrDefault("slug") is string { Length: > 0 } slug && !slug.Contains("://", StringComparison.Ordinal))
        {
            own.Add(slug.StartsWith('/') ? slug : folderUrl + slug);
        }

        if (page.Metadata.Own.GetValueOrDefault("id") is string { Length: > 0 } id && !id.Contains('/', StringComparison.Ordinal))
        {
            own.Add(folderUrl + id);
        }

        if (category is not null)
        {
            own.Add(category.Slug is { Length: > 0 } categorySlug ? categorySlug : "/category/" + Slug.From(category.Label ?? ""));
        }

        var addresses = new List<string>();
        foreach (var address in own.Append(url).Select(a => a.EndsWith('/') ? a : a + "/").Distinct(StringComparer.Ordinal))
        {
            if (address != url)
            {
                addresses.Add(address);
            }

            if (routeBase.Length > 0)
            {
                addresses.Add("/" + routeBase + address);
            }

            if (next is { Length: > 0 })
            {
                // The docs folder of a versioned project is its next version, published at /docs/next/.
                addresses.Add("/" + (routeBase.Length > 0 ? routeBase + "/" : "") + next + address);
            }
        }

        return addresses.Count == 0 ? page : page.WithValue(UrlKeys.OtherAddresses, addresses);
    }

    private static Document Apply(Document page, CategoryFile category, ExecutionContext context)
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

    /// <summary>What a category file says: its label, position, generated index's slug and description, and its path.</summary>
    private sealed record CategoryFile(string? Label, object? Position, string? Slug, string? Description, string Path);

    /// <summary>What <paramref name="folder"/>'s category file says, or null when it has none.</summary>
    private CategoryFile? Category(string folder, ExecutionContext context)
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
                var text = File.ReadAllText(path);
                var (label, written, slug, description) = name.EndsWith(".json", StringComparison.Ordinal) ? FromJson(text) : FromYaml(text);
                object? position = null;
                if (written is not null && !MenuOrder.TryFrom(written, out position))
                {
                    // Reported once here, at its line; the folder is then ordered as if it had no position,
                    // rather than overflowing when a layout reads the order.
                    context.Diagnostics.Add(Diagnostics.Codes.CategoryFile.Create(new SourceLocation(path, LineOf(text, "position")), name, "'position' is too large for a menu order")
                        with { Hint = $"write a position {MenuOrder.Range}, e.g. \"position\": 3; until then the folder is ordered as if it had none" });
                }

                return new CategoryFile(label, position, slug, description, path);
            }
            catch (Exception exception) when (exception is JsonException or YamlDotNet.Core.YamlException or IOException or InvalidOperationException)
            {
                context.Diagnostics.Add(Diagnostics.Codes.CategoryFile.Create(new SourceLocation(path), name, exception.Message));
                return null;
            }
        }

        return null;
    }

    /// <summary>The 1-based line of <paramref name="text"/> where <paramref name="key"/> is first written, or 1.</summary>
    private static int LineOf(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        return at < 0 ? 1 : 1 + text.AsSpan(0, at).Count('\n');
    }

    /// <summary>The file's values as written; <c>position</c> is checked by <see cref="MenuOrder"/> afterwards.</summary>
    private static (string? Label, object? Position, string? Slug, string? Description) FromJson(string text)
    {
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;
        var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        object? position = root.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number
            ? p.TryGetInt32(out var whole) ? whole : p.TryGetDouble(out var fraction) ? fraction : double.PositiveInfinity // past double's range: too large
            : null;
        var link = root.TryGetProperty("link", out var l2) && l2.ValueKind == JsonValueKind.Object ? l2 : default;
        string? Text(JsonElement element, string key) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return (label, position, Text(link, "slug"), Text(link, "description") ?? Text(root, "description"));
    }

    private static (string? Label, object? Position, string? Slug, string? Description) FromYaml(string text)
    {
        if (Yaml.YamlNodes.Load(text).Root is not YamlMappingNode map)
        {
            return (null, null, null, null); // unreadable or not a mapping: the folder keeps its own name
        }

        var label = map.Children.TryGetValue(new YamlScalarNode("label"), out var l) ? (l as YamlScalarNode)?.Value : null;
        object? position = null;
        if (map.Children.TryGetValue(new YamlScalarNode("position"), out var p) && p is YamlScalarNode { Value: { } number })
        {
            position = int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var whole) ? whole
                : double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var fraction) ? fraction : null;
        }

        var link = map.Children.TryGetValue(new YamlScalarNode("link"), out var k) ? k as YamlMappingNode : null;
        string? Text(YamlMappingNode? node, string key) =>
            node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
        return (label, position, Text(link, "slug"), Text(link, "description") ?? Text(map, "description"));
    }
}
