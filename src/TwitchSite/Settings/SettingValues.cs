namespace TwitchSite.Settings;

/// <summary>Reads typed values out of the raw YAML values of <c>_site.yml</c> blocks (mappings, lists, text).</summary>
internal static class SettingValues
{
    /// <summary>The mapping under <paramref name="key"/>, or null.</summary>
    public static Dictionary<string, object?>? Block(IReadOnlyDictionary<string, object?>? values, string key) =>
        values?.GetValueOrDefault(key) as Dictionary<string, object?>;

    /// <summary>The text under <paramref name="key"/>, or null.</summary>
    public static string? Text(IReadOnlyDictionary<string, object?>? values, string key) =>
        values?.GetValueOrDefault(key) as string;

    /// <summary>The list of texts under <paramref name="key"/> (one text counts as a list of one), or null when absent.</summary>
    public static IReadOnlyList<string>? Texts(IReadOnlyDictionary<string, object?>? values, string key) => values?.GetValueOrDefault(key) switch
    {
        List<object?> items => items.OfType<string>().ToList(),
        string one => [one],
        _ => null,
    };
}
