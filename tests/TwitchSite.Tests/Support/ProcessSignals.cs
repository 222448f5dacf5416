using System.Diagnostics;
using System.Globalization;

namespace TwitchSite.Tests.Support;

/// <summary>Sends Unix signals to a process the tests started, as a user's terminal or a CI runner would.</summary>
public static class ProcessSignals
{
    /// <summary>Sends Ctrl+C (SIGINT); a test runner started in the background may have SIGINT ignored for its children, so SIGTERM stands in there.</summary>
    public static void Interrupt(Process process) => Send(process, SigIntIgnored() ? "-TERM" : "-INT");

    /// <summary>Sends SIGTERM, what CI runners and service managers send to stop a job.</summary>
    public static void Terminate(Process process) => Send(process, "-TERM");

    private static void Send(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private static bool SigIntIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line[7..].Trim(), 16) & 0x2) != 0;
    }
}
