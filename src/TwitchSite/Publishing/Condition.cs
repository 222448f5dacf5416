using TwitchSite.Urls;

namespace TwitchSite.Publishing;

/// <summary>
/// The condition the site is about, read from <c>input/_data/condition.yml</c>: its name,
/// other names, causes and possible treatments, each cause and treatment linked to its page.
/// Topic pages show it and describe it to search engines from the same values.
/// </summary>
/// <param name="Name">Plain name, e.g. "Muscle twitching".</param>
/// <param name="AlternateNames">Other names, e.g. "Fasciculation".</param>
/// <param name="Causes">Every cause (common ones, then <see cref="LessCommonCauses"/>) with the URL of the page about each.</param>
/// <param name="Treatments">Possible treatments with the URL of the page about each.</param>
public sealed record Condition(string Name, IReadOnlyList<string> AlternateNames, IReadOnlyList<LinkedName> Causes, IReadOnlyList<LinkedName> Treatments)
{
    /// <summary>Name of the data file (without extension).</summary>
    public const string DataName = "condition";

    /// <summary>The causes the data file lists under <c>less_common_causes</c>: shown apart, so rarer causes are never called common.</summary>
    public IReadOnlyList<LinkedName> LessCommonCauses { get; init; } = [];

    /// <summary>Reads the condition from the parsed data file, or null when there is none.</summary>
    public static Condition? From(object? data)
    {
        if (data is not Dictionary<string, object?> values || values.GetValueOrDefault("name") is not string name)
        {
            return null;
        }

        var lessCommon = Linked(values.GetValueOrDefault("less_common_causes"));
        return new Condition(
            name,
            (values.GetValueOrDefault("alternate_names") as List<object?>)?.OfType<string>().ToList() ?? [],
            [.. Linked(values.GetValueOrDefault("causes")), .. lessCommon],
            Linked(values.GetValueOrDefault("treatments")))
        { LessCommonCauses = lessCommon };
    }

    /// <summary>The layout model of the condition (<c>condition</c> in layouts).</summary>
    public Dictionary<string, object?> ToTemplate() => new(StringComparer.Ordinal)
    {
        ["name"] = Name,
        ["alternate_names"] = AlternateNames.Cast<object?>().ToList(),
        ["causes"] = Causes.Take(Causes.Count - LessCommonCauses.Count).Select(c => (object?)c.ToTemplate()).ToList(),
        ["less_common_causes"] = LessCommonCauses.Select(c => (object?)c.ToTemplate()).ToList(),
        ["treatments"] = Treatments.Select(c => (object?)c.ToTemplate()).ToList(),
    };

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
