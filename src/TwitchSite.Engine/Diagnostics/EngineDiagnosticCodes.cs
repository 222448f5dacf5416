namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// The codes of the problems the engine itself reports. The engine names no product, so the
/// application gives its own codes (<see cref="EngineDiagnostics"/>); <see cref="Neutral"/>
/// serves engines run without one, such as the engine's own tests.
/// </summary>
/// <param name="UnexpectedError">A module threw something that is not the user's fault (a bug).</param>
/// <param name="InvalidUtf8">A file is not valid UTF-8.</param>
/// <param name="LinkOutsideSite">A symbolic link leads out of the folder being read.</param>
/// <param name="LinkLoop">A symbolic link loops.</param>
/// <param name="LinkBroken">A symbolic link points to nothing.</param>
/// <param name="Unreadable">Permission denied on a file or folder.</param>
/// <param name="DiskFull">The disk filled up while writing.</param>
/// <param name="SourceChanged">A source file changed while the build was reading it (it is read more than once).</param>
/// <param name="NotAFile">An entry of a site folder is neither a file nor a folder (a named pipe, a socket, a device).</param>
public sealed record EngineDiagnosticCodes(
    string UnexpectedError,
    string InvalidUtf8,
    string LinkOutsideSite,
    string LinkLoop,
    string LinkBroken,
    string Unreadable,
    string DiskFull,
    string SourceChanged = "source-changed",
    string NotAFile = "not-a-file")
{
    /// <summary>Codes that name the problem in words, for engines run without an application.</summary>
    public static EngineDiagnosticCodes Neutral { get; } = new(
        "unexpected-error", "invalid-utf8", "link-outside-site", "link-loop", "link-broken", "unreadable", "disk-full");
}
