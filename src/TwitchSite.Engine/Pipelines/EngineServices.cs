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

    /// <summary>How many documents per-document modules process at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
