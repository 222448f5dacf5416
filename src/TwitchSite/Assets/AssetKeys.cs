namespace TwitchSite.Assets;

/// <summary>Keys of asset documents.</summary>
public static class AssetKeys
{
    /// <summary><c>string</c>: the asset's path before fingerprinting, e.g. <c>assets/css/site.css</c>.</summary>
    public const string OriginalPath = "@original_path";
}
