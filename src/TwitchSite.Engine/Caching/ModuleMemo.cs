using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// What one cacheable module produced in the previous build: per input document, its output and
/// the diagnostics it reported, valid only while the module's stamp is unchanged.
/// </summary>
internal sealed class ModuleMemo
{
    // Per source path: one MemoEntry, or a List<MemoEntry> in the rare case of several documents
    // with the same source; a single entry saves an allocation per document on every rebuild.
    private Dictionary<string, object> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp the entries were computed under.</summary>
    public CacheStamp? Stamp { get; private set; }

    /// <summary>Starts a build under <paramref name="stamp"/>: a different stamp drops every entry.</summary>
    public void Begin(CacheStamp stamp)
    {
        if (Stamp is null || !Stamp.Equals(stamp))
        {
            _entries = new Dictionary<string, object>(StringComparer.Ordinal);
        }

        Stamp = stamp;
    }

    /// <summary>The entry computed for a document equal to <paramref name="input"/>, if any.</summary>
    public MemoEntry? Find(Document input)
    {
        switch (_entries.GetValueOrDefault(input.Source))
        {
            case MemoEntry entry when DocumentIdentity.Same(entry.Input, input):
                return entry;
            case List<MemoEntry> candidates:
                foreach (var candidate in candidates)
                {
                    if (DocumentIdentity.Same(candidate.Input, input))
                    {
                        return candidate;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Replaces the entries with this build's, so documents that went away are forgotten.</summary>
    public void Replace(IReadOnlyCollection<MemoEntry> entries)
    {
        var next = new Dictionary<string, object>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            switch (next.GetValueOrDefault(entry.Input.Source))
            {
                case null:
                    next[entry.Input.Source] = entry;
                    break;
                case MemoEntry first:
                    next[entry.Input.Source] = new List<MemoEntry> { first, entry };
                    break;
                case List<MemoEntry> list:
                    list.Add(entry);
                    break;
            }
        }

        _entries = next;
    }
}

/// <summary>One document's result: the output (null when the module dropped it) and its diagnostics.</summary>
/// <param name="Input">The document the module was given.</param>
/// <param name="Output">What it returned.</param>
/// <param name="Diagnostics">What it reported while processing that document.</param>
internal sealed record MemoEntry(Document Input, Document? Output, IReadOnlyList<Diagnostic> Diagnostics);
