using System.Diagnostics;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// Makes sure a Chromium is there before the browser tests start, as .NET Playwright projects
/// do, so `dotnet test TwitchSite.sln` works on a fresh machine. In order: the executable named by
/// <c>TWITCHSITE_CHROMIUM</c>; Debian's <c>/usr/bin/chromium</c>; Playwright's own browser, installed
/// with Playwright's installer (<c>install chromium</c>, a no-op when it is already there); where
/// that cannot download, Debian's <c>chromium</c> and <c>fonts-liberation</c> packages through
/// apt-get when running as root on Debian. Otherwise it fails saying how to install one.
/// Runs once per test run: the result is kept for the process and a lock file keeps two test
/// runs on one machine from installing at the same time. Reads the environment and the file
/// system; writes only through the installers; says what it did through <c>report</c>.
/// </summary>
public static class BrowserSetup
{
    /// <summary>Where Debian (and Ubuntu's chromium package) install Chromium.</summary>
    public const string SystemChromium = "/usr/bin/chromium";

    /// <summary>Environment variable naming a Chromium executable to use instead.</summary>
    public const string Variable = "TWITCHSITE_CHROMIUM";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Browser? _found;

    /// <summary>
    /// Finds or installs Chromium; returns which one to launch. <paramref name="report"/> receives
    /// one line per step taken.
    /// </summary>
    /// <exception cref="InvalidOperationException">No browser could be found or installed; the message says how to install one.</exception>
    public static async Task<Browser> EnsureAsync(Action<string> report)
    {
        await Once.WaitAsync();
        try
        {
            return _found ??= await FindOrInstallAsync(report);
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task<Browser> FindOrInstallAsync(Action<string> report)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            if (!File.Exists(named))
            {
                throw new InvalidOperationException($"{Variable} names {named}, which does not exist. Point it at a Chromium executable, or unset it to use {SystemChromium} or Playwright's browser.");
            }

            report($"Browser tests: using Chromium at {named} ({Variable}).");
            return new Browser(named);
        }

        if (File.Exists(SystemChromium))
        {
            return new Browser(SystemChromium); // the usual case, said nothing about
        }

        // Another test run on this machine may be installing right now: wait for it, then look again.
        using var machineLock = await AcquireLockAsync(report);
        if (File.Exists(SystemChromium))
        {
            report($"Browser tests: {SystemChromium} appeared while waiting for another test run's install; using it.");
            return new Browser(SystemChromium);
        }

        report($"Browser tests: no Chromium at {SystemChromium}; running Playwright's installer (install chromium).");
        var (playwrightCode, playwrightOutput) = CaptureConsole(() => Microsoft.Playwright.Program.Main(["install", "chromium"]));
        if (playwrightCode == 0)
        {
            report("Browser tests: Playwright's Chromium is installed; using it.");
            return new Browser(null);
        }

        var tried = $"Playwright's installer failed (exit code {playwrightCode}{Reason(playwrightOutput)}; it downloads its browser, which needs internet access)";
        report("Browser tests: " + tried + ".");
        if (File.Exists("/etc/debian_version") && Environment.IsPrivilegedProcess && File.Exists("/usr/bin/apt-get"))
        {
            report("Browser tests: installing Debian's chromium and fonts-liberation with apt-get (running as root on Debian).");
            var update = await RunAsync("apt-get", "-o", "DPkg::Lock::Timeout=600", "update");
            var install = update.Code == 0
                ? await RunAsync("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends", "chromium", "fonts-liberation")
                : update;
            if (install.Code == 0 && File.Exists(SystemChromium))
            {
                report($"Browser tests: installed {SystemChromium} with apt-get; using it.");
                return new Browser(SystemChromium);
            }

            tried += install.Code == 0
                ? $"; apt-get installed chromium but {SystemChromium} is still missing"
                : $"; apt-get failed (exit code {install.Code}{Reason(install.Output)})";
            report("Browser tests: " + tried + ".");
        }
        else
        {
            tried += "; Debian's chromium package was not tried (that needs root on Debian with apt-get)";
        }

        throw new InvalidOperationException(
            $"No Chromium for the browser tests: {SystemChromium} does not exist and none could be installed: {tried}. Install one, then run the tests again: " +
            "`sudo apt-get install -y chromium fonts-liberation` on Debian/Ubuntu (as .ci/run does), " +
            "or `pwsh tests/TwitchSite.BrowserTests/bin/Debug/net10.0/playwright.ps1 install chromium` with internet access, " +
            $"or set {Variable} to a Chromium executable.");
    }

    private static async Task<IDisposable> AcquireLockAsync(Action<string> report)
    {
        var path = Path.Combine(Path.GetTempPath(), "twitchsite-browser-setup.lock");
        var said = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                if (!said)
                {
                    report($"Browser tests: another test run is installing a browser ({path}); waiting for it.");
                    said = true;
                }

                await Task.Delay(1000);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with the console's output captured (Playwright's installer prints its progress there).</summary>
    private static (int Code, string Output) CaptureConsole(Func<int> action)
    {
        var output = Console.Out;
        var error = Console.Error;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            return (action(), captured.ToString());
        }
        catch (Exception exception)
        {
            return (-1, captured + exception.Message);
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>", " and the line of an installer's output that says why it failed (its first error line, else its last), or nothing when it printed nothing here.</summary>
    private static string Reason(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.FirstOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("E:", StringComparison.Ordinal)) ?? lines.LastOrDefault();
        return line is null ? "" : ", " + line;
    }

    /// <summary>The Chromium to launch: <paramref name="ExecutablePath"/>, or Playwright's own browser when null.</summary>
    public sealed record Browser(string? ExecutablePath);
}
