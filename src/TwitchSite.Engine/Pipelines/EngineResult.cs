using System.Collections.Immutable;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Pipelines;

/// <summary>What one pipeline produced and how long it took over all its phases.</summary>
/// <param name="Name">The pipeline's name.</param>
/// <param name="Documents">Its final documents.</param>
/// <param name="Elapsed">Wall time spent in its modules.</param>
public sealed record PipelineResult(string Name, ImmutableArray<Document> Documents, TimeSpan Elapsed);

/// <summary>The outcome of running every pipeline.</summary>
/// <param name="Pipelines">Per-pipeline results, in run order.</param>
/// <param name="Succeeded">False when any error was reported (the Output phase then did not run).</param>
public sealed record EngineResult(IReadOnlyList<PipelineResult> Pipelines, bool Succeeded)
{
    /// <summary>Time each module took, in run order.</summary>
    public IReadOnlyList<ModuleTiming> Modules { get; init; } = [];

    /// <summary>The final documents of <paramref name="pipelineName"/>.</summary>
    public ImmutableArray<Document> DocumentsOf(string pipelineName) =>
        Pipelines.First(p => p.Name.Equals(pipelineName, StringComparison.OrdinalIgnoreCase)).Documents;
}

/// <summary>How long one module took in one phase of one pipeline.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Phase">The phase.</param>
/// <param name="Module">The module's type name.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed)
{
    /// <summary>Bytes allocated on the managed heap while the module ran (by every thread, approximately).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>The managed heap's size after the last collection before the module ended, in bytes.</summary>
    public long HeapBytes { get; init; }

    /// <summary>The process' resident memory when the module ended, in bytes.</summary>
    public long WorkingSetBytes { get; init; }

    /// <summary>The process' highest resident memory so far when the module ended, in bytes (what <c>/usr/bin/time</c> reports as its peak at the end).</summary>
    public long PeakWorkingSetBytes { get; init; }
}
