using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;

namespace TwitchSite.Building;

/// <summary>The result of one build: diagnostics, what each pipeline produced and took, what was written.</summary>
/// <param name="Diagnostics">Every diagnostic, in stable order.</param>
/// <param name="Engine">Per-pipeline documents and timings.</param>
/// <param name="Commit">What writing the output did, or null when nothing was written.</param>
/// <param name="Elapsed">Wall time of the whole build.</param>
public sealed record BuildOutcome(IReadOnlyList<Diagnostic> Diagnostics, EngineResult Engine, CommitResult? Commit, TimeSpan Elapsed)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>True when the build was stopped (Ctrl+C, SIGTERM) before it finished; nothing was written.</summary>
    public bool Stopped { get; init; }

    /// <summary>Number of draft pages (draft: true) left out.</summary>
    public int Drafts => Diagnostics.Count(d => d.Code == TwitchSite.Diagnostics.Codes.DraftSkipped.Code);

    /// <summary>Number of pages built.</summary>
    public int Pages => Engine.DocumentsOf(PipelineNames.Content).Length;
}
