namespace TwitchSite.Data;

/// <summary>
/// The names of a glossary entry (<c>input/_data/glossary.yml</c>). <c>also_called</c> lists true
/// other names, shown to readers as "Also called"; <c>search_aliases</c> lists what readers
/// may type instead (misspellings, related lay words), which search and term marking use but
/// the site never shows as a name. The older <c>aliases</c> key counts as search aliases.
/// </summary>
public static class GlossaryNames
{
    /// <summary>Keys whose value is a list of names.</summary>
    public static IReadOnlyList<string> ListKeys { get; } = ["also_called", "search_aliases", "aliases"];

    /// <summary>The true other names of <paramref name="entry"/>, shown as "Also called".</summary>
    public static List<string> AlsoCalled(IReadOnlyDictionary<string, object?> entry) => Names(entry, "also_called").ToList();

    /// <summary>Every name search and term marking should know for <paramref name="entry"/>, besides its term.</summary>
    public static List<string> AllAliases(IReadOnlyDictionary<string, object?> entry) =>
        ListKeys.SelectMany(k => Names(entry, k)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IEnumerable<string> Names(IReadOnlyDictionary<string, object?> entry, string key) =>
        (entry.GetValueOrDefault(key) as List<object?>)?.OfType<string>().Select(a => a.Trim()).Where(a => a.Length > 0) ?? [];
}
