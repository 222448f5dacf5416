namespace TwitchSite.Site;

/// <summary>
/// The name a site with no title anywhere (no <c>_site.yml</c> title, no other generator's, no home
/// page) goes by: its folder's name, or, when the folder is named only for holding docs
/// (<c>docs</c>, <c>doc</c>, <c>documentation</c>, <c>source</c>, <c>src</c>, <c>content</c>,
/// <c>input</c>), the nearest folder above with a name of its own, the project's
/// (<c>containerd/docs</c> is "containerd"). As GitHub Pages names a site after its repository,
/// it is spelled as it is: a project's name is its authors' spelling. Reads no file.
/// </summary>
public static class FolderTitle
{
    /// <summary>Folder names that say what a folder holds, not whose it is (compared in any case).</summary>
    public static readonly IReadOnlySet<string> GenericNames =
        new HashSet<string>(["docs", "doc", "documentation", "source", "src", "content", "input"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The site name <paramref name="inputFolder"/> gives, or null when it and the three folders above it are all generic (or a file system root).</summary>
    public static string? Of(string inputFolder)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        for (var up = 0; up < 4 && Path.GetFileName(folder) is { Length: > 0 } name; up++)
        {
            if (!GenericNames.Contains(name))
            {
                return name;
            }

            folder = Path.GetDirectoryName(folder) ?? "";
        }

        return null;
    }
}
