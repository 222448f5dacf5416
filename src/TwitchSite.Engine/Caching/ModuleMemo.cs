using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// What one cacheable module produced in the previous build: per input document, its output and
/// the diagnostics it reported, valid only while the module's stamp is unchanged.
/// </summary>
internal sealed class ModuleMemo
{
    private Dictionary<string, List<MemoEntry>> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp the entries were computed under.</summary>
    public CacheStamp? Stamp { get; private set; }

    /// <summary>Starts a build under <paramref name="stamp"/>: a different stamp drops every entry.</summary>
    public void Begin(CacheStamp stamp)
    {
        if (Stamp is null || !Stamp.Equals(stamp))
        {
            _entries = new Dictionary<string, List<MemoEntry>>(StringComparer.Ordinal);
        }

        Stamp = stamp;
    }

    /// <summary>The entry computed for a document equal to <paramref name="input"/>, if any.</summary>
    public MemoEntry? Find(Document input)
    {
        if (!_entries.TryGetValue(input.Source, out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (DocumentIdentity.Same(entry.Input, input))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Replaces the entries with this build's, so documents that went away are forgotten.</summary>
    public void Replace(IEnumerable<MemoEntry> entries)
    {
        var next = new Dictionary<string, List<MemoEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!next.TryGetValue(entry.Input.Source, out var list))
            {
                list = [];
                next[entry.Input.Source] = list;
            }

            list.Add(entry);
        }

        _entries = next;
    }
}

/// <summary>One document's result: the output (null when the module dropped it) and its diagnostics.</summary>
/// <param name="Input">The document the module was given.</param>
/// <param name="Output">What it returned.</param>
/// <param name="Diagnostics">What it reported while processing that document.</param>
internal sealed record MemoEntry(Document Input, Document? Output, IReadOnlyList<Diagnostic> Diagnostics);
