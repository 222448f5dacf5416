namespace TwitchSite.Preview;

/// <summary>
/// Watches the input and theme folders and reports changed files in batches: events are
/// collected until the folders have been quiet for the debounce time (an editor's save is often
/// several events: write, rename, attribute change), then the batch is handed to the callback
/// on one background thread, one batch at a time; changes made while a batch is handled form the
/// next batch. When the system drops events (too many at once), the batch says so and the
/// preview rebuilds without reusing anything.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<IReadOnlyCollection<string>, bool> _onBatch;
    private readonly TimeSpan _debounce;
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private bool _overflow;
    private bool _running;
    private bool _disposed;

    /// <summary>Starts watching <paramref name="folders"/> (missing ones are skipped).</summary>
    /// <param name="folders">Folders watched with their sub-folders.</param>
    /// <param name="debounce">How long the folders must be quiet before a batch is handed over.</param>
    /// <param name="onBatch">Called with the changed paths and whether events were lost.</param>
    public SourceWatcher(IEnumerable<string> folders, TimeSpan debounce, Action<IReadOnlyCollection<string>, bool> onBatch)
        : this(folders.Select(WatchedFolder.All), debounce, onBatch)
    {
    }

    /// <summary>Starts watching <paramref name="watched"/>: whole folders, or single files (missing folders are skipped).</summary>
    /// <param name="watched">What to watch.</param>
    /// <param name="debounce">How long the folders must be quiet before a batch is handed over.</param>
    /// <param name="onBatch">Called with the changed paths and whether events were lost.</param>
    public SourceWatcher(IEnumerable<WatchedFolder> watched, TimeSpan debounce, Action<IReadOnlyCollection<string>, bool> onBatch)
    {
        _onBatch = onBatch;
        _debounce = debounce;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var entry in watched.Where(w => Directory.Exists(w.Folder)))
        {
            var watcher = new FileSystemWatcher(entry.Folder)
            {
                IncludeSubdirectories = entry.Recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            foreach (var file in entry.Recursive ? [] : entry.Files)
            {
                watcher.Filters.Add(Path.GetFileName(file));
            }

            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) => Lost();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Stops watching; waits (up to a minute) for a batch being handled to finish, so nothing runs after it returns.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            lock (_lock)
            {
                if (!_running)
                {
                    return;
                }
            }

            Thread.Sleep(10);
        }
    }

    private void Add(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (name.StartsWith('.') || name.EndsWith('~'))
        {
            return; // editors' swap and backup files; the generator never reads hidden files
        }

        if (IsInToolFolder(fullPath))
        {
            return; // npm installing Pagefind into theme/node_modules is not a change to the site
        }

        lock (_lock)
        {
            _pending.Add(fullPath);
            Restart();
        }
    }

    /// <summary>True for paths inside a <c>node_modules</c> folder, where tools live, not site sources.</summary>
    internal static bool IsInToolFolder(string fullPath) =>
        fullPath.Replace('\\', '/').Split('/').Contains("node_modules", StringComparer.Ordinal);

    private void Lost()
    {
        lock (_lock)
        {
            _overflow = true;
            Restart();
        }
    }

    private void Restart()
    {
        if (!_disposed && !_running)
        {
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        while (true)
        {
            IReadOnlyCollection<string> batch;
            bool overflow;
            lock (_lock)
            {
                if (_disposed || _running || (_pending.Count == 0 && !_overflow))
                {
                    return;
                }

                batch = [.. _pending];
                overflow = _overflow;
                _pending.Clear();
                _overflow = false;
                _running = true;
            }

            try
            {
                _onBatch(batch, overflow);
            }
            finally
            {
                lock (_lock)
                {
                    _running = false;
                }
            }

            lock (_lock)
            {
                if (_pending.Count == 0 && !_overflow)
                {
                    return;
                }
            }

            Thread.Sleep(_debounce); // changes arrived during the build: let them settle, then go again
        }
    }
}
