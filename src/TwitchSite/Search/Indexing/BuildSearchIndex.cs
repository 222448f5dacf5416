using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.Search.Pagefind;
using TwitchSite.Settings;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Builds the Pagefind search index of the pages this build wrote. Runs in the Output phase,
/// after every page is written: indexes the pages shard by shard (<see cref="ShardedIndex"/>:
/// Pagefind reads only the parts of each page it indexes, <see cref="SearchableParts"/>, so the
/// index is made from exactly the HTML that will be published while the indexer skips the
/// menus, headers and footers; shards the output folder already has unchanged are kept), then
/// adopts the files Pagefind wrote into staging under <c>pagefind/</c> into the output folder's
/// manifest, so they are committed with the pages and removed by a later build that has no
/// search. Reads the <c>search_shard_pages</c> setting and nothing from documents; returns them
/// unchanged. A build that writes nothing has nothing to index.
/// </summary>
/// <param name="provider">Finds or installs the Pagefind binary.</param>
/// <param name="workingFolder">Where Pagefind runs (the theme folder, so a theme may bring a pagefind.yml).</param>
/// <param name="settingsFile">The site's <c>_site.yml</c>, where a bad <c>search_shard_pages</c> is reported.</param>
public sealed class BuildSearchIndex(PagefindProvider provider, string workingFolder, string? settingsFile = null) : IModule
{
    /// <summary>Folder of the index inside the output, and its URL path.</summary>
    public const string BundleFolder = "pagefind";

    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Setting(SettingKeys.SearchShardPages)];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (context.Output is not { } output)
        {
            return inputs;
        }

        if (output.WrittenPaths.FirstOrDefault(p => p.StartsWith(BundleFolder + "/", StringComparison.Ordinal)) is { } clash)
        {
            context.Diagnostics.Add(Codes.SearchFolderTaken.Create(null, clash, BundleFolder));
            return inputs;
        }

        if (SearchShards.PagesPerShard(SiteSettings.Of(context.Settings)) is not { } pagesPerShard)
        {
            var where = settingsFile is null ? null : new SourceLocation(Path.GetFullPath(settingsFile));
            context.Diagnostics.Add(Codes.InvalidSearchShardPages.Create(where, context.Settings.TryGetValue(SettingKeys.SearchShardPages, out var value) ? value : null, SettingKeys.SearchShardPages, SearchShards.DefaultPagesPerShard));
            return inputs;
        }

        if (provider.Provide(context.Diagnostics) is not { } binary)
        {
            return inputs;
        }

        ShardedIndexResult result;
        try
        {
            var pages = output.WrittenPaths.Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Select(p => (p, output.CurrentPathOf(p))).ToList();
            result = ShardedIndex.Build(output, pages, binary, workingFolder, pagesPerShard, progress: context.Services.Progress);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(Codes.PagefindNotRun.Create(null, binary, exception.Message));
            return inputs;
        }

        if (result.Failed is { } failed)
        {
            context.Diagnostics.Add(Codes.SearchIndexFailed.Create(null, failed.ExitCode, failed.Tail(), binary));
            return inputs;
        }

        SearchVocabulary.Report(result.UnreadableFragments ?? [], context.Diagnostics);
        output.Adopt(BundleFolder);
        return inputs;
    }
}
