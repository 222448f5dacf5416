using TwitchSite.Building;
using TwitchSite.Cli;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// The progress line of a long build on a terminal: what it says, that it is erased before the
/// report, and that logs and pipes (redirected streams) get nothing extra. Drawn by hand here, so
/// no test waits on the clock.
/// </summary>
public sealed class ProgressLineTests
{
    private const string Erase = "\u001b[K";

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void Given_pages_rendering_When_drawn_Then_the_line_says_how_many_of_how_many_and_the_time_so_far()
    {
        var progress = new BuildProgress();
        var clock = new ManualClock();
        var terminal = new StringWriter();
        using var line = new ProgressLine(progress, terminal, () => 120, clock);
        progress.Begin(new ProgressStep("Content", "RenderLayout", 10_201, Counted: true));
        for (var i = 0; i < 4_512; i++)
        {
            progress.Advance();
        }

        clock.Ticks = TimeSpan.FromSeconds(12.6).Ticks;
        line.Draw();

        Assert.Equal("\r[12 s] Rendering pages 4,512 of 10,201 (44%)" + Erase, terminal.ToString());
    }

    [Fact]
    public void Given_search_indexing_When_drawn_Then_the_line_names_the_step_and_redraws_over_itself()
    {
        var progress = new BuildProgress();
        var terminal = new StringWriter();
        using var line = new ProgressLine(progress, terminal, () => 120, new ManualClock());
        progress.Begin(new ProgressStep("Content", "RenderLayout", 2, Counted: true));
        line.Draw();
        progress.Begin(new ProgressStep("SearchIndex", "BuildSearchIndex", 0, Counted: false));
        line.Draw();

        Assert.Equal("\r[0 s] Rendering pages 0 of 2 (0%)" + Erase + "\r[0 s] Indexing search..." + Erase, terminal.ToString());
        Assert.DoesNotContain('\n', terminal.ToString());
    }

    [Fact]
    public void Given_a_site_in_search_shards_When_drawn_Then_the_line_says_how_many_shards_of_how_many_are_indexed()
    {
        var progress = new BuildProgress();
        var terminal = new StringWriter();
        var clock = new ManualClock();
        using var line = new ProgressLine(progress, terminal, () => 120, clock);
        progress.Begin(new ProgressStep("SearchIndex", TwitchSite.Search.Indexing.ShardedIndex.ProgressStepName, 8, Counted: true));
        progress.Advance();
        progress.Advance();
        progress.Advance();
        clock.Ticks = TimeSpan.FromSeconds(41).Ticks;
        line.Draw();

        Assert.Equal("\r[41 s] Indexing search shards 3 of 8 (37%)" + Erase, terminal.ToString());
    }

    [Fact]
    public void Given_a_narrow_terminal_When_drawn_Then_the_line_is_cut_to_fit_so_it_never_wraps()
    {
        var progress = new BuildProgress();
        var terminal = new StringWriter();
        using var line = new ProgressLine(progress, terminal, () => 25, new ManualClock());
        progress.Begin(new ProgressStep("Content", "RenderLayout", 10_201, Counted: true));
        line.Draw();

        Assert.Equal("\r[0 s] Rendering pages 0 " + Erase, terminal.ToString()); // 24 characters: the last column stays free
    }

    [Fact]
    public void Given_a_drawn_line_When_the_build_ends_Then_it_is_erased_and_never_drawn_again()
    {
        var progress = new BuildProgress();
        var terminal = new StringWriter();
        var line = new ProgressLine(progress, terminal, () => 80, new ManualClock());
        line.Draw();
        var drawn = terminal.ToString();

        line.Dispose();
        line.Draw(); // a timer tick that lost the race with the end of the build

        Assert.Equal(drawn + "\r" + Erase, terminal.ToString());
    }

    [Fact]
    public void Given_a_short_build_When_it_ends_before_the_first_draw_Then_nothing_was_written()
    {
        var terminal = new StringWriter();
        var line = new ProgressLine(new BuildProgress(), terminal, () => 80, new ManualClock());

        line.Dispose();

        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void Given_a_writer_that_is_not_the_console_When_asked_for_a_console_line_Then_there_is_none()
    {
        Assert.Null(ProgressLine.ForConsole(new BuildProgress(), new StringWriter(), LogLevel.Info));
    }

    [Fact]
    public void Given_a_build_whose_output_is_redirected_When_run_Then_it_prints_the_usual_report_and_no_progress_line()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            Hello.
            """);

        var run = site.RunCli("build", "-t", RepoPaths.Theme, "--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Built 1 page to ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Stdout + run.Stderr);
        Assert.DoesNotContain("\u001b", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }
}
