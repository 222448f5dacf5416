using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Urls;
using YamlDotNet.RepresentationModel;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Jekyll's collections: folders starting with <c>_</c> are private here, except those a Jekyll
/// site's <c>_config.yml</c> (in the input folder) publishes: <c>_posts</c> always, and each
/// collection under <c>collections:</c> with <c>output: true</c> (Jekyll's own docs keep every
/// page in <c>_docs</c>). Their pages get the address Jekyll gives them (as
/// <see cref="AssignDestination.PermalinkKey"/>, unless the page sets its own): the collection's
/// <c>permalink</c> pattern, else <c>/:collection/:path/</c> (posts: <c>/:categories/:year/:month/:day/:title/</c>),
/// with <c>:collection</c>, <c>:path</c>, <c>:name</c>, <c>:title</c>, <c>:year</c>, <c>:month</c>,
/// <c>:day</c>, <c>:categories</c> and <c>:output_ext</c> filled in. Reads <c>_config.yml</c> only.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class JekyllCollections(string inputFolder) : IModule
{
    /// <summary>Jekyll's configuration file, at the top of the site.</summary>
    public const string ConfigName = "_config.yml";

    private readonly IReadOnlyDictionary<string, string?> _published = Published(inputFolder);

    /// <summary>The published collections' folders (<c>_docs</c>) with their permalink patterns (null for the default); empty without a Jekyll <c>_config.yml</c>.</summary>
    public static IReadOnlyDictionary<string, string?> Published(string inputFolder)
    {
        var published = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Config(inputFolder) is not { } config)
        {
            return published;
        }

        var root = config.Root;
        published["_posts"] = null;
        if (root is not null && root.Children.TryGetValue(new YamlScalarNode("collections"), out var collections) && collections is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlMappingNode settings
                    && Scalar(settings, "output") is "true" or "True" or "yes")
                {
                    published["_" + name] = Scalar(settings, "permalink");
                }
            }
        }

        return published;
    }

    /// <summary>
    /// The site's Jekyll configuration (<c>_config.yml</c> in <paramref name="inputFolder"/>): its top
    /// mapping (null when it is not one), or null without a readable file. A file that is a link out of
    /// the folder is not read, and one that cannot be parsed is none: not ours to report, the site
    /// builds without what it says.
    /// </summary>
    public static JekyllConfig? Config(string inputFolder)
    {
        var config = Path.Combine(inputFolder, ConfigName);
        if (!File.Exists(config) || Engine.IO.SiteFiles.Check(config, inputFolder) is not null)
        {
            return null;
        }

        try
        {
            var read = Yaml.YamlNodes.Load(File.ReadAllText(config));
            return read.Error is null ? new JekyllConfig(read.Root as YamlMappingNode) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (_published.Count == 0)
        {
            return inputs;
        }

        return [.. inputs.Select(page =>
        {
            var slash = page.Source.IndexOf('/');
            if (slash < 0 || !_published.TryGetValue(page.Source[..slash], out var pattern)
                || page.Metadata.Own.GetValueOrDefault(AssignDestination.PermalinkKey) is string { Length: > 0 })
            {
                return page;
            }

            return page.WithValue(AssignDestination.PermalinkKey, Address(page, page.Source[1..slash], page.Source[(slash + 1)..], pattern));
        })];
    }

    /// <summary>The address Jekyll gives <paramref name="page"/> in <paramref name="collection"/>.</summary>
    private static string Address(Document page, string collection, string path, string? pattern)
    {
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        var name = withoutExtension[(withoutExtension.LastIndexOf('/') + 1)..];
        var dated = DatedName().Match(name);
        var date = dated.Success ? dated.Groups["date"].Value.Split('-') : page.Metadata.GetString("date") is { Length: >= 10 } d ? d[..10].Split('-') : ["", "", ""];
        var title = dated.Success ? dated.Groups["title"].Value : name;
        var categories = page.Metadata.Own.GetValueOrDefault("categories") switch
        {
            string words => words.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            IEnumerable<object?> list => list.Select(c => c?.ToString() ?? "").ToArray(),
            _ => page.Metadata.GetString("category") is { Length: > 0 } one ? [one] : [],
        };
        pattern ??= collection == "posts" ? "/:categories/:year/:month/:day/:title/" : "/:collection/:path/";
        var address = pattern
            .Replace(":collection", collection, StringComparison.Ordinal)
            .Replace(":path", withoutExtension, StringComparison.Ordinal)
            .Replace(":name", name, StringComparison.Ordinal)
            .Replace(":title", Slug.From(title), StringComparison.Ordinal)
            .Replace(":year", date[0], StringComparison.Ordinal)
            .Replace(":month", date.Length > 1 ? date[1] : "", StringComparison.Ordinal)
            .Replace(":day", date.Length > 2 ? date[2] : "", StringComparison.Ordinal)
            .Replace(":categories", string.Join('/', categories.Select(c => Slug.From(c))), StringComparison.Ordinal)
            .Replace(":output_ext", ".html", StringComparison.Ordinal);
        address = Slashes().Replace(address, "/");
        return address.EndsWith("/index.html", StringComparison.Ordinal) ? address[..^"index.html".Length] : address;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<title>.+)$")]
    private static partial Regex DatedName();

    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}

/// <summary>A Jekyll site's parsed <c>_config.yml</c>: its top mapping, or null when the file holds none.</summary>
/// <param name="Root">The top mapping.</param>
public sealed record JekyllConfig(YamlMappingNode? Root);
