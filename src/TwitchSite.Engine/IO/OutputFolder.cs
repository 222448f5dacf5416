using System.Collections.Concurrent;

namespace TwitchSite.Engine.IO;

/// <summary>
/// The site's output folder, written through a staging folder beside it. Files are written to
/// staging while the build runs; <see cref="Commit"/> moves into the output only the files whose
/// bytes changed, deletes files that an earlier build wrote and this one did not (listed in a
/// manifest), and never touches anything else. <see cref="Discard"/> leaves the output exactly
/// as it was, so a failed build cannot leave a half-written site.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Name of the manifest, inside the output folder, listing every file the generator wrote.</summary>
    public const string ManifestName = ".twitchsite-manifest";

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _knownChanged = new(StringComparer.Ordinal);
    private bool _finished;

    private OutputFolder(string fullPath, string stagingPath)
    {
        FullPath = fullPath;
        StagingPath = stagingPath;
    }

    /// <summary>The output folder.</summary>
    public string FullPath { get; }

    /// <summary>The staging folder the build writes into.</summary>
    public string StagingPath { get; }

    /// <summary>Creates a fresh staging folder next to <paramref name="outputPath"/>.</summary>
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
        return new OutputFolder(full, staging);
    }

    /// <summary>Writes UTF-8 text (no byte order mark) to <paramref name="relativePath"/> in staging.</summary>
    public void WriteText(string relativePath, string text) =>
        File.WriteAllText(Prepare(relativePath), text, Utf8.Strict);

    /// <summary>
    /// Writes UTF-8 text that the caller knows differs from the file now in the output (a live
    /// preview remembers what it wrote last), so the commit moves it in without reading both
    /// files to compare them.
    /// </summary>
    public void WriteChangedText(string relativePath, string text)
    {
        WriteText(relativePath, text);
        _knownChanged.TryAdd(OutputPaths.Normalize(relativePath), 0);
    }

    /// <summary>Copies <paramref name="sourceFullPath"/> to <paramref name="relativePath"/> in staging.</summary>
    public void CopyFile(string relativePath, string sourceFullPath) =>
        File.Copy(sourceFullPath, Prepare(relativePath), overwrite: true);

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

        _kept.TryAdd(normalized, 0);
        return true;
    }

    /// <summary>Paths written so far, relative to the output folder.</summary>
    public IReadOnlyCollection<string> WrittenPaths => _written.Keys.ToList();

    /// <summary>Moves changed files into the output, removes stale files this generator wrote earlier, and deletes staging.</summary>
    public CommitResult Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        Directory.CreateDirectory(FullPath);
        var previous = ReadManifest();
        var current = _written.Keys.Order(StringComparer.Ordinal).ToList();
        int changed = 0, unchanged = 0, deleted = 0;
        foreach (var relative in current)
        {
            if (_kept.ContainsKey(relative))
            {
                unchanged++;
                continue;
            }

            var staged = Path.Combine(StagingPath, relative);
            var target = Path.Combine(FullPath, relative);
            if (!_knownChanged.ContainsKey(relative) && SameBytes(staged, target))
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
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

        var manifest = string.Join('\n', current) + "\n";
        var manifestPath = Path.Combine(FullPath, ManifestName);
        if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != manifest)
        {
            File.WriteAllText(manifestPath, manifest, Utf8.Strict);
        }

        Finish();
        return new CommitResult(changed, unchanged, deleted);
    }

    /// <summary>Deletes staging and leaves the output untouched.</summary>
    public void Discard() => Finish();

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

        var full = Path.Combine(StagingPath, normalized);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
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

    private static bool SameBytes(string a, string b)
    {
        var infoA = new FileInfo(a);
        var infoB = new FileInfo(b);
        if (!infoB.Exists || infoA.Length != infoB.Length)
        {
            return false;
        }

        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
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
