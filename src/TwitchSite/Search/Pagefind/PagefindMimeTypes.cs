namespace TwitchSite.Search.Pagefind;

/// <summary>
/// Content types a web server must send for the files of a Pagefind index; servers that do not
/// know these extensions refuse or mislabel them and search breaks. Used by the test server and
/// any preview server.
/// </summary>
public static class PagefindMimeTypes
{
    /// <summary>Extension (with its dot) to content type.</summary>
    public static IReadOnlyDictionary<string, string> ByExtension { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pagefind"] = "application/octet-stream",
        [".pf_meta"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pf_fragment"] = "application/octet-stream",
        [".pf_filter"] = "application/octet-stream",
        [".wasm"] = "application/wasm",
    };
}
