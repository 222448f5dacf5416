using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>Netlify redirect rules and forwarding pages from <c>redirect_from</c>, and a home page that forwards when the site has none.</summary>
public sealed class RedirectsPipeline : Pipeline
{
    /// <summary>Creates the pipeline for the site in <paramref name="inputFolder"/> (whose mdBook book.toml may list old addresses).</summary>
    public RedirectsPipeline(string? inputFolder = null) : base(PipelineNames.Redirects, PipelineNames.Content, PipelineNames.Assets)
    {
        ProcessModules.Add(new CreateRedirects(inputFolder));
        OutputModules.Add(new WriteFiles());
    }
}
