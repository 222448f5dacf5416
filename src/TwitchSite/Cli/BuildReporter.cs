using System.Globalization;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Cli;

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
        var shown = outcome.Diagnostics.Where(Visible).ToList();
        foreach (var diagnostic in shown)
        {
            error.WriteLine(_formatter.Format(diagnostic));
            error.WriteLine();
        }

        if (shown.Count > 0)
        {
            error.WriteLine($"{Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")}:");
            for (var i = 0; i < shown.Count; i++)
            {
                error.WriteLine($"  {i + 1}. {_formatter.Header(shown[i])}");
            }
        }

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
        output.WriteLine($"Built {Count(outcome.Pages, "page")}{written} in {seconds} s: {Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")}.");
        if (level >= LogLevel.Info)
        {
            var timings = outcome.Engine.Pipelines.Select(p => $"{p.Name} {p.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            output.WriteLine($"  Time per pipeline: {string.Join(", ", timings)}");
        }

        if (level >= LogLevel.Debug)
        {
            foreach (var module in outcome.Engine.Modules)
            {
                output.WriteLine($"    {module.Pipeline}/{module.Phase}/{module.Module}: {module.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms");
            }
        }
    }

    private bool Visible(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        Severity.Error => true,
        Severity.Warning => level >= LogLevel.Warning,
        _ => level >= LogLevel.Info,
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
