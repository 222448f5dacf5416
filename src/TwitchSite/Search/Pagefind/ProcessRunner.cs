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
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var onCancel = cancellation.Register(() => Kill(process));
        if (!process.WaitForExit(timeout))
        {
            Kill(process); // it may exit on its own between the wait and the kill
            process.WaitForExit();
            return new ProcessResult(-1, Text(output) + $"\n(stopped after {timeout.TotalSeconds:0} s)", stopwatch.Elapsed, TimedOut: true);
        }

        process.WaitForExit(); // flushes the asynchronous output readers
        return cancellation.IsCancellationRequested
            ? new ProcessResult(-1, Text(output), stopwatch.Elapsed, TimedOut: false, Cancelled: true)
            : new ProcessResult(process.ExitCode, Text(output), stopwatch.Elapsed, TimedOut: false);
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
