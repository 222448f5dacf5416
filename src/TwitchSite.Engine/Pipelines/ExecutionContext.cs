using System.Collections.Immutable;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;

namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// What a module can see while it runs: the pipeline and phase, the site settings, the
/// diagnostics sink, the output folder, and the outputs of the pipelines it may read.
/// </summary>
public sealed class ExecutionContext
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<Document>> _visibleOutputs;

    /// <summary>A context for running modules outside an <see cref="Engine"/> (a test harness, a tool running one module); an engine makes its own.</summary>
    /// <param name="pipeline">The pipeline the modules run in.</param>
    /// <param name="phase">The phase they run in.</param>
    /// <param name="services">What every module shares.</param>
    /// <param name="visibleOutputs">The pipeline outputs the modules may read, by pipeline name.</param>
    /// <param name="moduleIndex">Position of the running module among its phase's modules.</param>
    public ExecutionContext(Pipeline pipeline, Phase phase, EngineServices services, IReadOnlyDictionary<string, ImmutableArray<Document>> visibleOutputs, int moduleIndex = 0)
    {
        Pipeline = pipeline;
        Phase = phase;
        Services = services;
        _visibleOutputs = visibleOutputs;
        ModuleIndex = moduleIndex;
    }

    /// <summary>The pipeline being run.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>The phase being run.</summary>
    public Phase Phase { get; }

    /// <summary>Settings, diagnostics and output shared by every module of a build.</summary>
    public EngineServices Services { get; }

    /// <summary>The site settings, the bottom layer of every page's metadata.</summary>
    public Metadata Settings => Services.Settings;

    /// <summary>Where modules report problems.</summary>
    public DiagnosticSink Diagnostics => Services.Diagnostics;

    /// <summary>The staging output folder, or null when the build writes nothing.</summary>
    public OutputFolder? Output => Services.Output;

    /// <summary>How many documents per-document modules process at once.</summary>
    public int MaxParallelism => Services.MaxParallelism;

    /// <summary>
    /// The Process outputs of <paramref name="pipelineName"/>. In the Process phase only
    /// dependencies are visible; in PostProcess and Output every pipeline is.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pipeline is not visible from here.</exception>
    public ImmutableArray<Document> OutputsOf(string pipelineName) =>
        _visibleOutputs.TryGetValue(pipelineName, out var documents)
            ? documents
            : throw new InvalidOperationException($"pipeline '{Pipeline.Name}' cannot see the outputs of '{pipelineName}' in its {Phase} phase; add it to Dependencies");

    /// <summary>True when the outputs of <paramref name="pipelineName"/> are visible.</summary>
    public bool CanSee(string pipelineName) => _visibleOutputs.ContainsKey(pipelineName);

    /// <summary>Names of the pipelines whose outputs are visible, in ordinal order.</summary>
    public IReadOnlyList<string> VisiblePipelines => _visibleOutputs.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Position of the running module among its phase's modules.</summary>
    public int ModuleIndex { get; }

    /// <summary>Where the running module sits, the key of what it caches between builds.</summary>
    public ModuleKey ModuleKey => new(Pipeline.Name, Phase, ModuleIndex);

    /// <summary>What the previous build left for reuse, or null for one-off builds.</summary>
    public ExecutionCache? Cache => Services.Cache;

    /// <summary>The same context for the module at <paramref name="moduleIndex"/>.</summary>
    internal ExecutionContext ForModule(int moduleIndex) => new(Pipeline, Phase, Services, _visibleOutputs, moduleIndex);

    /// <summary>The same context reporting to <paramref name="diagnostics"/>, to learn what one document caused.</summary>
    internal ExecutionContext WithDiagnostics(DiagnosticSink diagnostics) => new(Pipeline, Phase, Services.WithDiagnostics(diagnostics), _visibleOutputs, ModuleIndex);
}
