using System.Buffers;
using System.Collections.Concurrent;

namespace TwitchSite.Engine.IO;

/// <summary>
/// The site's output folder, written through a staging folder beside it. While the build runs,
/// each file is compared with the one the output already has: equal bytes are only noted, other
/// files are written to staging. <see cref="Commit"/> moves the staged files into the output (the
/// whole staging folder at once when the output is new or empty), deletes files that an earlier
/// build wrote and this one did not (listed in a manifest), and never touches anything else.
/// <see cref="Discard"/> leaves the output exactly as it was, so a failed build cannot leave a
/// half-written site. Writes may come from many threads at once.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Name of the manifest, inside the output folder, listing every file the generator wrote.</summary>
    public const string ManifestName = ".twitchsite-manifest";

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unchanged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _stagingFolders = new(StringComparer.Ordinal);

    // False when the output folder is missing or empty: nothing to compare with, and Commit can
    // rename the staging folder into place instead of moving file by file.
    private readonly bool _outputHasFiles;
    private bool _finished;

    private OutputFolder(string fullPath, string stagingPath, bool outputHasFiles)
    {
        FullPath = fullPath;
        StagingPath = stagingPath;
        _outputHasFiles = outputHasFiles;
    }

    /// <summary>The output folder.</summary>
    public string FullPath { get; }

    /// <summary>The staging folder the build writes into (only files that differ from the output's; <see cref="CurrentPathOf"/> finds every file).</summary>
    public string StagingPath { get; }

    /// <summary>Creates a fresh staging folder next to <paramref name="outputPath"/>.</summary>
    /// <param name="outputPath">The output folder.</param>
    public static OutputFolder BeginStaging(string outputPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("the output folder cannot be a file system root", nameof(outputPath));
        var staging = Path.Combine(parent, "." + Path.GetFileName(full) + ".staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true); // left by a build that was killed
        }

        Directory.CreateDirectory(staging);
        var outputHasFiles = Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any();
        return new OutputFolder(full, staging, outputHasFiles);
    }

    /// <summary>Writes UTF-8 text (no byte order mark) to <paramref name="relativePath"/>.</summary>
    public void WriteText(string relativePath, string text)
    {
        var normalized = Prepare(relativePath);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.Strict.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.Strict.GetBytes(text, buffer);
            WriteNormalized(normalized, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/>.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes) => WriteNormalized(Prepare(relativePath), bytes);

    /// <summary>Copies <paramref name="sourceFullPath"/> to <paramref name="relativePath"/>.</summary>
    public void CopyFile(string relativePath, string sourceFullPath)
    {
        var normalized = Prepare(relativePath);
        if (_outputHasFiles && SameFiles(sourceFullPath, Path.Combine(FullPath, normalized)))
        {
            _unchanged.TryAdd(normalized, 0);
            return;
        }

        File.Copy(sourceFullPath, StagingFileOf(normalized), overwrite: true);
    }

    /// <summary>
    /// Records that the output already holds <paramref name="relativePath"/> exactly as this build
    /// would write it (a live preview knows which pages did not change): the file stays listed in
    /// the manifest and is neither written nor compared. Returns false, recording nothing, when
    /// the output has no such file; the caller must then write it.
    /// </summary>
    public bool Keep(string relativePath)
    {
        var normalized = OutputPaths.Normalize(relativePath);
        if (!File.Exists(Path.Combine(FullPath, normalized)))
        {
            return false;
        }

        if (!_written.TryAdd(normalized, 0))
        {
            throw new InvalidOperationException($"'{normalized}' was written twice in one build");
        }

        _unchanged.TryAdd(normalized, 0);
        return true;
    }

    /// <summary>
    /// Keeps (<see cref="Keep"/>) every file the previous build listed in its manifest under
    /// <paramref name="relativeFolder"/>, or everywhere else when <paramref name="inside"/> is false,
    /// that this build has not written itself and that is still on disk. A live preview uses it to
    /// carry its search index over a rebuild of the pages, and the pages over a rebuild of the index.
    /// </summary>
    /// <returns>How many files were kept.</returns>
    public int KeepPrevious(string relativeFolder, bool inside = true)
    {
        var prefix = OutputPaths.Normalize(relativeFolder).TrimEnd('/') + "/";
        var kept = 0;
        foreach (var entry in ReadManifest())
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal) == inside
                && TryResolveInside(entry) is not null
                && !HasWritten(entry)
                && Keep(entry))
            {
                kept++;
            }
        }

        return kept;
    }

    /// <summary>True when this build already wrote (or kept) <paramref name="relativePath"/>.</summary>
    public bool HasWritten(string relativePath) => _written.ContainsKey(OutputPaths.Normalize(relativePath));

    /// <summary>
    /// Takes into the build the files a tool wrote itself under <paramref name="relativeFolder"/> in
    /// staging (a search indexer, say), so they are committed, and removed by a later build that
    /// no longer produces them, exactly like files written through this class.
    /// </summary>
    /// <returns>The adopted paths, relative to the output folder, in ordinal order.</returns>
    /// <exception cref="InvalidOperationException">A file there was already written by this build.</exception>
    public IReadOnlyList<string> Adopt(string relativeFolder)
    {
        var folder = Path.Combine(StagingPath, OutputPaths.Normalize(relativeFolder));
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var adopted = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => OutputPaths.Normalize(Path.GetRelativePath(StagingPath, f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var relative in adopted)
        {
            if (!_written.TryAdd(relative, 0))
            {
                throw new InvalidOperationException($"'{relative}' was written twice in one build");
            }

            if (_outputHasFiles && SameFiles(Path.Combine(StagingPath, relative), Path.Combine(FullPath, relative)))
            {
                _unchanged.TryAdd(relative, 0); // not rewritten: the index did not change there
            }
        }

        return adopted;
    }

    /// <summary>Paths written so far, relative to the output folder.</summary>
    public IReadOnlyCollection<string> WrittenPaths => _written.Keys.ToList();

    /// <summary>
    /// Where the bytes written to <paramref name="relativePath"/> are until the commit: the staged
    /// file, or the output's own file when it already had those bytes.
    /// </summary>
    public string CurrentPathOf(string relativePath)
    {
        var normalized = OutputPaths.Normalize(relativePath);
        return Path.Combine(_unchanged.ContainsKey(normalized) ? FullPath : StagingPath, normalized);
    }

    /// <summary>Moves changed files into the output, removes stale files this generator wrote earlier, and deletes staging.</summary>
    public CommitResult Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var current = _written.Keys.Order(StringComparer.Ordinal).ToList();
        var manifest = string.Join('\n', current) + "\n";
        if (!_outputHasFiles && MoveStagingIntoPlace(manifest))
        {
            _finished = true;
            return new CommitResult(current.Count, 0, 0);
        }

        Directory.CreateDirectory(FullPath);
        var previous = ReadManifest();
        var created = new HashSet<string>(StringComparer.Ordinal);
        int changed = 0, deleted = 0;
        foreach (var relative in current)
        {
            if (_unchanged.ContainsKey(relative))
            {
                continue;
            }

            var target = Path.Combine(FullPath, relative);
            var folder = Path.GetDirectoryName(target)!;
            if (created.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.Move(Path.Combine(StagingPath, relative), target, overwrite: true);
            changed++;
        }

        var currentSet = current.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in previous.Where(p => !currentSet.Contains(p)))
        {
            if (TryResolveInside(stale) is { } stalePath && File.Exists(stalePath))
            {
                File.Delete(stalePath);
                RemoveEmptyParents(stalePath);
                deleted++;
            }
        }

        var manifestPath = Path.Combine(FullPath, ManifestName);
        if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != manifest)
        {
            File.WriteAllText(manifestPath, manifest, Utf8.Strict);
        }

        Finish();
        return new CommitResult(changed, current.Count - changed, deleted);
    }

    /// <summary>Deletes staging and leaves the output untouched.</summary>
    public void Discard() => Finish();

    /// <summary>
    /// Like <see cref="Discard"/>, but the staging folder is only renamed out of the way
    /// (<see cref="SetAsideFolders"/>), to be deleted later by whoever is not in a hurry.
    /// </summary>
    public void DiscardLater()
    {
        _finished = true;
        SetAsideFolders.SetAside(StagingPath);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_finished)
        {
            Discard();
        }
    }

    private string Prepare(string relativePath)
    {
        var normalized = OutputPaths.Normalize(relativePath);
        if (!_written.TryAdd(normalized, 0))
        {
            throw new InvalidOperationException($"'{normalized}' was written twice in one build");
        }

        return normalized;
    }

    private void WriteNormalized(string normalized, ReadOnlySpan<byte> bytes)
    {
        if (_outputHasFiles && SameBytes(Path.Combine(FullPath, normalized), bytes))
        {
            _unchanged.TryAdd(normalized, 0);
            return;
        }

        using var handle = File.OpenHandle(StagingFileOf(normalized), FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>The staging path of <paramref name="normalized"/>, its folder created once per build.</summary>
    private string StagingFileOf(string normalized)
    {
        var slash = normalized.LastIndexOf('/');
        if (slash > 0)
        {
            var folder = normalized[..slash];
            if (!_stagingFolders.ContainsKey(folder))
            {
                Directory.CreateDirectory(Path.Combine(StagingPath, folder));
                _stagingFolders.TryAdd(folder, 0);
            }
        }

        return Path.Combine(StagingPath, normalized);
    }

    private bool MoveStagingIntoPlace(string manifest)
    {
        // A new (or empty) output folder becomes the staging folder in one rename.
        try
        {
            if (Directory.Exists(FullPath))
            {
                Directory.Delete(FullPath); // empty, checked when staging began; throws if it no longer is
            }

            File.WriteAllText(Path.Combine(StagingPath, ManifestName), manifest, Utf8.Strict);
            Directory.Move(StagingPath, FullPath);
            return true;
        }
        catch (IOException)
        {
            File.Delete(Path.Combine(StagingPath, ManifestName));
            return false;
        }
    }

    private List<string> ReadManifest()
    {
        var path = Path.Combine(FullPath, ManifestName);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList()
            : [];
    }

    private string? TryResolveInside(string relative)
    {
        // A hand-edited manifest must never make us delete outside the output folder.
        try
        {
            return Path.Combine(FullPath, OutputPaths.Normalize(relative));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private void RemoveEmptyParents(string deletedFile)
    {
        for (var dir = Path.GetDirectoryName(deletedFile); dir is not null && dir.Length > FullPath.Length; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFileSystemEntries(dir).Any())
            {
                return;
            }

            Directory.Delete(dir);
        }
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n && n > 0)
            {
                read += n;
            }

            return read == bytes.Length && bytes.SequenceEqual(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool SameFiles(string source, string target)
    {
        var sourceInfo = new FileInfo(source);
        var targetInfo = new FileInfo(target);
        return targetInfo.Exists && sourceInfo.Length == targetInfo.Length && SameBytes(target, File.ReadAllBytes(source));
    }

    private void Finish()
    {
        _finished = true;
        if (Directory.Exists(StagingPath))
        {
            Directory.Delete(StagingPath, recursive: true);
        }
    }
}

/// <summary>What a commit did to the output folder.</summary>
/// <param name="Changed">Files new or with changed bytes.</param>
/// <param name="Unchanged">Files left as they were because their bytes were equal.</param>
/// <param name="Deleted">Files an earlier build wrote that this one no longer produces.</param>
public sealed record CommitResult(int Changed, int Unchanged, int Deleted);
