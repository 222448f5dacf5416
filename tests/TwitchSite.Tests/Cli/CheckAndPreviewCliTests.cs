using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>The check and preview commands, run as the real program.</summary>
[Trait("Category", "Slow")] // runs the program as a process
public sealed partial class CheckAndPreviewCliTests
{
    private const string Site = """
        -- input/_site.yml --
        title: CLI Fixture
        base_url: https://cli.example
        content_checks:
          review_dates: true
          max_sentence_words: 25
        -- input/index.md --
        ---
        title: Home
        description: Home page.
        ---
        Hello there. This is a short page.
        -- input/topics/_directory.yml --
        layout: topic
        -- input/topics/a.md --
        ---
        title: A topic
        description: A topic page.
        last_reviewed: 2026-01-10
        next_review: 2026-06-10
        sources:
          - title: NHS
            url: https://www.nhs.uk/
            accessed: 2026-01-10
        ---
        Rest helps. Less coffee helps too.
        """;

    [Fact]
    public void Check_prints_a_table_per_page_writes_nothing_and_exits_0_on_warnings()
    {
        using var site = FixtureSite.Create(Site);

        var run = site.RunCli("check", "-t", RepoPaths.Theme);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Page\s+Layout\s+Grade\s+SMOG\s+Words\s+Long\s+Review due", run.Stdout);
        Assert.Matches(@"input/topics/a\.md\s+topic\s+-?\d+\.\d\s+\d+\.\d\s+\d+\s+0\s+2026-06-10 !", run.Stdout);
        Assert.Matches(@"input/index\.md\s+page\s+", run.Stdout);
        Assert.Contains("Checked 2 pages: 0 errors, 1 warning.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("input/topics/a.md:5:14: warning TW0705: next_review 2026-06-10 has passed (today is 2026-12-01)", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_with_strict_exits_1_and_today_decides_what_is_overdue()
    {
        using var site = FixtureSite.Create(Site);

        var strict = site.RunCli("check", "-t", RepoPaths.Theme, "--strict");
        var earlier = site.RunCli("check", "-t", RepoPaths.Theme, "--strict", "--today", "2026-06-01");
        var bad = site.RunCli("check", "-t", RepoPaths.Theme, "--today", "soon");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error TW0705", strict.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, earlier.ExitCode);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--today 'soon' is not a date written as YYYY-MM-DD", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_refuses_a_port_in_use_or_out_of_range_with_exit_2()
    {
        using var site = FixtureSite.Create(Site);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            var busy = site.RunCli("preview", "-t", RepoPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var range = site.RunCli("preview", "-t", RepoPaths.Theme, "--port", "70000");

            Assert.Equal(2, busy.ExitCode);
            Assert.Contains($"cannot serve on port {port}", busy.Stderr, StringComparison.Ordinal);
            Assert.Contains("choose another port with --port N", busy.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", busy.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, range.ExitCode);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Preview_serves_on_localhost_and_stops_with_exit_0_on_ctrl_c()
    {
        using var site = FixtureSite.Create(Site);
        using var process = site.StartCli("preview", "-t", RepoPaths.Theme, "--port", "0");
        var stdout = new System.Text.StringBuilder();
        var ready = new TaskCompletionSource<Uri>();
        process.OutputDataReceived += (_, e) =>
        {
            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            if (e.Data is { } line && PreviewAddress().Match(line) is { Success: true } match)
            {
                ready.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("127.0.0.1", address.Host);
            using var client = new HttpClient();
            Assert.Contains("Hello there.", await client.GetStringAsync(address), StringComparison.Ordinal);

            ProcessSignals.Interrupt(process);
            Assert.True(process.WaitForExit(30_000), "the preview did not stop");
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping the preview.", stdout.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", await stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+/) only")]
    private static partial Regex PreviewAddress();
}
