using System.Globalization;
using TwitchSite.Building;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Building;

/// <summary>
/// The live line a long build shows on a terminal: after <see cref="Delay"/> (a short build shows
/// nothing), it rewrites one line of the error stream every <see cref="Interval"/> with the step
/// the build is in (<see cref="BuildProgress"/>): "Rendering pages 4,512 of 10,201 (44%)",
/// "Indexing search" ("Indexing search shards 3 of 8 (37%)" on a site in shards), and the time so far; when the build ends the line is erased, so the usual
/// report follows as if it had never been there. Only on a terminal (<see cref="ForConsole"/>):
/// logs and pipes get nothing extra.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    /// <summary>How long a build runs before the line appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>How often the line is redrawn.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // Labels of the steps a reader waits for; other modules show as "pipeline: module".
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["ReadFiles"] = "Reading files",
        ["ExtractFrontMatter"] = "Reading front matter",
        ["RenderMarkdown"] = "Converting markdown",
        ["RenderLayout"] = "Rendering pages",
        ["WriteFiles"] = "Writing files",
        ["BuildSearchIndex"] = "Indexing search",
        [Search.Indexing.ShardedIndex.ProgressStepName] = "Indexing search shards",
        ["CheckLinks"] = "Checking links",
        ["Commit"] = "Replacing the output folder",
    };

    private readonly BuildProgress _progress;
    private readonly TextWriter _terminal;
    private readonly Func<int> _width;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private int _shown;
    private bool _ended;

    /// <summary>A line drawn on <paramref name="terminal"/>, lines cut to <paramref name="width"/> characters; nothing is drawn until <see cref="Start"/> or <see cref="Draw"/>.</summary>
    public ProgressLine(BuildProgress progress, TextWriter terminal, Func<int> width, TimeProvider? time = null)
    {
        _progress = progress;
        _terminal = terminal;
        _width = width;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>
    /// A started line on the console's error stream for <paramref name="progress"/>, or null when
    /// <paramref name="error"/> is not the console, either stream is redirected (CI logs, pipes,
    /// tests), the terminal is "dumb", or <paramref name="level"/> asks for quiet.
    /// </summary>
    public static ProgressLine? ForConsole(BuildProgress progress, TextWriter error, LogLevel level)
    {
        if (level < LogLevel.Warning || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected || Console.IsOutputRedirected
            || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal))
        {
            return null;
        }

        var line = new ProgressLine(progress, error, ConsoleWidth);
        line.Start();
        return line;
    }

    /// <summary>Starts redrawing after <see cref="Delay"/>.</summary>
    public void Start() => _timer = _time.CreateTimer(_ => Draw(), null, Delay, Interval);

    /// <summary>Redraws the line once with where the build is now.</summary>
    public void Draw()
    {
        lock (_lock)
        {
            if (_ended)
            {
                return;
            }

            var text = Text(_progress.Current, _time.GetElapsedTime(_started));
            var width = Math.Max(20, _width() - 1); // never the last column: some terminals wrap there
            if (text.Length > width)
            {
                text = text[..width];
            }

            // Carriage return, the text, then erase the rest of what the last one left.
            _terminal.Write("\r" + text + "\u001b[K");
            _terminal.Flush();
            _shown++;
        }
    }

    /// <summary>How many times the line was drawn.</summary>
    public int Shown => _shown;

    /// <summary>Stops redrawing and erases the line, if it was ever drawn.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            if (_shown > 0)
            {
                _terminal.Write("\r\u001b[K");
                _terminal.Flush();
            }
        }
    }

    /// <summary>The line for <paramref name="current"/> after <paramref name="elapsed"/>.</summary>
    public static string Text((ProgressStep Step, int Done) current, TimeSpan elapsed)
    {
        var (step, done) = current;
        var label = Labels.TryGetValue(step.Module, out var known) ? known : step.Module.Length == 0 ? "Starting" : $"{step.Pipeline}: {step.Module}";
        var seconds = ((int)elapsed.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (!step.Counted || step.Total == 0)
        {
            return $"[{seconds} s] {label}...";
        }

        done = Math.Min(done, step.Total);
        var percent = (int)(100L * done / step.Total);
        return string.Create(CultureInfo.InvariantCulture, $"[{seconds} s] {label} {done:N0} of {step.Total:N0} ({percent}%)");
    }

    private static int ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
