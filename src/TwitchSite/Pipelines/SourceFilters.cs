using TwitchSite.Content;
using TwitchSite.Urls;

namespace TwitchSite.Pipelines;

/// <summary>Which files under input/ belong to which pipeline.</summary>
public static class SourceFilters
{
    /// <summary>Markdown pages (Hugo's <c>_index.md</c> included) and folder defaults, outside '_' folders and layouts/.</summary>
    public static bool IsContent(string relative) =>
        !IsLayout(relative) &&
        (UrlMapper.IsMarkdown(relative) && !HasPrivateSegment(IsHugoIndex(relative) ? Folder(relative) : relative) ||
         Path.GetFileName(relative).Equals(ApplyDirectoryMetadata.FileName, StringComparison.OrdinalIgnoreCase) && !HasPrivateSegment(Folder(relative)));

    /// <summary>
    /// As <see cref="IsContent(string)"/>, with the <c>_</c> folders a Jekyll site publishes
    /// (<paramref name="published"/>: its collections, see <see cref="JekyllCollections"/>) read as content.
    /// </summary>
    public static bool IsContent(string relative, IReadOnlyDictionary<string, string?> published) =>
        IsContent(relative) || published.Count > 0 && relative.IndexOf('/') is var slash and > 0
            && published.ContainsKey(relative[..slash]) && IsContent(relative[(slash + 1)..]);

    /// <summary>
    /// HTML pages (<see cref="HtmlPages"/>: front matter, then plain HTML) outside '_' folders and
    /// layouts/; reads the file's start (and, with front matter, the file) under <paramref name="inputFolder"/>.
    /// </summary>
    public static bool IsHtmlPage(string relative, string inputFolder) =>
        HtmlPages.HasHtmlExtension(relative) && !HasPrivateSegment(relative) && !IsLayout(relative)
        && HtmlPages.IsPage(Path.Combine(inputFolder, relative));

    /// <summary>Files copied as they are: not markdown, not '_' files or folders, not layouts.</summary>
    public static bool IsInputAsset(string relative) =>
        !UrlMapper.IsMarkdown(relative) && !HasPrivateSegment(relative) && !IsLayout(relative);

    /// <summary>YAML data files.</summary>
    public static bool IsData(string relative) =>
        relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Files that are text rather than bytes to copy.</summary>
    public static bool IsText(string relative) => UrlMapper.IsMarkdown(relative) || IsData(relative);

    private static bool IsHugoIndex(string relative) =>
        Path.GetFileNameWithoutExtension(relative).Equals("_index", StringComparison.OrdinalIgnoreCase);

    private static bool IsLayout(string relative) => relative.StartsWith("layouts/", StringComparison.OrdinalIgnoreCase);

    private static bool HasPrivateSegment(string relative) => relative.Split('/').Any(s => s.StartsWith('_'));

    private static string Folder(string relative) => ApplyDirectoryMetadata.FolderOf(relative);
}
