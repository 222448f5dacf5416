using TwitchSite.Engine.IO;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// The real program killed (SIGKILL, as kill -9 does) at every step of writing its output, run
/// twice at once on one output, and stopped with Ctrl+C or SIGTERM: the output is always the
/// whole old site or the whole new one, and the next build recovers.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OutputFaultTests : IDisposable
{
    private const string OldSite = """
        -- input/index.md --
        ---
        title: Home
        ---
        The old home page.
        -- input/kept.md --
        ---
        title: Kept
        ---
        This page is the same in both sites.
        -- input/removed.md --
        ---
        title: Removed
        ---
        Only the old site has this page.
        """;

    private readonly FixtureSite _site = FixtureSite.Create(OldSite);
    private readonly SortedDictionary<string, byte[]> _oldOutput;
    private readonly SortedDictionary<string, byte[]> _newOutput;

    public OutputFaultTests()
    {
        // Reference outputs, built cleanly: the old site, then the new one.
        _oldOutput = BuildCleanly();
        MakeNewSite();
        _newOutput = BuildCleanly();
        Assert.NotEqual(Names(_oldOutput), Names(_newOutput));
    }

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> KillPoints() =>
    [
        Engine.IO.KillPoints.CommitStarted,
        Engine.IO.KillPoints.FileLinked,
        Engine.IO.KillPoints.FileLinked + "#3",
        Engine.IO.KillPoints.ManifestWritten,
        Engine.IO.KillPoints.Swapped,
        Engine.IO.KillPoints.OldSetAside,
        Engine.IO.KillPoints.OldFileDeleted,
        Engine.IO.KillPoints.OldFileDeleted + "#4",
    ];

    [Theory]
    [MemberData(nameof(KillPoints))]
    public void Killed_at_any_step_of_the_commit_leaves_the_whole_old_or_the_whole_new_site_and_the_next_build_recovers(string point)
    {
        ResetToOldSite();
        MakeNewSite();

        var killed = _site.RunCli(new Dictionary<string, string?> { [TwitchSite.Building.AppNames.KillPointVariable] = point }, "build", "--no-search", "-t", RepoPaths.Theme);

        Assert.Equal(137, killed.ExitCode); // 128 + SIGKILL: it really died there
        var after = _site.OutputFiles();
        var swapped = point is Engine.IO.KillPoints.Swapped || point.StartsWith(Engine.IO.KillPoints.OldSetAside, StringComparison.Ordinal) || point.StartsWith(Engine.IO.KillPoints.OldFileDeleted, StringComparison.Ordinal);
        AssertSameFiles(swapped ? _newOutput : _oldOutput, after);

        var next = _site.RunCli("build", "--no-search", "-t", RepoPaths.Theme);

        Assert.Equal(0, next.ExitCode);
        AssertSameFiles(_newOutput, _site.OutputFiles());
        Assert.Equal(["input", "output"], Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_builds_of_different_sites_at_once_into_one_output_both_succeed_and_leave_one_whole_site()
    {
        ResetToOldSite();
        using var other = FixtureSite.Create(OldSite);
        other.Write("input/index.md", "---\ntitle: Home\n---\nThe other site's home page.\n");
        Assert.Equal(0, other.RunCli("build", "--no-search", "-t", RepoPaths.Theme).ExitCode);
        var otherOutput = other.OutputFiles();

        var runs = await Task.WhenAll(
            Task.Run(() => _site.RunCli("build", "--no-search", "-t", RepoPaths.Theme)),
            Task.Run(() => _site.RunCli("build", "--no-search", "-t", RepoPaths.Theme, "-i", other.Input)));

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        var result = _site.OutputFiles();
        var home = result["index.html"];
        AssertSameFiles(home.AsSpan().SequenceEqual(otherOutput["index.html"]) ? otherOutput : _oldOutput, result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_build_waiting_for_another_stops_on_ctrl_c_or_sigterm_and_leaves_the_output_as_it_was(bool sigterm)
    {
        ResetToOldSite();
        MakeNewSite();
        using var holder = OutputFolder.BeginStaging(_site.Output, names: TwitchSite.Building.AppNames.Output); // another build is writing the output
        using var process = _site.StartCli("build", "--no-search", "-t", RepoPaths.Theme);
        var stdout = process.StandardOutput.ReadToEndAsync();

        var line = await process.StandardError.ReadLineAsync();
        Assert.Contains("Another build is writing 'output'", line, StringComparison.Ordinal);
        if (sigterm)
        {
            ProcessSignals.Terminate(process);
        }
        else
        {
            ProcessSignals.Interrupt(process);
        }

        var rest = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the build did not stop");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Build stopped; 'output' was left as it was.", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", rest + await stdout, StringComparison.Ordinal);
        AssertSameFiles(_oldOutput, _site.OutputFiles());
    }

    private SortedDictionary<string, byte[]> BuildCleanly()
    {
        if (Directory.Exists(_site.Output))
        {
            Directory.Delete(_site.Output, recursive: true);
        }

        var run = _site.RunCli("build", "--no-search", "-t", RepoPaths.Theme);
        Assert.Equal(0, run.ExitCode);
        return _site.OutputFiles();
    }

    private void ResetToOldSite()
    {
        _site.Write("input/index.md", "---\ntitle: Home\n---\nThe old home page.\n");
        _site.Write("input/removed.md", "---\ntitle: Removed\n---\nOnly the old site has this page.\n");
        File.Delete(Path.Combine(_site.Input, "added.md"));
        var rebuilt = BuildCleanly();
        AssertSameFiles(_oldOutput, rebuilt);
    }

    private void MakeNewSite()
    {
        _site.Write("input/index.md", "---\ntitle: Home\n---\nThe new home page.\n");
        File.Delete(Path.Combine(_site.Input, "removed.md"));
        _site.Write("input/added.md", "---\ntitle: Added\n---\nOnly the new site has this page.\n");
    }

    private static IReadOnlyList<string> Names(SortedDictionary<string, byte[]> files) => [.. files.Keys];

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(Names(expected), Names(actual));
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs");
        }
    }
}
