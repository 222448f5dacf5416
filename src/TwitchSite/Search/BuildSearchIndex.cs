using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Search;

/// <summary>
/// Builds the Pagefind search index of the pages this build wrote. Runs in the Output phase,
/// after every page is written: copies the parts of each page Pagefind reads (its article,
/// search metadata and language; <see cref="SearchableParts"/>) to a folder beside staging, runs
/// <c>pagefind_extended</c> on that folder, so the index is made from exactly the HTML that will
/// be published while the indexer skips the menus, headers and footers, then adopts the files
/// Pagefind wrote into staging under <c>pagefind/</c> into the output folder's manifest, so they
/// are committed with the pages and removed by a later build that has no search. Reads nothing from documents; returns
/// them unchanged. A build that writes nothing has nothing to index.
/// </summary>
/// <param name="provider">Finds or installs the Pagefind binary.</param>
/// <param name="workingFolder">Where Pagefind runs (the theme folder, so a theme may bring a pagefind.yml).</param>
public sealed class BuildSearchIndex(PagefindProvider provider, string workingFolder) : IModule
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
            context.Diagnostics.Add(Codes.SearchFolderTaken.Create(null, clash, BundleFolder));
            return inputs;
        }

        if (provider.Provide(context.Diagnostics) is not { } binary)
        {
            return inputs;
        }

        ProcessResult result;
        try
        {
            var pages = output.WrittenPaths.Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Select(p => (p, output.CurrentPathOf(p))).ToList();
            using var source = SearchSourceFolder.Write(output.StagingPath + "-search", pages);
            result = source.Index(binary, Path.Combine(output.StagingPath, BundleFolder), workingFolder);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Add(Codes.PagefindNotRun.Create(null, binary, exception.Message));
            return inputs;
        }

        if (result.ExitCode != 0)
        {
            context.Diagnostics.Add(Codes.SearchIndexFailed.Create(null, result.ExitCode, result.Tail(), binary));
            return inputs;
        }

        SearchVocabulary.Write(Path.Combine(output.StagingPath, BundleFolder), context.Diagnostics);
        output.Adopt(BundleFolder);
        return inputs;
    }
}
