using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.Search.Pagefind;
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
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (context.Output is not { } output)
        {
            return inputs;
        }

        if (output.WrittenPaths.FirstOrDefault(p => p.StartsWith(BundleFolder + "/", StringComparison.Ordinal)) is { } clash)
        {
            context.Diagnostics.Add(Diagnostic.Error(Codes.SearchIndexFailed, $"search index not built: the site already has '{clash}', but /{BundleFolder}/ is where the search index goes", null, $"rename the input folder that produces /{BundleFolder}/"));
            return inputs;
        }

        if (SearchShards.PagesPerShard(context.Settings, out var problem) is not { } pagesPerShard)
        {
            var where = settingsFile is null ? null : new SourceLocation(Path.GetFullPath(settingsFile));
            context.Diagnostics.Add(Diagnostic.Error(Codes.InvalidSearchShardPages, problem!, where, $"set {SearchShards.SettingKey} to a number such as {SearchShards.DefaultPagesPerShard}, or remove it for the default"));
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
            result = ShardedIndex.Build(output, pages, binary, workingFolder, pagesPerShard);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(Diagnostic.Error(Codes.SearchIndexFailed, $"could not run Pagefind ({binary}): {exception.Message}", null, "check that the file is a Pagefind binary for this machine and may be run, or build with --no-search"));
            return inputs;
        }

        if (result.Failed is { } failed)
        {
            context.Diagnostics.Add(Diagnostic.Error(Codes.SearchIndexFailed, $"Pagefind failed to index the site (exit {failed.ExitCode}): {failed.Tail()}", null, $"run `{binary} --site <output>` to see the whole message, or build with --no-search"));
            return inputs;
        }

        SearchVocabulary.Report(result.UnreadableFragments ?? [], context.Diagnostics);
        output.Adopt(BundleFolder);
        return inputs;
    }
}
