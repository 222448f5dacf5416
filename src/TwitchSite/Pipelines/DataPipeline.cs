using TwitchSite.Data;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>Reads <c>input/_data/*.yml</c> into data values that layouts see as <c>data.NAME</c>.</summary>
public sealed class DataPipeline : Pipeline
{
    /// <summary>Creates the pipeline for <paramref name="paths"/>.</summary>
    public DataPipeline(SitePaths paths) : base(PipelineNames.Data)
    {
        InputModules.Add(new ReadFiles(Path.Combine(paths.Input, "_data"), SourceFilters.IsData, _ => true, "_data/", paths.Input));
        ProcessModules.Add(new ParseData(Shapes));
    }

    /// <summary>The data files whose shape the site checks, with the check of the feature that reads each.</summary>
    public static IReadOnlyDictionary<string, DataShapeCheck> Shapes { get; } = new Dictionary<string, DataShapeCheck>(StringComparer.Ordinal)
    {
        [GlossaryShape.Name] = GlossaryShape.Check,
        [CareCardSet.DataName] = CareCardSet.Check,
    };
}
