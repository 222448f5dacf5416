using TwitchSite.Cli;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// Ctrl+C or SIGTERM asks a build to stop at its next check, and says so; a second signal is
/// let through to end the process, so a build stuck where it does not check can still be stopped
/// without kill -9.
/// </summary>
public sealed class StopSignalsTests
{
    [Fact]
    public void Given_a_first_stop_signal_When_handled_Then_the_build_is_asked_to_stop_and_the_process_kept()
    {
        var notice = new StringWriter();
        using var signals = new StopSignals(notice);

        var keepProcess = signals.OnSignal();

        Assert.True(keepProcess);
        Assert.True(signals.Token.IsCancellationRequested);
        Assert.Contains("again to stop at once", notice.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_second_stop_signal_When_handled_Then_it_is_let_through_to_end_the_process()
    {
        var notice = new StringWriter();
        using var signals = new StopSignals(notice);
        signals.OnSignal();

        var keepProcess = signals.OnSignal();

        Assert.False(keepProcess);
        Assert.Single(notice.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Given_no_signal_When_listening_Then_nothing_is_cancelled()
    {
        using var signals = new StopSignals(new StringWriter());

        Assert.False(signals.Token.IsCancellationRequested);
    }
}
