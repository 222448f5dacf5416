using System.Globalization;
using System.Text;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Building;

/// <summary>
/// Prints a build's diagnostics (each with its source line and hint) to the error stream, then
/// a numbered summary of them and the build summary (pages written, warnings, errors, time per
/// pipeline) to the output stream.
/// </summary>
public sealed class BuildReporter(TextWriter output, TextWriter error, LogLevel level, string baseFolder)
{
    private readonly DiagnosticFormatter _formatter = new(baseFolder);

    /// <summary>Prints <paramref name="outcome"/>.</summary>
    public void Report(BuildOutcome outcome, string outputFolder)
    {
        var (shown, notes) = DiagnosticLimit.Apply(outcome.Diagnostics.Where(Visible), MaxPerFile);
        // Written in one piece: the console's error stream flushes on every write, and a big
        // site can have thousands of warnings.
        var report = new StringBuilder();
        var formatted = FormatAll(shown);
        for (var i = 0; i < formatted.Length; i++)
        {
            report.Append(formatted[i].Block).Append(error.NewLine).Append(error.NewLine);
            if (notes.TryGetValue(i, out var more))
            {
                report.Append(MoreLine(more)).Append(error.NewLine).Append(error.NewLine);
            }
        }

        if (shown.Count > 0)
        {
            report.Append(CultureInfo.InvariantCulture, $"{Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")}:").Append(error.NewLine);
            for (var i = 0; i < shown.Count; i++)
            {
                report.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {formatted[i].Header}").Append(error.NewLine);
                if (notes.TryGetValue(i, out var more))
                {
                    report.Append("     ").Append(MoreLine(more)).Append(error.NewLine);
                }
            }
        }

        error.Write(report.ToString());

        var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!outcome.Succeeded)
        {
            error.WriteLine($"Build failed with {Count(outcome.Errors, "error")} in {seconds} s; {_formatter.DisplayPath(outputFolder)} was left as it was.");
            return;
        }

        if (level < LogLevel.Warning)
        {
            return;
        }

        var written = outcome.Commit is { } c ? $" to {_formatter.DisplayPath(outputFolder)} ({c.Changed} changed, {c.Unchanged} unchanged, {c.Deleted} removed)" : "";
        var drafts = outcome.Drafts > 0 ? $" ({Count(outcome.Drafts, "draft")} skipped)" : "";
        output.WriteLine($"Built {Count(outcome.Pages, "page")}{drafts}{written} in {seconds} s: {Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")}.");
        if (level >= LogLevel.Info)
        {
            var timings = outcome.Engine.Pipelines.Select(p => $"{p.Name} {p.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            output.WriteLine($"  Time per pipeline: {string.Join(", ", timings)}");
        }

        if (level >= LogLevel.Debug)
        {
            foreach (var module in outcome.Engine.Modules)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {module.Pipeline}/{module.Phase}/{module.Module}: {module.Elapsed.TotalMilliseconds:0.0} ms, {module.AllocatedBytes / 1048576.0:0.0} MB allocated; then heap {module.HeapBytes / 1048576} MB, resident {module.WorkingSetBytes / 1048576} MB, peak {module.PeakWorkingSetBytes / 1048576} MB"));
            }

            // Memory is the other half of build speed: how much was allocated and how long GC paused.
            var memory = GC.GetGCMemoryInfo(GCKind.Any);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; {GC.GetTotalAllocatedBytes() / 1048576} MB allocated; {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused; heap {memory.HeapSizeBytes / 1048576} MB, committed {memory.TotalCommittedBytes / 1048576} MB"));

            // Start-up is the other half of a small site's build: code the ahead-of-time compilation did not cover.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms (all threads)"));
        }
    }

    /// <summary>
    /// Each diagnostic with its source line and hint, in order. Showing a source line reads its
    /// file again, so a large site's thousands of warnings are formatted in parallel, in runs of
    /// consecutive diagnostics (they are sorted by file), each run with its own formatter.
    /// </summary>
    private (string Header, string Block)[] FormatAll(List<Diagnostic> diagnostics)
    {
        var formatted = new (string Header, string Block)[diagnostics.Count];
        void FormatRun(DiagnosticFormatter formatter, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var header = formatter.Header(diagnostics[i]);
                formatted[i] = (header, formatter.Format(diagnostics[i], header));
            }
        }

        const int Run = 256;
        if (diagnostics.Count <= Run)
        {
            FormatRun(_formatter, 0, diagnostics.Count);
        }
        else
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, diagnostics.Count, Run), run => FormatRun(new DiagnosticFormatter(baseFolder), run.Item1, run.Item2));
        }

        return formatted;
    }

    /// <summary>Most diagnostics printed for one file; the rest are counted in one line.</summary>
    public const int MaxPerFile = 50;

    private string MoreLine(DiagnosticLimit.Omitted more) =>
        string.Create(CultureInfo.InvariantCulture, $"{(more.Path.Length == 0 ? "without a file" : _formatter.DisplayPath(more.Path))}: {more.Count:N0} more {(more.Count == 1 ? "diagnostic" : "diagnostics")} not shown (at most {MaxPerFile} per file)");

    private bool Visible(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        Severity.Error => true,
        Severity.Warning => level >= LogLevel.Warning,
        _ => level >= LogLevel.Info,
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
