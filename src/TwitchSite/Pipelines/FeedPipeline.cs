using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>The Atom feed of topic pages by review date.</summary>
public sealed class FeedPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public FeedPipeline() : base(PipelineNames.Feed, PipelineNames.Content, PipelineNames.Assets)
    {
        ProcessModules.Add(new CreateFeed());
        OutputModules.Add(new WriteFiles());
    }
}
