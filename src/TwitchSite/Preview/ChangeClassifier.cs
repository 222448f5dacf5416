using TwitchSite.Content;
using TwitchSite.Layouts;
using TwitchSite.Pipelines;
using TwitchSite.Settings;
using TwitchSite.Site;

namespace TwitchSite.Preview;

/// <summary>
/// Sorts changed files into <see cref="ChangeKind"/>s by where they are under the input and
/// theme folders, with the same rules the pipelines use to pick their files.
/// </summary>
/// <param name="paths">The folders being previewed.</param>
public sealed class ChangeClassifier(SitePaths paths)
{
    /// <summary>Classifies one changed file.</summary>
    public SourceChange Classify(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        if (RelativeInside(paths.Input, full) is { } input)
        {
            return new SourceChange(full, Display(paths.Input, input), ClassifyInput(input));
        }

        if (RelativeInside(paths.Theme, full) is { } theme)
        {
            var kind = theme.StartsWith(LayoutCatalog.FolderName + "/", StringComparison.Ordinal) ? ChangeKind.Layout
                : theme.StartsWith("assets/", StringComparison.Ordinal) ? ChangeKind.Asset
                : ChangeKind.Other;
            return new SourceChange(full, Display(paths.Theme, theme), kind);
        }

        return new SourceChange(full, full.Replace('\\', '/'), ChangeKind.Other);
    }

    private ChangeKind ClassifyInput(string relative)
    {
        var name = Path.GetFileName(relative);
        if (relative.Equals(SiteSettings.FileName, StringComparison.OrdinalIgnoreCase) || name.Equals(ApplyDirectoryMetadata.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return ChangeKind.Settings;
        }

        if (relative.StartsWith("_data/", StringComparison.OrdinalIgnoreCase))
        {
            return ChangeKind.Data;
        }

        if (relative.StartsWith(LayoutCatalog.FolderName + "/", StringComparison.OrdinalIgnoreCase))
        {
            return relative.EndsWith(LayoutCatalog.Extension, StringComparison.OrdinalIgnoreCase) ? ChangeKind.Layout : ChangeKind.Other;
        }

        if (SourceFilters.IsContent(relative, JekyllCollections.Published(paths.Input)) || SourceFilters.IsHtmlPage(relative, paths.Input))
        {
            return ChangeKind.ContentPage;
        }

        return SourceFilters.IsInputAsset(relative) ? ChangeKind.Asset : ChangeKind.Other;
    }

    private static string? RelativeInside(string folder, string full)
    {
        var relative = Path.GetRelativePath(folder, full);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }

    private static string Display(string folder, string relative) => Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + "/" + relative;
}
