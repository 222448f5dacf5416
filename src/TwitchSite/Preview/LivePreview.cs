using System.Globalization;
using System.Runtime;
using TwitchSite.Building;
using TwitchSite.Cli;
using TwitchSite.Engine.IO;

namespace TwitchSite.Preview;

/// <summary>
/// The whole live preview: builds the site, serves it (<see cref="PreviewServer"/>), watches the
/// input and theme folders (<see cref="SourceWatcher"/>), rebuilds incrementally on every change
/// (<see cref="PreviewSession"/>), prints each build's diagnostics exactly as <c>build</c> does,
/// and tells open pages to reload (<see cref="LiveReloadHub"/>). Used by the <c>preview</c>
/// command and, in-process on port 0, by tests.
/// </summary>
public sealed class LivePreview : IAsyncDisposable
{
    /// <summary>How long the folders must be quiet before a rebuild starts.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(40);

    /// <summary>Documents recomputed by a rebuild above which the large object heap is compacted afterwards.</summary>
    private const int LargeRebuild = 2000;

    /// <summary>Heap size below which the preview leaves collecting to the runtime.</summary>
    private const long LargeHeapBytes = 128L * 1024 * 1024;

    /// <summary>Quiet time after a rebuild before memory is collected (the browser has reloaded by then).</summary>
    private static readonly TimeSpan IdleBeforeCollecting = TimeSpan.FromSeconds(1);

    private readonly PreviewSession _session;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _baseFolder;
    private readonly LogLevel _logLevel;
    private readonly Lock _reportLock = new();
    private readonly BackgroundSearchIndex? _search;
    private PreviewServer? _server;
    private SourceWatcher? _watcher;
    private Timer? _idleCollection;

    private LivePreview(PreviewSession session, TextWriter output, TextWriter error, string baseFolder, LogLevel logLevel, bool search)
    {
        _session = session;
        _output = output;
        _error = error;
        _baseFolder = baseFolder;
        _logLevel = logLevel;
        _search = search ? new BackgroundSearchIndex(session.Paths, output, error, new Engine.Diagnostics.DiagnosticFormatter(baseFolder), _reportLock) : null;
    }

    /// <summary>Connected browsers and rebuild events.</summary>
    public LiveReloadHub Hub { get; } = new();

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address => _server!.Address;

    /// <summary>The builds.</summary>
    public PreviewSession Session => _session;

    /// <summary>The search index kept up to date in the background, or null when built with <c>--no-search</c>.</summary>
    public BackgroundSearchIndex? Search => _search;

    /// <summary>Raised after each rebuild (not the first build), once browsers were told.</summary>
    public event Action<PreviewBuild>? Rebuilt;

    /// <summary>Builds the site, starts the server on 127.0.0.1:<paramref name="port"/> and starts watching.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="port">TCP port; 0 for any free one.</param>
    /// <param name="output">Where build summaries go.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="baseFolder">Paths are shown relative to this folder (the working folder).</param>
    /// <param name="logLevel">How much to print.</param>
    /// <param name="debounce">Quiet time before a rebuild; <see cref="DefaultDebounce"/> when null.</param>
    public static async Task<LivePreview> StartAsync(BuildOptions options, int port, TextWriter output, TextWriter error, string baseFolder, LogLevel logLevel = LogLevel.Info, TimeSpan? debounce = null)
    {
        // The first build can take a while on a large site: a progress line on a terminal (rebuilds are quick).
        var progress = new Engine.Pipelines.BuildProgress();
        var preview = new LivePreview(new PreviewSession(options with { Progress = progress }), output, error, baseFolder, logLevel, search: !options.NoSearch);
        PreviewBuild first;
        using (ProgressLine.ForConsole(progress, error, logLevel))
        {
            first = preview._session.Build([]);
        }

        preview.Report(first);
        preview.CollectWhenIdle(first);
        if (first.Succeeded)
        {
            preview._search?.Restart();
        }

        try
        {
            preview._server = await PreviewServer.StartAsync(preview._session, preview.Hub, port, baseFolder).ConfigureAwait(false);
            preview._server.FormLog = output;
        }
        catch
        {
            await preview.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        preview._watcher = new SourceWatcher(preview._session.WatchedFolders, debounce ?? DefaultDebounce, preview.OnChanges);
        return preview;
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _idleCollection?.Dispose();
        _search?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync().ConfigureAwait(false);
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void OnChanges(IReadOnlyCollection<string> changed, bool everything)
    {
        PreviewBuild build;
        _idleCollection?.Change(Timeout.Infinite, Timeout.Infinite); // busy again: not now
        _search?.Stop(); // the pages it reads are about to change, and the rebuild needs the machine
        try
        {
            build = _session.Build(changed, everything);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A preview must outlive a failed rebuild: report it and wait for the next save.
            lock (_reportLock)
            {
                var what = exception is IOException or UnauthorizedAccessException ? exception.Message : $"unexpected {exception.GetType().Name}: {exception.Message} (a bug in TwitchSite; please report it)";
                _error.WriteLine($"error: {what}");
                _error.WriteLine("The previous output was left as it was; save a file to try again.");
                _error.Flush();
            }

            return;
        }

        Hub.Reload(build.Number); // browsers first: printing thousands of warnings must not delay the reload
        Report(build);
        CollectWhenIdle(build);
        if (build.Succeeded)
        {
            _search?.Restart();
        }

        Rebuilt?.Invoke(build);
    }

    /// <summary>
    /// Schedules one full, compacting collection for when the preview has been idle for
    /// <see cref="IdleBeforeCollecting"/>. A rebuild of a big site leaves last build's cache
    /// entries in the oldest generation; the collector would get to them in the middle of some
    /// later rebuild, pausing it for a few hundred milliseconds. Collecting while the
    /// contributor reads the reloaded page keeps rebuilds quick and a long session at the size
    /// of one build. Small sites skip it.
    /// </summary>
    private void CollectWhenIdle(PreviewBuild build)
    {
        var compactLargeObjects = build.Reuse.Sum(r => r.Computed) >= LargeRebuild;
        _idleCollection?.Dispose();
        _idleCollection = new Timer(
            _ =>
            {
                if (_search is null)
                {
                    // Each rebuild set the previous site aside (the search indexer deletes them when there is one).
                    var output = Path.TrimEndingDirectorySeparator(_session.Paths.Output);
                    SetAsideFolders.DeleteAll(Path.GetDirectoryName(output)!, Path.GetFileName(output));
                }

                if (GC.GetGCMemoryInfo().HeapSizeBytes < LargeHeapBytes)
                {
                    return;
                }

                if (compactLargeObjects)
                {
                    GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce; // the previous pages are large objects
                }

                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            },
            null,
            IdleBeforeCollecting,
            Timeout.InfiniteTimeSpan);
    }

    private void Report(PreviewBuild build)
    {
        lock (_reportLock)
        {
            if (build.Changes.Count > 0)
            {
                var first = build.Changes[0];
                var more = build.Changes.Count > 1 ? $" and {build.Changes.Count - 1} more" : "";
                _output.WriteLine($"Changed: {first.Display} ({first.KindName}){more}");
            }

            // Rebuilds print one line, not the time per pipeline, unless asked for every detail.
            var level = build.Number == 1 || _logLevel == LogLevel.Debug ? _logLevel : (LogLevel)Math.Min((int)_logLevel, (int)LogLevel.Warning);
            new BuildReporter(_output, _error, level, _baseFolder)
                .Report(build.Outcome, _session.Paths.Output);
            if (build.Number > 1 && build.Succeeded && _logLevel >= LogLevel.Info)
            {
                var (processed, total) = build.Redone("RenderMarkdown");
                var (rendered, _) = build.Redone("RenderLayout");
                var ms = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                _output.WriteLine($"  Rebuilt in {ms} ms: {processed} of {total} pages processed again, {rendered} rendered again.");
            }

            _output.Flush();
            _error.Flush();
        }
    }
}
