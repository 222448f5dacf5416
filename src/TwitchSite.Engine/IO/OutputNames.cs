namespace TwitchSite.Engine.IO;

/// <summary>
/// The names an <see cref="OutputFolder"/> gives the files it keeps for itself: the manifest inside
/// the output folder, and the lock in the temporary folder. The engine names no product; an
/// application passes its own names so its output folders and locks are recognisably its own,
/// and every process that stages one output must use the same names (the lock is found by name).
/// </summary>
/// <param name="ManifestName">File name of the manifest, inside the output folder, listing every file the generator wrote.</param>
/// <param name="LockPrefix">Start of the lock file's name in the temporary folder.</param>
public sealed record OutputNames(string ManifestName, string LockPrefix)
{
    /// <summary>Names for outputs staged without an application's names (the engine's own tests).</summary>
    public static OutputNames Neutral { get; } = new(".site-manifest", "site-output");
}
