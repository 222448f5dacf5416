using System.Globalization;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Search;
using TwitchSite.Site;

namespace TwitchSite.Preview;

/// <summary>
/// Keeps the live preview's search index up to date without making anyone wait for it: after
/// each successful build the index is rebuilt from the output folder in the background
/// (<see cref="ReindexOutput"/>); a change saved meanwhile stops it first, because the pages it
/// was reading are about to change and a reload must not share the machine with Pagefind.
/// Prints one line when the index is updated, and why when it cannot be built (once).
/// </summary>
/// <param name="paths">The previewed site's folders.</param>
/// <param name="output">Where progress lines go.</param>
/// <param name="error">Where problems go.</param>
/// <param name="formatter">Formats diagnostics as builds do.</param>
/// <param name="reportLock">Held while printing, so lines never mix with a build's report.</param>
public sealed class BackgroundSearchIndex(SitePaths paths, TextWriter output, TextWriter error, DiagnosticFormatter formatter, Lock reportLock) : IDisposable
{
    private readonly PagefindProvider _provider = PagefindProvider.For(paths.Theme);
    private readonly Lock _lock = new();
    private CancellationTokenSource? _cancel;
    private Task _running = Task.CompletedTask;
    private bool _reportedFailure;
    private int _updates;

    /// <summary>How many times the index was replaced so far.</summary>
    public int Updates => Volatile.Read(ref _updates);

    /// <summary>The indexing under way, or a completed task.</summary>
    public Task Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>Starts indexing the output folder as it is now, stopping an earlier run first.</summary>
    public void Restart()
    {
        lock (_lock)
        {
            StopLocked();
            var cancel = new CancellationTokenSource();
            _cancel = cancel;
            _running = Task.Run(() => Index(cancel.Token));
        }
    }

    /// <summary>Stops the indexing under way, if any, and waits until the output folder is left alone.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            StopLocked();
        }
    }

    /// <inheritdoc />
    /// <remarks>Also deletes the folders stopped runs set aside, so none outlives the preview.</remarks>
    public void Dispose()
    {
        Stop();
        var outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Output));
        try
        {
            SetAsideFolders.DeleteAll(Path.GetDirectoryName(outputFolder)!, Path.GetFileName(outputFolder));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the next preview's first indexing, which deletes them too.
        }
    }

    private void StopLocked()
    {
        _cancel?.Cancel();
        try
        {
            _running.Wait();
        }
        catch (AggregateException)
        {
            // Index reports its own failures; nothing else can fail here
        }

        _cancel?.Dispose();
        _cancel = null;
    }

    private void Index(CancellationToken cancellation)
    {
        ReindexResult result;
        try
        {
            result = ReindexOutput.Run(paths, _provider, cancellation);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A background job has nobody to throw to: say it here, and keep the preview running.
            var what = exception is IOException or UnauthorizedAccessException ? exception.Message : $"unexpected {exception.GetType().Name}: {exception.Message} (a bug in TwitchSite; please report it)";
            lock (reportLock)
            {
                error.WriteLine($"error: the search index was not updated: {what}");
                error.Flush();
            }

            return;
        }

        switch (result.Status)
        {
            case ReindexStatus.Updated:
                Interlocked.Increment(ref _updates);
                _reportedFailure = false;
                lock (reportLock)
                {
                    output.WriteLine($"  Search index updated in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
                    output.Flush();
                }

                break;
            case ReindexStatus.Failed when !_reportedFailure:
                _reportedFailure = true; // the same missing Pagefind is not worth a message on every save
                lock (reportLock)
                {
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        error.WriteLine(formatter.Format(diagnostic));
                    }

                    error.WriteLine("The preview works without search; search results come back once the index builds.");
                    error.Flush();
                }

                break;
        }
    }
}
