using System.Diagnostics;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Named points in the commit of an output folder where the fault tests kill the process
/// (SIGKILL, as kill -9 does) to prove that the output is then the whole old site or the whole
/// new one. Armed only when the application calls <see cref="ArmFrom"/> with the name of its
/// test-only environment variable and that variable is set to <c>point</c> or <c>point#n</c> (the
/// n-th time the point is reached); unarmed, a point costs one comparison.
/// </summary>
public static class KillPoints
{
    /// <summary>Commit begins: staging holds only the files this build wrote.</summary>
    public const string CommitStarted = "commit-started";

    /// <summary>One more unchanged or carried-over file was linked into staging.</summary>
    public const string FileLinked = "file-linked";

    /// <summary>The manifest is in staging; the new site is complete but not yet live.</summary>
    public const string ManifestWritten = "manifest-written";

    /// <summary>The new site is live; the old one sits at the staging path.</summary>
    public const string Swapped = "swapped";

    /// <summary>The old site was renamed aside, not yet deleted.</summary>
    public const string OldSetAside = "old-set-aside";

    /// <summary>One file of the old site was deleted.</summary>
    public const string OldFileDeleted = "old-file-deleted";

    private static (string Point, int Count)? _armed;
    private static int _reached;

    /// <summary>
    /// Arms the point named by the environment variable <paramref name="environmentVariable"/>, if
    /// it is set (the application chooses the variable's name; the engine names no product).
    /// </summary>
    public static void ArmFrom(string environmentVariable) => _armed = Parse(Environment.GetEnvironmentVariable(environmentVariable));

    /// <summary>Kills the process if <paramref name="point"/> is the armed one and its count is reached.</summary>
    public static void Reach(string point)
    {
        if (_armed is { } armed && armed.Point == point && Interlocked.Increment(ref _reached) == armed.Count)
        {
            Process.GetCurrentProcess().Kill();
        }
    }

    private static (string, int)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var hash = value.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (value, 1) : (value[..hash], int.Parse(value[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
