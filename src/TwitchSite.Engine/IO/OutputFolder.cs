using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace TwitchSite.Engine.IO;

/// <summary>
/// The site's output folder, written through a staging folder beside it so that the output is
/// always the whole old site or the whole new one, whatever happens (a failed build, two builds
/// at once, kill -9, a full disk, a file that cannot be replaced). While the build runs, each file
/// is compared with the one the output already has: equal bytes are only noted, other files are
/// written to staging. <see cref="Commit"/> completes staging into the new site (unchanged files
/// hard-linked from the output, files the generator did not write carried over, files an earlier
/// build wrote and this one did not left behind: they are listed in a manifest) and then puts it
/// in the output's place in one atomic step (<see cref="DirectorySwap"/>). Nothing is ever
/// written or deleted inside the live output folder, and nothing outside the output folder, its
/// staging folder and their set-aside copies is ever deleted. One build at a time may stage an
/// output folder: <see cref="BeginStaging"/> waits for a lock
/// that any other build of the same output holds until it commits or discards (the system frees
/// it if that process dies). <see cref="Discard"/> leaves the output exactly as it was. Writes
/// may come from many threads at once.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Name of the manifest, inside the output folder, listing every file the generator wrote.</summary>
    public string ManifestName => Names.ManifestName;

    /// <summary>The names of the manifest and the lock, given by the application.</summary>
    public OutputNames Names { get; }

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unchanged = new(StringComparer.Ordinal);

    // Adopted files (a tool wrote them into staging) whose bytes equal the output's: counted as
    // unchanged, but they are in staging already and need no link.
    private int _adoptedUnchanged;
    private readonly ConcurrentDictionary<string, byte> _stagingFolders = new(StringComparer.Ordinal);

    // False when the output folder is missing or empty: nothing to compare with or carry over.
    private readonly bool _outputHasFiles;
    private readonly FileLock _lock;
    private bool _finished;
    private TextSpill? _spill;

    private OutputFolder(string fullPath, string stagingPath, bool outputHasFiles, FileLock fileLock, OutputNames names)
    {
        Names = names;
        FullPath = fullPath;
        StagingPath = stagingPath;
        _outputHasFiles = outputHasFiles;
        _lock = fileLock;
    }

    /// <summary>The output folder.</summary>
    public string FullPath { get; }

    /// <summary>
    /// The staging folder the build writes into (only files that differ from the output's; <see cref="CurrentPathOf"/> finds every file).
    /// A build may make work folders beside it named <c>StagingPath + "-name"</c> (letters, digits
    /// and dashes): they are its own while it holds the output, and the next build deletes any a
    /// killed build left.
    /// </summary>
    public string StagingPath { get; }

    /// <summary>
    /// Where this build may put aside texts that would otherwise wait in memory (see
    /// <see cref="TextSpill"/>): a file in the staging folder, created on first use, closed and gone
    /// before <see cref="Commit"/> swaps staging in (and on <see cref="Discard"/>).
    /// </summary>
    public TextSpill Spill
    {
        get
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            if (Volatile.Read(ref _spill) is { } spill)
            {
                return spill;
            }

            lock (_written)
            {
                return _spill ??= TextSpill.Create(Path.Combine(StagingPath, "." + Names.LockPrefix + "-spill"));
            }
        }
    }

    /// <summary>
    /// Takes the output folder for one build: waits until no other build stages it, repairs what
    /// a killed build may have left (a half-done fallback swap, a staging folder), and creates a
    /// fresh staging folder next to it. An output path that is a symbolic link is followed: the
    /// folder it leads to is the one written.
    /// </summary>
    /// <param name="outputPath">The output folder.</param>
    /// <param name="waiting">Called once if another build holds the output and this one has to wait.</param>
    /// <param name="deleteSetAside">Also delete old sites and work folders set aside by earlier builds (a live preview leaves that for idle moments).</param>
    /// <param name="names">The names of the manifest and the lock; <see cref="OutputNames.Neutral"/> by default.</param>
    /// <param name="cancellation">Stops the wait.</param>
    /// <exception cref="OperationCanceledException">Cancelled while waiting for another build.</exception>
    public static OutputFolder BeginStaging(string outputPath, Action? waiting = null, bool deleteSetAside = true, OutputNames? names = null, CancellationToken cancellation = default)
    {
        names ??= OutputNames.Neutral;
        var requested = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var full = RealPath.TryResolve(requested) ?? throw new IOException($"the output folder '{outputPath}' is a symbolic link that loops");
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("the output folder cannot be a file system root", nameof(outputPath));
        Directory.CreateDirectory(parent);
        var fileLock = FileLock.Acquire(LockPathOf(full, names), TimeSpan.FromHours(1), waiting, cancellation);
        try
        {
            var staging = SiblingOf(full, "staging");
            var workFolders = WorkFoldersOf(full);
            if (Directory.Exists(staging) || workFolders.Count > 0)
            {
                // Left by a build that was killed: first stop the tools it ran (they outlive it
                // and would write into this build's staging folder), then delete what it left.
                OrphanedWriters.Stop(staging);
            }

            DirectorySwap.Recover(full, SiblingOf(full, "previous"));
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true); // left by a build that was killed: never the live site
            }

            foreach (var work in workFolders)
            {
                Directory.Delete(work, recursive: true); // a killed build's work folder (see StagingPath)
            }

            if (deleteSetAside)
            {
                SetAsideFolders.DeleteAll(parent, Path.GetFileName(full), cancellation);
            }

            Directory.CreateDirectory(staging);
            var outputHasFiles = Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any();
            return new OutputFolder(full, staging, outputHasFiles, fileLock, names);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
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
            throw new DuplicateOutputException(normalized);
        }

        _unchanged.TryAdd(normalized, 0);
        return true;
    }

    /// <summary>
    /// Keeps (<see cref="Keep"/>) every file the previous build listed in its manifest under
    /// <paramref name="relativeFolder"/>, or everywhere else when <paramref name="inside"/> is false,
    /// that this build has not written itself and that is still on disk: a build that redoes only
    /// part of a site carries the rest over (an application's incremental rebuild of its pages
    /// keeps what a tool wrote, and a rerun of the tool keeps the pages).
    /// </summary>
    /// <returns>How many files were kept.</returns>
    public int KeepPrevious(string relativeFolder, bool inside = true)
    {
        var prefix = OutputPaths.Normalize(relativeFolder).TrimEnd('/') + "/";
        var kept = 0;
        foreach (var entry in ReadManifest())
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal) == inside
                && IsValidEntry(entry)
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
    /// Takes into the build the files an external tool wrote itself under <paramref name="relativeFolder"/>
    /// in staging (any program that writes a folder of files, pointed at <see cref="StagingPath"/>),
    /// so they are committed, and removed by a later build that no longer produces them, exactly
    /// like files written through this class.
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
                throw new DuplicateOutputException(relative);
            }

            if (_outputHasFiles && SameFiles(Path.Combine(StagingPath, relative), Path.Combine(FullPath, relative)))
            {
                Interlocked.Increment(ref _adoptedUnchanged); // the index did not change there
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

    /// <summary>
    /// Completes staging into the whole new site and swaps it into the output's place in one
    /// step; then deletes the old site (<paramref name="deleteOldLater"/>: only renames it aside,
    /// for <see cref="SetAsideFolders.DeleteAll"/> to delete when nobody waits). If anything fails
    /// before the swap, staging is discarded and the output is exactly as it was.
    /// </summary>
    /// <exception cref="IOException">The new site could not be completed or put in place; the output was left as it was.</exception>
    /// <param name="deleteOldLater">Only set the old site aside.</param>
    /// <param name="cancellation">Stops deleting the old site (what is left stays set aside); the commit itself is not stopped.</param>
    public CommitResult Commit(bool deleteOldLater = false, CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var current = _written.Keys.Order(StringComparer.Ordinal).ToList();
        var previous = ReadManifest().ToHashSet(StringComparer.Ordinal);
        var stale = 0;
        KillPoints.Reach(KillPoints.CommitStarted);
        try
        {
            CloseSpill();
            // Checked again now: a file may have been put into a new output folder during the build.
            if (Directory.Exists(FullPath))
            {
                stale = CarryOver(previous);
            }

            WriteManifest(string.Join('\n', current) + "\n");
            KillPoints.Reach(KillPoints.ManifestWritten);
            DirectorySwap.Swap(FullPath, StagingPath, SiblingOf(FullPath, "previous"));
            KillPoints.Reach(KillPoints.Swapped);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Discard();
            throw exception as IOException ?? new IOException(exception.Message, exception);
        }

        // The staging path now holds the old site (or nothing): the new one is live.
        _finished = true;
        var unchanged = _unchanged.Count + _adoptedUnchanged;
        var result = new CommitResult(current.Count - unchanged, unchanged, stale);
        string? old = null;
        try
        {
            old = SetAsideFolders.SetAside(StagingPath);
            KillPoints.Reach(KillPoints.OldSetAside);
        }
        finally
        {
            _lock.Dispose();
        }

        if (old is not null && !deleteOldLater)
        {
            SetAsideFolders.DeleteTreeQuietly(old, cancellation);
        }

        return result;
    }

    /// <summary>Deletes staging and leaves the output untouched.</summary>
    public void Discard() => Finish();

    /// <summary>
    /// Like <see cref="Discard"/>, but the staging folder is only renamed out of the way
    /// (<see cref="SetAsideFolders"/>), to be deleted later by whoever is not in a hurry.
    /// </summary>
    public void DiscardLater()
    {
        CloseSpill();
        _finished = true;
        try
        {
            SetAsideFolders.SetAside(StagingPath);
        }
        finally
        {
            _lock.Dispose();
        }
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
            throw new DuplicateOutputException(normalized);
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

    private List<string> ReadManifest()
    {
        var path = Path.Combine(FullPath, ManifestName);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList()
            : [];
    }

    /// <summary>
    /// Completes staging: the output's unchanged files are linked in, and so is everything in the
    /// output that no build of ours wrote (not in <paramref name="previous"/>), unless this build
    /// wrote a file of the same name. Symbolic links are carried as links, never followed.
    /// </summary>
    /// <returns>How many files of an earlier build are left behind (this build no longer makes them).</returns>
    private int CarryOver(HashSet<string> previous)
    {
        var stale = 0;
        foreach (var relative in _unchanged.Keys)
        {
            HardLink.LinkOrCopy(Path.Combine(FullPath, relative), StagingFileOf(relative));
            KillPoints.Reach(KillPoints.FileLinked);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Relative, bool Folder, bool Link)>(
            FullPath,
            (ref FileSystemEntry entry) => (
                OutputPaths.Normalize(Path.GetRelativePath(FullPath, entry.ToFullPath())),
                entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
                (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            // Never into a linked folder: what it leads to is not part of the output.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (relative, folder, link) in entries)
        {
            if (relative == ManifestName || _written.ContainsKey(relative))
            {
                continue;
            }

            if (previous.Contains(relative))
            {
                stale += folder ? 0 : 1;
                continue;
            }

            if (folder || Path.Exists(Path.Combine(StagingPath, relative)))
            {
                continue; // folders come with the files carried into them; a file of this build wins
            }

            try
            {
                var source = Path.Combine(FullPath, relative);
                var target = StagingFileOf(relative);
                if (link)
                {
                    File.CreateSymbolicLink(target, new FileInfo(source).LinkTarget!);
                }
                else
                {
                    HardLink.LinkOrCopy(source, target);
                }

                KillPoints.Reach(KillPoints.FileLinked);
            }
            catch (IOException) when (WroteAncestorOf(relative))
            {
                // A file of this build stands where the carried file's folder would be: this build wins.
            }
        }

        return stale;
    }

    private void WriteManifest(string manifest)
    {
        var existing = Path.Combine(FullPath, ManifestName);
        var staged = Path.Combine(StagingPath, ManifestName);
        if (File.Exists(existing) && new FileInfo(existing).LinkTarget is null && SameBytes(existing, Utf8.Strict.GetBytes(manifest)))
        {
            HardLink.LinkOrCopy(existing, staged); // unchanged files are not rewritten, the manifest included
        }
        else
        {
            File.WriteAllText(staged, manifest, Utf8.Strict);
        }
    }

    private static bool IsValidEntry(string relative)
    {
        // A hand-edited manifest line that is no path inside the output is ignored.
        try
        {
            OutputPaths.Normalize(relative);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private bool WroteAncestorOf(string relative)
    {
        for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
        {
            if (_written.ContainsKey(relative[..slash]))
            {
                return true;
            }
        }

        return false;
    }

    // The work folders builds make beside staging (StagingPath + "-name"), never followed through a link.
    private static List<string> WorkFoldersOf(string fullPath)
    {
        var parent = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var prefix = "." + Path.GetFileName(fullPath) + ".staging-";
        return Directory.EnumerateDirectories(parent, prefix + "*")
            .Where(folder => Path.GetFileName(folder).Length > prefix.Length
                && Path.GetFileName(folder)[prefix.Length..].All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                && new DirectoryInfo(folder).LinkTarget is null)
            .ToList();
    }

    private static string SiblingOf(string fullPath, string role) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + role);

    private static string LockPathOf(string fullPath, OutputNames names)
    {
        // In the temporary folder, not beside the output, so no stray file appears in the user's folders.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Utf8.Strict.GetBytes(fullPath)))[..16];
        return Path.Combine(Path.GetTempPath(), $"{names.LockPrefix}-{hash}.lock");
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

    /// <summary>Closes the spill file (which deletes it where the system had not yet).</summary>
    private void CloseSpill()
    {
        _spill?.Dispose();
        _spill = null;
    }

    private void Finish()
    {
        CloseSpill();
        _finished = true;
        try
        {
            if (Directory.Exists(StagingPath))
            {
                Directory.Delete(StagingPath, recursive: true);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }
}

/// <summary>What a commit did to the output folder.</summary>
/// <param name="Changed">Files new or with changed bytes.</param>
/// <param name="Unchanged">Files left as they were because their bytes were equal.</param>
/// <param name="Deleted">Files an earlier build wrote that this one no longer produces.</param>
public sealed record CommitResult(int Changed, int Unchanged, int Deleted);
