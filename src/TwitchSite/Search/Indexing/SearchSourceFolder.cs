using TwitchSite.Engine.IO;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// The folder Pagefind indexes: for each page, the parts of it Pagefind reads
/// (<see cref="SearchableParts"/>) at the page's own path (all but the not-found page), so URLs come out as they would from
/// the site itself; <see cref="Index"/> runs Pagefind on it, so its command line is in one
/// place for builds and the preview. Reads the pages from wherever they are; writes only under
/// its folder, which it deletes when disposed.
/// </summary>
public sealed class SearchSourceFolder : IDisposable
{
    private SearchSourceFolder(string fullPath) => FullPath = fullPath;

    /// <summary>The folder to pass to Pagefind's <c>--site</c>.</summary>
    public string FullPath { get; }

    /// <summary>Writes the searchable parts of <paramref name="pages"/> (site-relative path, file holding the page) under <paramref name="folder"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped it; what was written is set aside (<see cref="SetAside"/>).</exception>
    /// <exception cref="IOException">A page could not be read or copied (the first such error; nothing is left behind).</exception>
    public static SearchSourceFolder Write(string folder, IReadOnlyCollection<(string RelativePath, string FullPath)> pages, CancellationToken cancellation = default)
    {
        var list = pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        return Write(folder, list.Count, i => (list[i].RelativePath, SearchableParts.Of(File.ReadAllBytes(list[i].FullPath))), cancellation);
    }

    /// <summary>Writes <paramref name="count"/> pages' searchable parts, page <c>i</c> given by <paramref name="page"/> (site-relative path, the parts), under <paramref name="folder"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped it; what was written is set aside (<see cref="SetAside"/>).</exception>
    /// <exception cref="IOException">A page could not be read or copied (the first such error; nothing is left behind).</exception>
    public static SearchSourceFolder Write(string folder, int count, Func<int, (string RelativePath, ReadOnlyMemory<byte> Parts)> page, CancellationToken cancellation = default)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true); // left by a build that was killed
        }

        try
        {
            // Folders are made page by page inside the loop: on a slow disk making ten thousand
            // of them takes seconds, and a cancellation must be able to stop that too.
            // Files are made one after another in the order given: Pagefind numbers pages in the
            // order it lists the folder, which on some file systems (tmpfs) is the order files
            // were made, so a parallel copy gave a different index from build to build.
            // The not-found page is never a search result, whatever layout it uses (the sitemap leaves it out too).
            for (var i = 0; i < count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var (relativePath, parts) = page(i);
                if (IsNotFoundPage(relativePath))
                {
                    continue;
                }

                var target = Path.Combine(folder, relativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
                RandomAccess.Write(file, parts.Span, 0);
            }
        }
        catch (OperationCanceledException)
        {
            SetAsideFolders.SetAside(folder);
            throw;
        }
        catch (Exception failed) when (failed is IOException or UnauthorizedAccessException)
        {
            // A page not readable, a full disk: the caller handles it by its type; nothing is left behind.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            throw;
        }

        return new SearchSourceFolder(folder);
    }

    /// <summary>True for the site's "page not found" page, <c>404.html</c> at the top of the output.</summary>
    public static bool IsNotFoundPage(string relativePath) => relativePath is "404.html";

    /// <summary>
    /// Renames the folder out of the way instead of deleting it (<see cref="SetAsideFolders"/>):
    /// for a run that was stopped because someone is waiting. Disposing then has nothing to do.
    /// </summary>
    public void SetAside() => SetAsideFolders.SetAside(FullPath);

    /// <summary>Runs Pagefind (<paramref name="binary"/>) on this folder, writing the index bundle to <paramref name="bundleFolder"/>.</summary>
    /// <param name="binary">The Pagefind binary.</param>
    /// <param name="bundleFolder">Where the index goes (the build's staging <c>pagefind/</c>).</param>
    /// <param name="workingFolder">Where Pagefind runs (the theme folder, so a theme may bring a pagefind.yml).</param>
    /// <param name="cancellation">Stops Pagefind.</param>
    public ProcessResult Index(string binary, string bundleFolder, string workingFolder, CancellationToken cancellation = default) =>
        ProcessRunner.Run(binary, ["--site", FullPath, "--output-path", bundleFolder, "--quiet"], workingFolder, TimeSpan.FromMinutes(30), cancellation);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
