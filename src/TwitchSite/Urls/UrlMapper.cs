namespace TwitchSite.Urls;

/// <summary>
/// Maps source paths of pages to their output file and URL, the one rule every module uses:
/// <c>guide/getting-started.md</c> is written to
/// <c>guide/getting-started/index.html</c> and linked as <c>/guide/getting-started/</c>;
/// <c>index.md</c> (or <c>README.md</c>, or Hugo's <c>_index.md</c>) is its folder's page; a top-level <c>404.md</c> becomes <c>/404.html</c>.
/// </summary>
public static class UrlMapper
{
    /// <summary>The folder of a '/'-separated source path relative to the input folder ("" at the top).</summary>
    public static string FolderOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..slash];
    }

    /// <summary>True for markdown source paths.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL of the page made from <paramref name="sourcePath"/> ('/'-separated, relative to the input folder).</summary>
    public static string UrlOf(string sourcePath)
    {
        var segments = sourcePath.Split('/');
        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        var folders = segments[..^1].Select(Slug.FromFileName).ToList();
        if (folders.Count == 0 && name == "404")
        {
            return "/404.html";
        }

        if (!IsIndexName(name))
        {
            folders.Add(Slug.FromFileName(name));
        }

        return folders.Count == 0 ? "/" : "/" + string.Join('/', folders) + "/";
    }

    /// <summary>The output file, relative to the output folder, for the page at <paramref name="url"/>.</summary>
    public static string DestinationOf(string url) =>
        url.EndsWith(".html", StringComparison.Ordinal) ? url.TrimStart('/') : url.TrimStart('/') + "index.html";

    /// <summary>The output file of the page made from <paramref name="sourcePath"/>.</summary>
    public static string DestinationOfSource(string sourcePath) => DestinationOf(UrlOf(sourcePath));

    /// <summary>True for the names that make a folder's own page: index, README (GitHub) and _index (Hugo).</summary>
    public static bool IsIndexName(string nameWithoutExtension) =>
        nameWithoutExtension.Equals("index", StringComparison.OrdinalIgnoreCase) ||
        nameWithoutExtension.Equals("readme", StringComparison.OrdinalIgnoreCase) ||
        nameWithoutExtension.Equals("_index", StringComparison.OrdinalIgnoreCase);
}
