using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

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
