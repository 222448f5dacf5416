using TwitchSite.Engine.Pipelines;
using TwitchSite.Search;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>
/// The Pagefind search index of the built site (Output phase, after the pages and assets are
/// written to staging). Left out of builds run with --no-search.
/// </summary>
public sealed class SearchIndexPipeline : Pipeline
{
    /// <summary>Creates the pipeline for <paramref name="paths"/>.</summary>
    public SearchIndexPipeline(SitePaths paths) : base(PipelineNames.SearchIndex, PipelineNames.Content, PipelineNames.Assets)
    {
        OutputModules.Add(new BuildSearchIndex(PagefindProvider.For(paths.Theme), paths.Theme));
    }
}
