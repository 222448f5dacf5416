using TwitchSite.Urls;

namespace TwitchSite.Publishing;

/// <summary>
/// What a site's pages are about, read from the data file that the site setting
/// <c>structured_data.about.data</c> names (this site: <c>input/_data/condition.yml</c>): a name,
/// other names, and any number of named lists of linked names (each entry <c>name</c> and
/// optionally <c>page</c>, a markdown path turned into its URL). Layouts see it under the data
/// file's name; <see cref="StructuredData"/> describes it to search engines from the same values.
/// </summary>
/// <param name="DataName">Name of the data file (without extension), also its name in layouts.</param>
/// <param name="Name">Plain name.</param>
/// <param name="AlternateNames">Other names.</param>
/// <param name="Lists">Every other key whose value is a list of <c>name</c>/<c>page</c> entries, in file order.</param>
public sealed record AboutSubject(string DataName, string Name, IReadOnlyList<string> AlternateNames, IReadOnlyList<KeyValuePair<string, IReadOnlyList<LinkedName>>> Lists)
{
    /// <summary>Reads the subject from the parsed data file, or null when it has no <c>name</c>.</summary>
    public static AboutSubject? From(string dataName, object? data)
    {
        if (data is not Dictionary<string, object?> values || values.GetValueOrDefault("name") is not string name)
        {
            return null;
        }

        var lists = values
            .Where(p => p.Value is List<object?> items && items.Count > 0 && items.All(i => i is Dictionary<string, object?>))
            .Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<LinkedName>)Linked(p.Value)))
            .ToList();
        return new AboutSubject(
            dataName,
            name,
            (values.GetValueOrDefault("alternate_names") as List<object?>)?.OfType<string>().ToList() ?? [],
            lists);
    }

    /// <summary>The list called <paramref name="key"/>, or an empty one.</summary>
    public IReadOnlyList<LinkedName> List(string key) => Lists.FirstOrDefault(l => l.Key == key).Value ?? [];

    /// <summary>The layout model: <c>name</c>, <c>alternate_names</c> and each list (entries with name and url).</summary>
    public Dictionary<string, object?> ToTemplate()
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = Name,
            ["alternate_names"] = AlternateNames.Cast<object?>().ToList(),
        };
        foreach (var (key, items) in Lists)
        {
            model[key] = items.Select(c => (object?)c.ToTemplate()).ToList();
        }

        return model;
    }

    private static List<LinkedName> Linked(object? items) =>
        (items as List<object?>)?.OfType<Dictionary<string, object?>>()
            .Where(i => i.GetValueOrDefault("name") is string)
            .Select(i => new LinkedName((string)i["name"]!, i.GetValueOrDefault("page") is string page ? UrlMapper.UrlOf(page) : null))
            .ToList() ?? [];
}

/// <summary>A name, with the URL of the page about it when there is one.</summary>
/// <param name="Name">The name.</param>
/// <param name="Url">Root-relative URL, or null.</param>
public sealed record LinkedName(string Name, string? Url)
{
    /// <summary>The layout model: name and url.</summary>
    public Dictionary<string, object?> ToTemplate() => new(StringComparer.Ordinal) { ["name"] = Name, ["url"] = Url };
}
