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

    /// <summary>All diagnostics in stable order (path, line, column, code, message, severity, hint), without duplicates.</summary>
    public IReadOnlyList<Diagnostic> All
    {
        get
        {
            // One comparer and an in-place sort: a big site can report tens of thousands of warnings on every rebuild.
            var list = _items.Distinct().ToList();
            list.Sort(StableOrder);
            return list;
        }
    }

    private static int StableOrder(Diagnostic a, Diagnostic b)
    {
        var order = string.CompareOrdinal(a.Location?.FullPath ?? "", b.Location?.FullPath ?? "");
        if (order == 0)
        {
            order = (a.Location?.Line ?? 0).CompareTo(b.Location?.Line ?? 0);
        }

        if (order == 0)
        {
            order = (a.Location?.Column ?? 0).CompareTo(b.Location?.Column ?? 0);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Code, b.Code);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Message, b.Message);
        }

        if (order == 0)
        {
            order = a.Severity.CompareTo(b.Severity);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Hint ?? "", b.Hint ?? "");
    }
}
