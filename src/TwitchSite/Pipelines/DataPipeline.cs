using TwitchSite.Data;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Pipelines;

/// <summary>Reads <c>input/_data/*.yml</c> into data values that layouts see as <c>data.NAME</c>.</summary>
public sealed class DataPipeline : Pipeline
{
    /// <summary>Creates the pipeline for <paramref name="paths"/>.</summary>
    public DataPipeline(SitePaths paths) : base(PipelineNames.Data)
    {
        InputModules.Add(new ReadFiles(Path.Combine(paths.Input, "_data"), SourceFilters.IsData, _ => true, "_data/", paths.Input));
        ProcessModules.Add(new ParseData());
    }
}
