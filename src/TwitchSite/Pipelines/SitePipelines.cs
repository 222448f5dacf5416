using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>The site's pipelines, created fresh for each build.</summary>
public static class SitePipelines
{
    /// <summary>
    /// All pipelines of a build of <paramref name="paths"/>; the search index only when <paramref name="search"/>
    /// is true; the readability figures of every page when <paramref name="measureEveryPage"/> is true
    /// (else only when the site's content checks read them). <paramref name="hasSearch"/> says whether the
    /// site has an index at all (a live preview makes it after the pages; default: <paramref name="search"/>),
    /// which layouts read as <c>site.has_search</c>.
    /// </summary>
    public static IReadOnlyList<Pipeline> Create(SitePaths paths, bool search = false, bool measureEveryPage = false, bool? hasSearch = null) =>
    [
        new DataPipeline(paths),
        new ContentPipeline(paths, measureEveryPage, hasSearch ?? search),
        new AssetsPipeline(paths),
        new SitemapPipeline(paths),
        new FeedPipeline(),
        new RedirectsPipeline(paths.Input),
        new AnalyzePipeline(),
        .. search ? [new SearchIndexPipeline(paths)] : Array.Empty<Pipeline>(),
    ];
}
