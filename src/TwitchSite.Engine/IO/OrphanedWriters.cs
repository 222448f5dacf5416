using System.Diagnostics;
using System.Globalization;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Stops programs a killed build started that still write into its staging folder. A build
/// killed with <c>kill -9</c> cannot stop the tools it runs (Pagefind): they are re-parented and
/// run on for seconds, and then write into the staging folder of the next build of the same
/// output, which has the same name (so the next build failed, or could publish the dead build's
/// files). The next build, holding the output's lock, stops them first: every process of this
/// user (other than this one) that names the staging folder, anything under it, or one of its
/// work folders (<c>.output.staging-…</c>) on its command line. Reads <c>/proc</c> (Linux only;
/// elsewhere nothing is stopped); deletes nothing.
/// </summary>
public static class OrphanedWriters
{
    /// <summary>Stops every process naming <paramref name="stagingPath"/> or its work folders, and waits (at most 10 s each) until they are gone.</summary>
    /// <returns>How many processes were stopped.</returns>
    public static int Stop(string stagingPath)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return 0;
        }

        var stopped = 0;
        var self = Environment.ProcessId;
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self)
            {
                continue;
            }

            if (!NamesStaging(ReadArguments(entry), stagingPath))
            {
                continue;
            }

            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(10_000);
                stopped++;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, or another user's (not ours to stop, and it cannot write our files).
            }
        }

        return stopped;
    }

    /// <summary>True when one of <paramref name="arguments"/> is <paramref name="stagingPath"/>, a path under it, or a work folder beside it (<c>staging-…</c>).</summary>
    public static bool NamesStaging(IEnumerable<string> arguments, string stagingPath)
    {
        var staging = Path.TrimEndingDirectorySeparator(stagingPath);
        foreach (var argument in arguments)
        {
            if (argument == staging
                || argument.StartsWith(staging + "/", StringComparison.Ordinal)
                || argument.StartsWith(staging + "-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] ReadArguments(string processFolder)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(processFolder, "cmdline"));
            return System.Text.Encoding.UTF8.GetString(bytes).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return []; // exited meanwhile, or not readable
        }
    }
}
