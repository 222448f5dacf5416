using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Search.Pagefind;
using TwitchSite.Site;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Builds the search index of a site that is already in its output folder and leaves its pages
/// as they are: Pagefind reads the searchable parts of the output's pages
/// (<see cref="SearchSourceFolder"/>) and writes a new index into a staging folder, shard by
/// shard (<see cref="ShardedIndex"/>: shards whose pages did not change are kept as they are),
/// which then replaces the old index in one commit (stale index files removed, the manifest
/// updated), exactly as a build's own index would. The live preview runs it in the background
/// after each rebuild of the pages. Nobody else may write the output folder while it runs.
/// Stopped, it leaves its half-written folders set aside (<see cref="SetAsideFolders"/>) and
/// deletes them when it runs next, so stopping it takes moments even on a large site.
/// </summary>
public static class ReindexOutput
{
    /// <summary>Indexes the pages in <paramref name="paths"/>' output folder.</summary>
    /// <param name="paths">The site's folders; Pagefind runs in the theme folder, as in a build.</param>
    /// <param name="provider">Finds or installs the Pagefind binary.</param>
    /// <param name="cancellation">Stops Pagefind and leaves the output as it was.</param>
    public static ReindexResult Run(SitePaths paths, PagefindProvider provider, CancellationToken cancellation)
    {
        var sink = new DiagnosticSink();
        if (provider.Provide(sink) is not { } binary)
        {
            return new ReindexResult(ReindexStatus.Failed, sink.All, TimeSpan.Zero);
        }

        // Folders of runs stopped earlier (below) are deleted now, when nobody waits for them.
        var outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Output));
        if (!SetAsideFolders.DeleteAll(Path.GetDirectoryName(outputFolder)!, Path.GetFileName(outputFolder), cancellation))
        {
            return new ReindexResult(ReindexStatus.Cancelled, [], TimeSpan.Zero);
        }

        OutputFolder output;
        try
        {
            output = OutputFolder.BeginStaging(paths.Output, names: AppNames.Output, cancellation: cancellation);
        }
        catch (OperationCanceledException)
        {
            return new ReindexResult(ReindexStatus.Cancelled, [], TimeSpan.Zero);
        }

        using var staged = output;
        output.KeepPrevious(BuildSearchIndex.BundleFolder, inside: false);
        ShardedIndexResult indexed;
        try
        {
            // Every page in the output folder, as Pagefind would find them there itself.
            var pages = Directory.EnumerateFiles(paths.Output, "*.html", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(paths.Output, f), f))
                .Where(p => !p.Item1.StartsWith(BuildSearchIndex.BundleFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToList();
            var pagesPerShard = SearchShards.PagesPerShard(Settings.SiteSettings.Load(paths.Input, new DiagnosticSink())) ?? SearchShards.DefaultPagesPerShard;
            indexed = ShardedIndex.Build(output, pages, binary, paths.Theme, pagesPerShard, cancellation: cancellation);
        }
        catch (OperationCanceledException)
        {
            output.DiscardLater();
            return new ReindexResult(ReindexStatus.Cancelled, [], TimeSpan.Zero);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            output.Discard();
            sink.Add(Codes.PagefindNotRunOnReindex.Create(null, binary, exception.Message));
            return new ReindexResult(ReindexStatus.Failed, sink.All, TimeSpan.Zero);
        }

        if (indexed.Failed is { Cancelled: true })
        {
            // Someone saved a file and waits for the rebuild: rename the half-written folders
            // away now (thousands of files each) and delete them at the next indexing.
            output.DiscardLater();
            return new ReindexResult(ReindexStatus.Cancelled, [], indexed.Elapsed);
        }

        if (indexed.Failed is { } run)
        {
            output.Discard();
            sink.Add(Codes.ReindexFailed.Create(null, run.ExitCode, run.Tail(), binary, paths.Output));
            return new ReindexResult(ReindexStatus.Failed, sink.All, indexed.Elapsed);
        }

        SearchVocabulary.Report(indexed.UnreadableFragments ?? [], sink);
        output.Adopt(BuildSearchIndex.BundleFolder);
        output.Commit(cancellation: cancellation); // a save meanwhile stops deleting the old site, not the commit
        return new ReindexResult(ReindexStatus.Updated, sink.All, indexed.Elapsed);
    }
}

/// <summary>How <see cref="ReindexOutput.Run"/> ended.</summary>
public enum ReindexStatus
{
    /// <summary>The output has a new index.</summary>
    Updated,

    /// <summary>Stopped before it finished; the output is as it was.</summary>
    Cancelled,

    /// <summary>No index could be built (see the diagnostics); the output is as it was.</summary>
    Failed,
}

/// <summary>The outcome of a re-indexing.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Diagnostics">Why search is missing or failed, if it is.</param>
/// <param name="Elapsed">Time Pagefind ran.</param>
public sealed record ReindexResult(ReindexStatus Status, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed);
