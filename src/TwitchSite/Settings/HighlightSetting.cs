namespace TwitchSite.Settings;

/// <summary>
/// Reads the <c>highlight</c> setting of <c>_site.yml</c> (<see cref="SettingKeys.Highlight"/>):
/// whether fenced code blocks are highlighted at build time (true, the default, or false). Read
/// through <see cref="SiteSettings.Highlight"/>; a bad value is reported when the file is read (TW0260).
/// </summary>
public static class HighlightSetting
{
    /// <summary>The value of <paramref name="value"/> (unset: true), or null when it is neither true nor false.</summary>
    public static bool? Parse(object? value) => value switch
    {
        null => true,
        bool b => b,
        string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };
}
