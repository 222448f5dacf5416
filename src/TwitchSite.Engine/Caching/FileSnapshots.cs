using System.Collections.Concurrent;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// The documents <c>ReadFiles</c> made from each file in the previous build, with the file's size
/// and modification time then. A file whose size and time are unchanged (and that nobody called
/// <see cref="Forget"/> for) gives back the very same document, so everything downstream can see
/// at a glance that it did not change.
/// </summary>
public sealed class FileSnapshots
{
    private readonly ConcurrentDictionary<(string FullPath, string Source, bool Text), (long Length, DateTime Written, Document Document)> _files = new();

    /// <summary>The earlier document of a file, when the file looks unchanged.</summary>
    public bool TryGet(string fullPath, string source, bool text, FileInfo info, out Document document)
    {
        if (_files.TryGetValue((fullPath, source, text), out var entry) && entry.Length == info.Length && entry.Written == info.LastWriteTimeUtc)
        {
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    /// <summary>Remembers the document read from a file.</summary>
    public void Set(string fullPath, string source, bool text, FileInfo info, Document document) =>
        _files[(fullPath, source, text)] = (info.Length, info.LastWriteTimeUtc, document);

    /// <summary>Makes the next build read these files again, whatever their time says (a file watcher knows better).</summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        var paths = fullPaths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _files.Keys.Where(k => paths.Contains(k.FullPath)))
        {
            _files.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets every file.</summary>
    public void Clear() => _files.Clear();
}
