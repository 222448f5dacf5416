using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Layouts;

/// <summary>
/// Parsed layouts kept between builds of a live preview, keyed by file path and compared by the
/// file's bytes, with the diagnostics parsing reported, so an unchanged layout is never parsed
/// twice and its errors are still reported on every build.
/// </summary>
public sealed class LayoutFileCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The layout parsed from these exact bytes at this path under this name, if any.</summary>
    public bool TryGet(string path, string name, byte[] bytes, out Layout? layout, out IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(path, out var entry) && entry.Name == name && entry.Bytes.AsSpan().SequenceEqual(bytes))
            {
                (layout, diagnostics) = (entry.Layout, entry.Diagnostics);
                return true;
            }
        }

        (layout, diagnostics) = (null, []);
        return false;
    }

    /// <summary>Remembers a parse result.</summary>
    public void Set(string path, string name, byte[] bytes, Layout? layout, IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_entries)
        {
            _entries[path] = new Entry(name, bytes, layout, diagnostics);
        }
    }

    /// <summary>Forgets layouts whose files are gone.</summary>
    public void Retain(IEnumerable<string> paths)
    {
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        lock (_entries)
        {
            foreach (var gone in _entries.Keys.Where(k => !keep.Contains(k)).ToList())
            {
                _entries.Remove(gone);
            }
        }
    }

    private sealed record Entry(string Name, byte[] Bytes, Layout? Layout, IReadOnlyList<Diagnostic> Diagnostics);
}
