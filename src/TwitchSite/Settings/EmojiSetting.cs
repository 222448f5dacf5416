namespace TwitchSite.Settings;

/// <summary>
/// Reads the <c>emoji</c> setting of <c>_site.yml</c> (<see cref="SettingKeys.Emoji"/>): whether emoji
/// shortcodes (<c>:heavy_check_mark:</c>, GitHub's names) are emoji (true) or text as written (false,
/// the default). Unset in a Hugo project, its <c>enableEmoji</c> decides (see SiteSettings.Load).
/// Read through <see cref="SiteSettings.Emoji"/>; a bad value is reported when the file is read (TW0261).
/// </summary>
public static class EmojiSetting
{
    /// <summary>The value of <paramref name="value"/> (unset: false), or null when it is neither true nor false.</summary>
    public static bool? Parse(object? value) => value is null ? false : HighlightSetting.Parse(value);
}
