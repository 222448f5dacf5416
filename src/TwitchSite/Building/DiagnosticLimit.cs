using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Building;

/// <summary>
/// Keeps a report readable when one file has thousands of problems (a generated page with
/// 100,000 broken links printed 130 MB): at most a fixed number of diagnostics per file are
/// shown, and the rest of that file's are counted. Reads diagnostics in the sink's order
/// (sorted by file); changes nothing about the build's result.
/// </summary>
public static class DiagnosticLimit
{
    /// <summary>How many diagnostics of one file were left out.</summary>
    /// <param name="Path">The file (or empty for diagnostics without one).</param>
    /// <param name="Count">How many were left out.</param>
    public sealed record Omitted(string Path, int Count);

    /// <summary>
    /// The diagnostics to show, and for each file that had more than <paramref name="perFile"/>,
    /// a note keyed by the index (in the shown list) of that file's last shown diagnostic.
    /// </summary>
    public static (List<Diagnostic> Shown, Dictionary<int, Omitted> Notes) Apply(IEnumerable<Diagnostic> diagnostics, int perFile)
    {
        var shown = new List<Diagnostic>();
        var notes = new Dictionary<int, Omitted>();
        string? file = null;
        var inFile = 0;
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location?.FullPath ?? "";
            if (path != file)
            {
                file = path;
                inFile = 0;
            }

            if (++inFile <= perFile)
            {
                shown.Add(diagnostic);
            }
            else
            {
                var last = shown.Count - 1;
                notes[last] = new Omitted(path, (notes.TryGetValue(last, out var before) ? before.Count : 0) + 1);
            }
        }

        return (shown, notes);
    }
}
