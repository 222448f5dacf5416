using System.Collections.Concurrent;

namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// Collects diagnostics from modules running in parallel, so a build reports every problem
/// instead of stopping at the first. Reading returns them in a stable order (path, line,
/// column, code) so output is deterministic.
/// </summary>
public sealed class DiagnosticSink
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    /// <summary>When true, warnings are reported as errors (the <c>--strict</c> option).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Adds a diagnostic, promoting a warning to an error in strict mode.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (WarningsAsErrors && diagnostic.Severity == Severity.Warning)
        {
            diagnostic = diagnostic with { Severity = Severity.Error };
        }

        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }

        _items.Enqueue(diagnostic);
    }

    /// <summary>True once any error has been added; cheap enough to ask for every document.</summary>
    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    /// <summary>Number of diagnostics of <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);

    /// <summary>All diagnostics in stable order, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> All =>
        _items.Distinct()
            .OrderBy(d => d.Location?.FullPath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Hint ?? "", StringComparer.Ordinal)
            .ToList();
}
