using System.Globalization;
using TwitchSite.FrontMatter;

namespace TwitchSite.Layouts;

/// <summary>Converts metadata values into what Liquid layouts can read: dictionaries, lists, strings, numbers.</summary>
public static class TemplateValues
{
    /// <summary>How dates are shown to readers: "24 November 2026".</summary>
    public const string DisplayDateFormat = "d MMMM yyyy";

    /// <summary>Converts one value.</summary>
    public static object? Convert(object? value) => value switch
    {
        null => null,
        DateOnly date => DisplayDate(date),
        SourceReference source => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = source.Title,
            ["url"] = source.Url,
            ["accessed"] = source.Accessed is { } accessed ? DisplayDate(accessed) : null,
            ["accessed_iso"] = source.Accessed is { } iso ? IsoDate(iso) : null,
        },
        string or bool or int or long or double => value,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Convert).ToList(),
        _ => value.ToString(),
    };

    /// <summary>"24 November 2026".</summary>
    public static string DisplayDate(DateOnly date) => date.ToString(DisplayDateFormat, CultureInfo.InvariantCulture);

    /// <summary>"2026-11-24".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
