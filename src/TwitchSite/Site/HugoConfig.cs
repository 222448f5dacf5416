using System.Text.Json;
using Tomlyn;
using Tomlyn.Model;
using TwitchSite.Engine.IO;

namespace TwitchSite.Site;

/// <summary>
/// A Hugo project's configuration, read whole as Hugo reads it: the first configuration file at
/// the project's top (<see cref="GeneratorProject.HugoConfigNames"/>: <c>hugo.toml</c> before
/// <c>hugo.yaml</c> and <c>hugo.json</c>, then the older <c>config.*</c>), over the files of
/// <c>config/_default/</c>, where <c>hugo.*</c> and <c>config.*</c> hold any key and every other
/// file the key it is named after (<c>module.toml</c> is <c>[module]</c>; per-language files such as
/// <c>menus.en.toml</c> are left out). Keys are matched in any case, as Hugo matches them. The top
/// file wins over the folder key by key, tables merged, as Hugo merges them. A file that is a link
/// out of the project is never read, and one that cannot be parsed is left out: the settings read
/// from here (the site's title, content mounts, emoji) are conveniences, so the site builds without them.
/// </summary>
public sealed class HugoConfig
{
    private readonly IReadOnlyDictionary<string, object?> _root;

    private HugoConfig(IReadOnlyDictionary<string, object?> root) => _root = root;

    /// <summary>The configuration of the Hugo project in <paramref name="project"/> (empty when it has none).</summary>
    public static HugoConfig Read(string project)
    {
        var root = NewTable();
        if (GeneratorProject.HugoConfigNames.Select(n => Path.Combine(project, n)).FirstOrDefault(File.Exists) is { } top
            && Parse(top, project) is { } topTable)
        {
            Merge(root, topTable);
        }

        var folder = Path.Combine(project, "config", "_default");
        if (Directory.Exists(folder))
        {
            // Ordinal order, so a key set in two files of the folder has one answer on every machine.
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (name.Contains('.', StringComparison.Ordinal) || Parse(file, project) is not { } table)
                {
                    continue; // menus.en.toml: one language's, this generator builds the default language's settings
                }

                var isRoot = name.Equals("hugo", StringComparison.OrdinalIgnoreCase) || name.Equals("config", StringComparison.OrdinalIgnoreCase);
                Merge(root, isRoot ? table : new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { [name] = table });
            }
        }

        return new HugoConfig(root);
    }

    /// <summary>The value at <paramref name="keys"/> (<c>"module", "mounts"</c>), any case; null when it is not set.</summary>
    public object? Get(params string[] keys)
    {
        object? value = _root;
        foreach (var key in keys)
        {
            if (value is not IReadOnlyDictionary<string, object?> table || !table.TryGetValue(key, out value))
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>The text at <paramref name="keys"/>, or null when it is not set or not text.</summary>
    public string? GetString(params string[] keys) => Get(keys) as string;

    /// <summary>True when the value at <paramref name="keys"/> is <c>true</c> (a boolean, or the text "true" as YAML may quote it).</summary>
    public bool IsTrue(params string[] keys) => Get(keys) switch
    {
        bool value => value,
        string text => text.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The tables of the list at <paramref name="keys"/> (TOML's <c>[[module.mounts]]</c>, a YAML or JSON list of mappings), in order.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Tables(params string[] keys) =>
        Get(keys) is List<object?> items ? items.OfType<IReadOnlyDictionary<string, object?>>() : [];

    private static Dictionary<string, object?> NewTable() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Copies <paramref name="from"/> into <paramref name="into"/> where <paramref name="into"/> has no value yet; tables on both sides are merged the same way.</summary>
    private static void Merge(Dictionary<string, object?> into, IReadOnlyDictionary<string, object?> from)
    {
        foreach (var (key, value) in from)
        {
            if (!into.TryGetValue(key, out var existing))
            {
                into[key] = value;
            }
            else if (existing is Dictionary<string, object?> table && value is IReadOnlyDictionary<string, object?> more)
            {
                Merge(table, more);
            }
        }
    }

    /// <summary>The top-level table of one configuration file, or null when it is a link out of the project, unreadable or not a table.</summary>
    private static Dictionary<string, object?>? Parse(string file, string project)
    {
        if (SiteFiles.Check(file, project) is not null)
        {
            return null;
        }

        try
        {
            var text = File.ReadAllText(file);
            return Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".toml" => Plain(TomlSerializer.Deserialize<TomlTable>(text, HugoTomlContext.Default)) as Dictionary<string, object?>,
                ".yaml" or ".yml" => Yaml.YamlReader.Read(text, file) is { Succeeded: true } yaml ? Plain(yaml.Value) as Dictionary<string, object?> : null,
                ".json" => ParseJson(text),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or TomlException or JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, object?>? ParseJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        return Plain(document.RootElement) as Dictionary<string, object?>;
    }

    /// <summary>A parsed value as plain values: tables as dictionaries with keys in any case, lists as lists, scalars as they are.</summary>
    private static object? Plain(object? value) => value switch
    {
        TomlTable table => ToTable(table.Select(p => (p.Key, (object?)p.Value))),
        IDictionary<string, object?> mapping => ToTable(mapping.Select(p => (p.Key, p.Value))),
        TomlTableArray tables => tables.Select(t => Plain(t)).ToList(),
        TomlArray array => array.Select(Plain).ToList(),
        List<object?> list => list.Select(Plain).ToList(),
        JsonElement { ValueKind: JsonValueKind.Object } json => ToTable(json.EnumerateObject().Select(p => (p.Name, (object?)p.Value))),
        JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => Plain(e)).ToList(),
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Number } json => json.TryGetInt64(out var number) ? number : json.GetDouble(),
        JsonElement => null,
        _ => value,
    };

    private static Dictionary<string, object?> ToTable(IEnumerable<(string Key, object? Value)> entries)
    {
        var table = NewTable();
        foreach (var (key, value) in entries)
        {
            table.TryAdd(key, Plain(value)); // "Title" and "title" in one file: the first, as written
        }

        return table;
    }
}
