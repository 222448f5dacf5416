using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;

namespace TwitchSite.Engine.Pipelines;

/// <summary>What every module of one build shares: settings, the diagnostics sink and the output folder.</summary>
public sealed class EngineServices
{
    /// <summary>Site settings, the bottom metadata layer.</summary>
    public Metadata Settings { get; init; } = Metadata.Empty;

    /// <summary>Collects every diagnostic of the build.</summary>
    public DiagnosticSink Diagnostics { get; init; } = new();

    /// <summary>Staging output folder; null for builds that write nothing (checks, tests).</summary>
    public OutputFolder? Output { get; init; }

    /// <summary>Run the Output phase even when errors were reported (a live preview shows what could be built).</summary>
    public bool OutputDespiteErrors { get; init; }

    /// <summary>How many documents per-document modules process at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>What the previous build of the same site left for reuse (live preview); null for one-off builds.</summary>
    public ExecutionCache? Cache { get; init; }

    /// <summary>The build's clock: modules that compare with today's date read it here, so tests can fix the date.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The descriptors of the problems the engine itself reports, with the application's codes; neutral codes by default.</summary>
    public EngineDiagnostics EngineDiagnostics { get; init; } = EngineDiagnostics.Neutral;

    /// <summary>Stops the build between modules (Ctrl+C): <see cref="Engine.Execute"/> then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Where the build is, for a progress display (the command line on a terminal); null for none.</summary>
    public BuildProgress? Progress { get; init; }

    /// <summary>
    /// The managed heap size (bytes, after the last collection) below which the engine never forces a
    /// collection between phases (128 MB): a small site's collections would cost more time than the
    /// memory they save. Tests lower it to see the collections on a small heap.
    /// </summary>
    public long CollectAboveHeapBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>A copy of these services whose modules report to <paramref name="diagnostics"/> instead.</summary>
    internal EngineServices WithDiagnostics(DiagnosticSink diagnostics) => new()
    {
        Settings = Settings,
        Diagnostics = diagnostics,
        Output = Output,
        MaxParallelism = MaxParallelism,
        Cache = Cache,
        Clock = Clock,
        Cancellation = Cancellation,
        OutputDespiteErrors = OutputDespiteErrors,
        Progress = Progress,
        EngineDiagnostics = EngineDiagnostics,
        CollectAboveHeapBytes = CollectAboveHeapBytes,
    };
}
