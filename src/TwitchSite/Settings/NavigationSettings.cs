using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Yaml;

namespace TwitchSite.Settings;

/// <summary>
/// How large the menu of every page may grow: the <c>navigation</c> mapping of <c>_site.yml</c>
/// (<c>prune: auto | never</c>, <c>max_items: N</c>). With <c>auto</c> (the default), a list of the
/// menu (the top level, or the pages of a section the page is in) longer than <see cref="MaxItems"/>
/// shows a window of that many entries around the page's own, and a link to the page that lists
/// them all; so a page's size does not grow with the number of sections. Shorter lists, every list
/// of a small site, are shown whole.
/// </summary>
/// <param name="Prune">False for <c>prune: never</c>: every list whole, however long.</param>
/// <param name="MaxItems">The longest list shown whole.</param>
public sealed record NavigationSettings(bool Prune, int MaxItems)
{
    /// <summary>The settings key (<see cref="SettingKeys.Navigation"/>).</summary>
    public const string Key = SettingKeys.Navigation;

    /// <summary>The default of <c>max_items</c>: room for a section of 50 pages.</summary>
    public const int DefaultMaxItems = 50;

    /// <summary>The fewest entries a pruned list may be cut to (the page's own and one each side).</summary>
    public const int MinItems = 3;

    /// <summary>What a site without the setting gets.</summary>
    public static NavigationSettings Default { get; } = new(true, DefaultMaxItems);

    /// <summary>The settings in <paramref name="settings"/>; anything <see cref="Check"/> reports falls back to the default.</summary>
    public static NavigationSettings From(Metadata settings)
    {
        if (!settings.TryGetValue(Key, out var raw) || raw is not IReadOnlyDictionary<string, object?> values)
        {
            return Default;
        }

        var prune = !string.Equals(values.GetValueOrDefault("prune") as string, "never", StringComparison.Ordinal);
        var max = values.GetValueOrDefault("max_items") is long n and >= MinItems and <= int.MaxValue ? (int)n : DefaultMaxItems;
        return new NavigationSettings(prune, max);
    }

    /// <summary>Reports (TW0900) a <c>navigation</c> value that is not of the shape above, at its key in <paramref name="path"/>.</summary>
    public static void Check(IReadOnlyDictionary<string, object?> values, YamlReadResult read, string path, DiagnosticSink sink)
    {
        if (!values.TryGetValue(Key, out var raw) || raw is null)
        {
            return;
        }

        var where = read.Locations.TryGetValue(Key, out var location) ? location.Key : new SourceLocation(path);
        if (raw is not IReadOnlyDictionary<string, object?> map)
        {
            sink.Add(Codes.NavigationNotMapping.Create(where, SettingKeys.Navigation));
            return;
        }

        foreach (var (key, value) in map)
        {
            switch (key)
            {
                case "prune" when value is "auto" or "never":
                    break;
                case "prune":
                    sink.Add(Codes.NavigationBadPrune.Create(where, value));
                    break;
                case "max_items" when value is long and >= MinItems and <= int.MaxValue:
                    break;
                case "max_items":
                    sink.Add(Codes.NavigationBadMaxItems.Create(where, MinItems, value));
                    break;
                default:
                    sink.Add(Codes.NavigationUnknownKey.Create(where, key));
                    break;
            }
        }
    }

}
