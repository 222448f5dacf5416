using System.Globalization;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// A build killed with SIGKILL (kill -9, an out-of-memory kill, a CI job cancelled hard) while
/// Pagefind runs takes Pagefind with it, instead of leaving it indexing on as an orphan. Pagefind
/// is stood in for by a script that says its process id and waits far longer than the test.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OrphanedPagefindTests
{
    [Fact]
    public void Given_a_build_running_pagefind_When_the_build_is_killed_with_sigkill_Then_pagefind_ends_too()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            A page to index.
            -- fake-pagefind.sh --
            #!/bin/sh
            echo $$ > "$PIDFILE.tmp" && mv "$PIDFILE.tmp" "$PIDFILE"
            exec sleep 300
            """);
        var fake = Path.Combine(site.Root, "fake-pagefind.sh");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var pidFile = Path.Combine(site.Root, "pagefind.pid");

        using var build = site.StartCli(
            new Dictionary<string, string?> { ["PAGEFIND_BINARY_PATH"] = fake, ["PAGEFIND_EXTENDED_BINARY_PATH"] = null, ["PIDFILE"] = pidFile },
            "build", "-i", "input", "-o", "output");
        var pagefind = WaitFor(() => File.Exists(pidFile) ? int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture) : (int?)null, TimeSpan.FromSeconds(90));
        Assert.True(pagefind is not null, "the build never started Pagefind");
        try
        {
            build.Kill(); // SIGKILL on Unix: the build gets no chance to clean up
            build.WaitForExit();

            var ended = WaitFor(() => Running(pagefind.Value) ? null : (bool?)true, TimeSpan.FromSeconds(20));
            Assert.True(ended, $"Pagefind (process {pagefind}) still runs after its build was killed");
        }
        finally
        {
            if (Running(pagefind.Value))
            {
                System.Diagnostics.Process.GetProcessById(pagefind.Value).Kill();
            }
        }
    }

    // A process that has ended but is not yet reaped (a zombie, state Z) no longer runs.
    private static bool Running(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return OperatingSystem.IsLinux() ? false : ProcessExists(pid);
        }

        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Polls until the condition gives a value (what the test waits for happens), or gives up.
    private static T? WaitFor<T>(Func<T?> probe, TimeSpan limit)
        where T : struct
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value)
            {
                return value;
            }

            Thread.Sleep(50);
        }

        return probe();
    }
}
