namespace TwitchSite.Settings;

/// <summary>
/// Whether fenced code blocks are highlighted at build time: the <c>highlight</c> setting of
/// <c>_site.yml</c> (true, the default, or false). Read by <see cref="Content.RenderMarkdown"/>;
/// checked by <see cref="SiteSettings"/> (TW0260).
/// </summary>
public static class HighlightSetting
{
    /// <summary>The settings key.</summary>
    public const string Key = "highlight";

    /// <summary>The value of <paramref name="value"/> (unset: true), or null when it is neither true nor false.</summary>
    public static bool? Parse(object? value) => value switch
    {
        null => true,
        bool b => b,
        string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>The site's setting (true when unset or invalid: an invalid value is reported when the settings are read).</summary>
    public static bool Of(Engine.Documents.Metadata settings) =>
        Parse(settings.TryGetValue(Key, out var value) ? value : null) ?? true;
}
