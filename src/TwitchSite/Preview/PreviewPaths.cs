namespace TwitchSite.Preview;

/// <summary>
/// The URL paths the preview server keeps for itself, under <c>/_twitchsite/</c>: a site never
/// publishes anything there, since folders starting with '_' under input/ are not copied.
/// </summary>
public static class PreviewPaths
{
    /// <summary>Prefix of every reserved path.</summary>
    public const string Prefix = "/_twitchsite/";

    /// <summary>The live-reload client, added to every HTML page served.</summary>
    public const string LiveReloadScript = Prefix + "live-reload.js";

    /// <summary>The error overlay's stylesheet.</summary>
    public const string OverlayStylesheet = Prefix + "overlay.css";

    /// <summary>The stylesheet of the problem panel shown over the site's pages while the build has errors.</summary>
    public const string PanelStylesheet = Prefix + "overlay-panel.css";

    /// <summary>The Server-Sent Events stream that announces rebuilds.</summary>
    public const string Events = Prefix + "events";
}
