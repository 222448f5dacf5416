using System.Collections.Immutable;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;

namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// What a module can see while it runs: the pipeline and phase, the site settings, the
/// diagnostics sink, the output folder, and the outputs of the pipelines it declared it reads
/// (<see cref="IModule.Reads"/>).
/// </summary>
public sealed class ExecutionContext
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<Document>> _visibleOutputs;

    /// <summary>A context for running modules outside an <see cref="Engine"/> (a test harness, a tool running one module); an engine makes its own.</summary>
    /// <param name="pipeline">The pipeline the modules run in.</param>
    /// <param name="phase">The phase they run in.</param>
    /// <param name="services">What every module shares.</param>
    /// <param name="visibleOutputs">The pipeline outputs the modules may read, by pipeline name.</param>
    /// <param name="writingPipelines">The pipelines that write files (what <c>Read.WritingPipelines</c> sees).</param>
    /// <param name="moduleIndex">Position of the running module among its phase's modules.</param>
    /// <param name="forTest">When true, a declared pipeline missing from <paramref name="visibleOutputs"/> reads as no documents instead of failing.</param>
    public ExecutionContext(Pipeline pipeline, Phase phase, EngineServices services, IReadOnlyDictionary<string, ImmutableArray<Document>> visibleOutputs, IReadOnlyList<string> writingPipelines, int moduleIndex = 0, bool forTest = false)
    {
        Pipeline = pipeline;
        Phase = phase;
        Services = services;
        _visibleOutputs = visibleOutputs;
        WritingPipelines = writingPipelines;
        ModuleIndex = moduleIndex;
        IsTest = forTest;
        var modules = pipeline.ModulesOf(phase);
        Module = moduleIndex < modules.Count ? modules[moduleIndex] : null;
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
    /// The Process outputs of <paramref name="pipelineName"/>, which the running module must
    /// declare in its <see cref="IModule.Reads"/> (the engine has checked at start-up that the
    /// pipeline depends on it, so it is always there).
    /// </summary>
    /// <exception cref="InvalidOperationException">The module did not declare the read, or the pipeline is not visible from here.</exception>
    public ImmutableArray<Document> OutputsOf(string pipelineName)
    {
        if (Module is { } module && !Declares(module, pipelineName))
        {
            throw new InvalidOperationException($"module {module.GetType().Name} ({Pipeline.Name} pipeline, {Phase} phase) reads the outputs of pipeline '{pipelineName}' without declaring it: add Read.Pipeline(\"{pipelineName}\") to its Reads");
        }

        if (_visibleOutputs.TryGetValue(pipelineName, out var documents))
        {
            return documents;
        }

        return IsTest
            ? []
            : throw new InvalidOperationException($"pipeline '{Pipeline.Name}' cannot see the outputs of '{pipelineName}' in its {Phase} phase; add it to Dependencies");
    }

    /// <summary>
    /// The Process outputs of every pipeline that writes files (<see cref="IWritesFiles"/>) other
    /// than this one, in run order; the module must declare <see cref="Read.WritingPipelines"/>.
    /// </summary>
    public IEnumerable<Document> OutputsOfWritingPipelines() =>
        WritingPipelines.Where(p => !p.Equals(Pipeline.Name, StringComparison.OrdinalIgnoreCase)).SelectMany(p => OutputsOf(p));

    /// <summary>Names of the pipelines that write files, in run order.</summary>
    public IReadOnlyList<string> WritingPipelines { get; }

    /// <summary>The module running, or null for a context made outside an engine for a harness.</summary>
    public IModule? Module { get; }

    private bool IsTest { get; }

    /// <summary>Position of the running module among its phase's modules.</summary>
    public int ModuleIndex { get; }

    /// <summary>Where the running module sits, the key of what it caches between builds.</summary>
    public ModuleKey ModuleKey => new(Pipeline.Name, Phase, ModuleIndex);

    /// <summary>What the previous build left for reuse, or null for one-off builds.</summary>
    public ExecutionCache? Cache => Services.Cache;

    /// <summary>The same context for the module at <paramref name="moduleIndex"/>.</summary>
    internal ExecutionContext ForModule(int moduleIndex) => new(Pipeline, Phase, Services, _visibleOutputs, WritingPipelines, moduleIndex, IsTest);

    /// <summary>The same context reporting to <paramref name="diagnostics"/>, to learn what one document caused.</summary>
    internal ExecutionContext WithDiagnostics(DiagnosticSink diagnostics) => new(Pipeline, Phase, Services.WithDiagnostics(diagnostics), _visibleOutputs, WritingPipelines, ModuleIndex, IsTest);

    private bool Declares(IModule module, string pipelineName) => module.Reads.Any(r =>
        r.Kind == ReadKind.Pipeline && r.Name.Equals(pipelineName, StringComparison.OrdinalIgnoreCase) ||
        r.Kind == ReadKind.WritingPipelines && WritingPipelines.Contains(pipelineName, StringComparer.OrdinalIgnoreCase));
}
