using System.Runtime.InteropServices;

namespace TwitchSite.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation the command checks, instead of the
/// process being ended wherever it is: a build then discards its staging folder and leaves the
/// output as it was. A second signal ends the process at once, as Ctrl+C twice does in most
/// build tools, for a build stuck where it does not check (the output is still the whole old
/// site: a build only ever replaces it by one rename; its staging folder is cleared by the next
/// build). Registered while this object lives; writes one line to <c>stderr</c> at the first signal.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly TextWriter _notice;
    private int _signals;

    /// <summary>Starts listening for the signals; the first signal's notice goes to <paramref name="notice"/> (stderr by default).</summary>
    public StopSignals(TextWriter? notice = null)
    {
        _notice = notice ?? Console.Error;
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
        ];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    /// <summary>
    /// Handles one stop signal: true (keep the process, stop at the next check) for the first,
    /// false (let the signal end the process) for any later one.
    /// </summary>
    public bool OnSignal()
    {
        if (Interlocked.Increment(ref _signals) > 1)
        {
            return false;
        }

        _notice.WriteLine("Stopping; the output is left as it was. Press Ctrl+C again to stop at once.");
        _stop.Cancel();
        return true;
    }

    private void Stop(PosixSignalContext context) => context.Cancel = OnSignal();
}
