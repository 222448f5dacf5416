using System.Diagnostics;

namespace TwitchSite.Tests.Support;

/// <summary>
/// The npm checkers in tests/tools (html-validate), installed from their lockfile with
/// <c>npm ci</c> the first time a test needs them, so README's test command is all a fresh
/// machine with Node needs. Fails with a clear message when Node or npm is missing.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<string> Folder = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>tests/tools, with node_modules installed.</summary>
    public static string ToolsFolder => Folder.Value;

    /// <summary>Runs a node script of an installed package with <paramref name="args"/>.</summary>
    public static (int ExitCode, string Output) RunNode(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = ToolsFolder };
        start.ArgumentList.Add(Path.Combine(ToolsFolder, script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Run(start);
    }

    private static string Install()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "tools");
        var marker = Path.Combine(folder, "node_modules", ".package-lock.json");
        if (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")))
        {
            return folder;
        }

        // Another test process may install at the same time: take a lock file first.
        using var gate = AcquireLock(Path.Combine(Path.GetTempPath(), "twitchsite-npm-tools.lock"));
        if (!File.Exists(marker))
        {
            var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(arg);
            }

            var (code, output) = Run(start);
            if (code != 0)
            {
                throw new InvalidOperationException($"`npm ci` in tests/tools failed ({code}); install Node.js 20+ and npm. Output:\n{output}");
            }
        }

        return folder;
    }

    private static (int, string) Run(ProcessStartInfo start)
    {
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{start.FileName}' could not be started ({exception.Message}): these tests need Node.js 20+ and npm on PATH", exception);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(200);
            }
        }
    }
}
