using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Settings;

namespace TwitchSite.Pipelines;

/// <summary>Sitemap and robots.txt, from every page.</summary>
public sealed class SitemapPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public SitemapPipeline(SitePaths paths) : base(PipelineNames.Sitemap, PipelineNames.Content)
    {
        ProcessModules.Add(new CreateSitemap(Path.Combine(paths.Input, SiteSettings.FileName)));
        OutputModules.Add(new WriteFiles());
    }
}

/// <summary>The Atom feed of topic pages by review date.</summary>
public sealed class FeedPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public FeedPipeline() : base(PipelineNames.Feed, PipelineNames.Content)
    {
        ProcessModules.Add(new CreateFeed());
        OutputModules.Add(new WriteFiles());
    }
}

/// <summary>Netlify redirect rules and forwarding pages from <c>redirect_from</c>.</summary>
public sealed class RedirectsPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public RedirectsPipeline() : base(PipelineNames.Redirects, PipelineNames.Content)
    {
        ProcessModules.Add(new CreateRedirects());
        OutputModules.Add(new WriteFiles());
    }
}
