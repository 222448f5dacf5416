using System.Text.RegularExpressions;

namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// Turns the file-system failures a user can fix (a file they may not read, a full disk) into
/// their own diagnostics naming the file, instead of the "bug in TwitchSite" of an unexpected
/// exception. Reads only the exception; used by the engine's guards around every module.
/// </summary>
public static partial class IoFailure
{
    /// <summary>A file or folder the build needs cannot be read (permission denied).</summary>
    public const string UnreadableCode = "TW0223";

    /// <summary>The disk filled up while the build was writing.</summary>
    public const string DiskFullCode = "TW0224";

    // errno ENOSPC on Linux and macOS, and Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as .NET reports them.
    private static readonly HashSet<int> DiskFullResults = [28, unchecked((int)0x80070070), unchecked((int)0x80070027), 0x70, 0x27];

    /// <summary>
    /// The diagnostic for <paramref name="exception"/> when it is permission denied or a full
    /// disk, else null. The file named in the exception is in the message, and the diagnostic
    /// has no location: a full disk may be met while writing a binary asset, whose "source
    /// line" must never be printed.
    /// </summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="fallbackPath">The file being processed, for an exception that names none.</param>
    public static Diagnostic? Diagnose(Exception exception, string? fallbackPath)
    {
        var path = NamedPath(exception.Message) ?? fallbackPath;
        if (exception is UnauthorizedAccessException)
        {
            return Diagnostic.Error(
                UnreadableCode,
                path is null ? "permission denied: a file or folder cannot be read" : $"permission denied: cannot read or write '{path}'",
                hint: "give your user read access to the input and theme files (and write access to the output folder), e.g. chmod u+rw");
        }

        if (exception is IOException io && (DiskFullResults.Contains(io.HResult) || io.Message.Contains("No space left on device", StringComparison.Ordinal)))
        {
            return Diagnostic.Error(
                DiskFullCode,
                path is null ? "the disk is full: the site could not be written" : $"the disk is full: could not write '{path}'",
                hint: "free some space on the disk of the output folder, then build again; the previous output was left as it was");
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
