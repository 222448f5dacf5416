using System.Text.RegularExpressions;

namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// Turns the file-system failures a user can fix (a file they may not read, a full disk) into
/// their own diagnostics naming the file, instead of the "bug" of an unexpected
/// exception. Reads only the exception; used by the engine's guards around every module.
/// </summary>
public static partial class IoFailure
{
    // errno ENOSPC on Linux and macOS, and Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as .NET reports them.
    private static readonly HashSet<int> DiskFullResults = [28, unchecked((int)0x80070070), unchecked((int)0x80070027), 0x70, 0x27];

    /// <summary>
    /// The diagnostic for <paramref name="exception"/> when it is permission denied, a full
    /// disk or a source file changed during the build, else null. The file named in the exception is in the message, and the diagnostic
    /// has no location: a full disk may be met while writing a binary asset, whose "source
    /// line" must never be printed.
    /// </summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="fallbackPath">The file being processed, for an exception that names none.</param>
    /// <param name="descriptors">The engine's descriptors, with the application's codes.</param>
    public static Diagnostic? Diagnose(Exception exception, string? fallbackPath, EngineDiagnostics descriptors)
    {
        if (exception is Documents.SourceChangedException changed)
        {
            return descriptors.SourceChanged.Create(new SourceLocation(changed.Path));
        }

        var path = NamedPath(exception.Message) ?? fallbackPath;
        if (exception is UnauthorizedAccessException)
        {
            return path is null ? descriptors.UnreadableUnnamed.Create(null) : descriptors.Unreadable.Create(null, path);
        }

        if (exception is IOException io && (DiskFullResults.Contains(io.HResult) || io.Message.Contains("No space left on device", StringComparison.Ordinal)))
        {
            return path is null ? descriptors.DiskFullUnnamed.Create(null) : descriptors.DiskFull.Create(null, path);
        }

        return null;
    }

    /// <summary>The path .NET quotes in its messages ("Access to the path '/x' is denied.", "No space left on device : '/x'").</summary>
    private static string? NamedPath(string message)
    {
        var match = QuotedPath().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPath();
}
