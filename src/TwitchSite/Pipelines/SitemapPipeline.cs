using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Settings;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>Sitemap and robots.txt, from every page.</summary>
public sealed class SitemapPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public SitemapPipeline(SitePaths paths) : base(PipelineNames.Sitemap, PipelineNames.Content, PipelineNames.Assets)
    {
        ProcessModules.Add(new CreateSitemap(Path.Combine(paths.Input, SiteSettings.FileName)));
        OutputModules.Add(new WriteFiles());
    }
}
