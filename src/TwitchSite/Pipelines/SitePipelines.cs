using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Pipelines;

/// <summary>The site's pipelines, created fresh for each build.</summary>
public static class SitePipelines
{
    /// <summary>All pipelines of a build of <paramref name="paths"/>.</summary>
    public static IReadOnlyList<Pipeline> Create(SitePaths paths) =>
    [
        new DataPipeline(paths),
        new ContentPipeline(paths),
        new AssetsPipeline(paths),
        new SitemapPipeline(paths),
        new FeedPipeline(),
        new RedirectsPipeline(),
        new AnalyzePipeline(),
    ];
}
