using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;
using TwitchSite.Validation;

namespace TwitchSite.Pipelines;

/// <summary>
/// Whole-site checks that need every page and asset: links, fragments, duplicate URLs, content
/// checks. Depends on Content and Assets; the duplicate check makes it depend on every pipeline that writes files too.
/// </summary>
public sealed class AnalyzePipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    public AnalyzePipeline() : base(PipelineNames.Analyze, PipelineNames.Content, PipelineNames.Assets)
    {
        ProcessModules.Add(new ReportUnknownKeys());
        ProcessModules.Add(new CheckDuplicateUrls());
        ProcessModules.Add(new ValidateLinks());
        ProcessModules.Add(new CheckContent());
    }
}
