using System.Diagnostics;
using System.Text;

namespace TwitchSite.Search.Pagefind;

/// <summary>Runs a program to completion with its output captured, killing it if it overruns or is cancelled.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, passed as they are.</param>
    /// <param name="workingDirectory">Its working folder.</param>
    /// <param name="timeout">How long it may run before it is killed.</param>
    /// <param name="cancellation">Kills the program (and its children) when cancelled; the result then says <see cref="ProcessResult.Cancelled"/>.</param>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellation = default)
    {
        var start = StartInfo(!OperatingSystem.IsWindows() && TiedToParent ? Runnable(fileName) : fileName, arguments, workingDirectory);

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        if (!TiedToParent)
        {
            process.StandardInput.Close();
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var onCancel = cancellation.Register(() => Kill(process));
        if (!process.WaitForExit(timeout))
        {
            Kill(process); // it may exit on its own between the wait and the kill
            process.WaitForExit();
            CloseInput(process);
            return new ProcessResult(-1, Text(output) + $"\n(stopped after {timeout.TotalSeconds:0} s)", stopwatch.Elapsed, TimedOut: true);
        }

        process.WaitForExit(); // flushes the asynchronous output readers
        CloseInput(process);
        return cancellation.IsCancellationRequested
            ? new ProcessResult(-1, Text(output), stopwatch.Elapsed, TimedOut: false, Cancelled: true)
            : new ProcessResult(process.ExitCode, Text(output), stopwatch.Elapsed, TimedOut: false);
    }

    /// <summary>
    /// Whether programs are started tied to this process (<see cref="StartInfo"/>): on Linux and
    /// macOS, where <c>/bin/sh</c> runs the watchdog; elsewhere a program outlives a killed build
    /// until it ends on its own (a build that is stopped normally still kills it).
    /// </summary>
    public static bool TiedToParent { get; } = !OperatingSystem.IsWindows() && File.Exists(Shell);

    private const string Shell = "/bin/sh";

    // The program runs in the background of a small shell that also reads its standard input,
    // the write end of which only this process holds. When this process ends, however it ends
    // (kill -9 included), the kernel closes that end: the read sees end of file and the
    // program is killed at once, instead of running on as an orphan. This needs nothing but
    // /bin/sh and no timing: unlike PR_SET_PDEATHSIG (Linux only, tied to the forking thread,
    // needs setpriv) it also covers a parent that died before the program started.
    private const string Watchdog =
        "exec 3<&0; \"$@\" </dev/null & child=$!; " +
        "{ cat <&3 >/dev/null 2>&1; kill -KILL \"$child\" 2>/dev/null; } >/dev/null 2>&1 & watcher=$!; " +
        "exec 3<&-; wait \"$child\"; status=$?; kill \"$watcher\" 2>/dev/null; exit \"$status\"";

    /// <summary>How <see cref="Run"/> starts <paramref name="fileName"/>: through the watchdog shell when <see cref="TiedToParent"/>, with its standard input (which the watchdog reads) and output redirected.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(TiedToParent ? Shell : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        if (TiedToParent)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Watchdog);
            start.ArgumentList.Add(Path.GetFileName(fileName)); // $0, shown in ps
            start.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>
    /// The full path of <paramref name="fileName"/> (searched on PATH when it is a bare name), or the
    /// error starting it directly would give: the shell would only say so in its output.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string Runnable(string fileName)
    {
        var path = fileName.Contains('/', StringComparison.Ordinal)
            ? Path.GetFullPath(fileName)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, fileName)).FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            throw new System.ComponentModel.Win32Exception(2, $"An error occurred trying to start process '{fileName}': No such file or directory");
        }

        const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((File.GetUnixFileMode(path) & executable) == 0)
        {
            throw new System.ComponentModel.Win32Exception(13, $"An error occurred trying to start process '{fileName}': Permission denied");
        }

        return path;
    }

    // Closing its input tells the watchdog this process no longer needs the program (it has ended).
    private static void CloseInput(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Already closed, or the pipe broke with the program's end: nothing is left to tell.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or AggregateException)
        {
            // It had already exited, or a process of its tree could not be signalled: the caller
            // stops waiting for it either way, and a preview must not die of it.
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().TrimEnd();
        }
    }
}

/// <summary>How a program run ended.</summary>
/// <param name="ExitCode">Its exit code (-1 when it was stopped).</param>
/// <param name="Output">Standard output and error, interleaved as they came.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="TimedOut">True when it was stopped for taking too long.</param>
/// <param name="Cancelled">True when it was stopped because its caller no longer needed it.</param>
public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed, bool TimedOut, bool Cancelled = false)
{
    /// <summary>The last <paramref name="count"/> lines of output, for a diagnostic.</summary>
    public string Tail(int count = 5) => string.Join(" | ", Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(count));
}
