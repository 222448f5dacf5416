using TwitchSite.Engine.IO;

namespace TwitchSite.Building;

/// <summary>
/// The names this application gives the engine, which names no product itself: the output
/// folder's manifest and lock, and the test-only switch that kills a build at a step of its
/// commit. (The engine's diagnostic codes are in <see cref="Diagnostics.Codes.EngineDescriptors"/>.)
/// </summary>
public static class AppNames
{
    /// <summary>The manifest in the output folder (<c>.twitchsite-manifest</c>) and the lock's name in the temporary folder.</summary>
    public static OutputNames Output { get; } = new(".twitchsite-manifest", "twitchsite-output");

    /// <summary>The environment variable the fault tests set to kill a build at a step of its commit (see <see cref="KillPoints"/>).</summary>
    public const string KillPointVariable = "TWITCHSITE_TEST_KILL_AT";
}
