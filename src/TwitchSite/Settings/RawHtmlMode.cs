namespace TwitchSite.Settings;

/// <summary>
/// What happens to raw HTML written in markdown: the <c>raw_html</c> setting of
/// <c>_site.yml</c>. Read through <see cref="SiteSettings.RawHtml"/>.
/// </summary>
public enum RawHtmlMode
{
    /// <summary>The dangerous parts (scripts, event handlers, frames, meta refresh, script URLs) are errors; other HTML is kept. The default.</summary>
    Refuse,

    /// <summary>Raw HTML is shown as text, and script URLs in links are errors.</summary>
    Escape,

    /// <summary>Raw HTML goes to the page as written; nothing is checked.</summary>
    Allow,
}

/// <summary>Reads <see cref="RawHtmlMode"/> from the settings.</summary>
public static class RawHtmlSetting
{
    /// <summary>The mode of <paramref name="value"/>, or null when it is not one of the three words.</summary>
    public static RawHtmlMode? Parse(string? value) => value switch
    {
        null => RawHtmlMode.Refuse,
        "refuse" => RawHtmlMode.Refuse,
        "escape" => RawHtmlMode.Escape,
        "allow" => RawHtmlMode.Allow,
        _ => null,
    };
}
