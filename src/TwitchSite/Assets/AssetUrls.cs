using TwitchSite.Assets;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Assets;

/// <summary>
/// Maps asset paths as layouts write them (<c>/assets/css/site.css</c>) to their published,
/// fingerprinted URLs. Read from the Assets pipeline's documents.
/// </summary>
public sealed class AssetUrls
{
    private readonly Dictionary<string, string> _urls;

    private AssetUrls(Dictionary<string, string> urls) => _urls = urls;

    /// <summary>Builds the map from the Assets pipeline's documents.</summary>
    public static AssetUrls From(IEnumerable<Document> assets) =>
        new(assets
            .Where(a => a.Destination is not null)
            .ToDictionary(
                a => "/" + (a.Get<string>(AssetKeys.OriginalPath) ?? a.Destination),
                a => "/" + a.Destination,
                StringComparer.Ordinal));

    /// <summary>The published URL of <paramref name="path"/>; paths that are not assets are returned unchanged.</summary>
    public string Resolve(string path)
    {
        var key = path.StartsWith('/') ? path : "/" + path;
        return _urls.TryGetValue(key, out var url) ? url : path;
    }
}
