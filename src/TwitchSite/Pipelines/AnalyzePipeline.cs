using TwitchSite.Engine.Pipelines;
using TwitchSite.Validation;

namespace TwitchSite.Pipelines;

/// <summary>Whole-site checks that need every page and asset: links, fragments, duplicate URLs, content checks.</summary>
public sealed class AnalyzePipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public AnalyzePipeline() : base(PipelineNames.Analyze, PipelineNames.Content, PipelineNames.Assets, PipelineNames.Sitemap, PipelineNames.Feed, PipelineNames.Redirects)
    {
        ProcessModules.Add(new ReportUnknownKeys());
        ProcessModules.Add(new CheckDuplicateUrls());
        ProcessModules.Add(new ValidateLinks());
        ProcessModules.Add(new CheckContent());
    }
}
