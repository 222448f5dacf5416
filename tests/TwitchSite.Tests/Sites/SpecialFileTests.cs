using System.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A named pipe in the site folder (as a page, as an asset, as the target of an include) is skipped
/// with a warning (TW0213) and never opened: opening a pipe blocks until something writes to it, so
/// reading one hung the build forever.
/// </summary>
public sealed class SpecialFileTests
{
    [Theory]
    [InlineData("input/fifo.md")]
    [InlineData("input/asset.png")]
    [InlineData("input/p.txt")]
    public async Task A_named_pipe_is_reported_and_never_opened(string fifo)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no named pipes in a folder on Windows
        }

        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: H
            ---
            # H

            {{#include p.txt}}
            """);
        if (fifo != "input/p.txt")
        {
            site.Write("input/p.txt", "included");
        }

        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.Root, fifo)))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A generous overall timeout: the build used to block forever on the pipe.
        var build = Task.Run(() => site.Build());
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.Same(build, finished);

        var outcome = await build;
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("index.html"));
        // The walker names the pipe; an include of one is reported at the include.
        var at = fifo == "input/p.txt" ? "input/index.md:" : fifo + ":";
        Assert.Contains(site.Headers(outcome), h => h.StartsWith(at, StringComparison.Ordinal) && h.Contains("warning TW0213", StringComparison.Ordinal));
    }
}
