namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// The descriptors of the problems the engine itself reports (a module's bug, a file that is
/// not UTF-8, a symbolic link that leads astray, permission denied, a full disk), with the codes
/// and product name the application gives. The application lists <see cref="All"/> in its own
/// catalogue, so one table holds every code a user can see. Reads nothing; immutable.
/// </summary>
public sealed class EngineDiagnostics
{
    /// <summary>Descriptors with <paramref name="codes"/>; <paramref name="productName"/> is named in the hint of a bug report.</summary>
    public EngineDiagnostics(EngineDiagnosticCodes codes, string productName)
    {
        Codes = codes;
        UnexpectedError = DiagnosticDescriptor.Error(
            codes.UnexpectedError,
            "an unexpected error in the generator (a bug: please report it)",
            "unexpected error in {0} ({1} pipeline, {2} phase): {3}: {4}",
            $"this is a bug in {productName}, not in your files; please report it with this message");
        UnexpectedErrorInDocument = UnexpectedError with
        {
            MessageFormat = "unexpected error in {0}: {1}: {2}",
            Hint = $"this is a bug in {productName}, not in your file; please report it with this file attached",
        };
        InvalidUtf8 = DiagnosticDescriptor.Error(
            codes.InvalidUtf8,
            "file is not valid UTF-8 (at the first bad byte)",
            InvalidUtf8Message,
            "save the file with UTF-8 encoding (most editors: 'Save with encoding' > UTF-8)");
        LinkOutsideSite = DiagnosticDescriptor.Error(
            codes.LinkOutsideSite,
            "a symbolic link in the input or theme folder leads outside it (not read; where it points is not shown)",
            "symbolic link points outside the site folder; it is not read",
            "copy the file into the site folder instead of linking to it, or remove the link");
        LinkLoop = DiagnosticDescriptor.Error(
            codes.LinkLoop,
            "a symbolic link loops (following it leads back to where it started)",
            "symbolic link loop: following it leads back to where it started; it is not read",
            "remove the link, or point it at a folder that does not contain it");
        LinkBroken = DiagnosticDescriptor.Error(
            codes.LinkBroken,
            "a symbolic link points to nothing",
            "symbolic link points to nothing; it is not read",
            "remove the link, or restore the file it pointed to");
        Unreadable = DiagnosticDescriptor.Error(
            codes.Unreadable,
            "a file or folder cannot be read or written: permission denied (names the file)",
            "permission denied: cannot read or write '{0}'",
            "give your user read access to the input and theme files (and write access to the output folder), e.g. chmod u+rw");
        // A warning: the entry is skipped and the rest of the site builds, as a file the site does not use would be.
        NotAFile = DiagnosticDescriptor.Warning(
            codes.NotAFile,
            "an entry in the input or theme folder is a named pipe, a socket or a device, not a file (warning; never opened: reading a pipe would wait forever)",
            "not a regular file (a named pipe, a socket or a device); it is not read",
            "remove it from the site folder, or replace it with an ordinary file");
        UnreadableUnnamed = Unreadable with { MessageFormat = "permission denied: a file or folder cannot be read" };
        DiskFull = DiagnosticDescriptor.Error(
            codes.DiskFull,
            "the disk filled up while writing (names the file; no source line)",
            "the disk is full: could not write '{0}'",
            "free some space on the disk of the output folder, then build again; the previous output was left as it was");
        DiskFullUnnamed = DiskFull with { MessageFormat = "the disk is full: the site could not be written" };
        SourceChanged = DiagnosticDescriptor.Error(
            codes.SourceChanged,
            "a source file changed (or was removed) while the site was being built (at the file, no line)",
            "the file changed while the site was being built; it was not used",
            "build again once the file is saved; the previous output was left as it was");
    }

    /// <summary>The message of <see cref="InvalidUtf8"/>, which other readers of text files report too.</summary>
    public const string InvalidUtf8Message = "file is not valid UTF-8";

    /// <summary>The descriptors of an engine run without an application: neutral codes, no product name.</summary>
    public static EngineDiagnostics Neutral { get; } = new(EngineDiagnosticCodes.Neutral, "the generator");

    /// <summary>The codes these descriptors carry.</summary>
    public EngineDiagnosticCodes Codes { get; }

    /// <summary>A module failed in a way that is a bug (arguments: module, pipeline, phase, exception type, exception message).</summary>
    public DiagnosticDescriptor UnexpectedError { get; }

    /// <summary>A per-document module failed on one document (arguments: module, exception type, exception message).</summary>
    public DiagnosticDescriptor UnexpectedErrorInDocument { get; }

    /// <summary>A file is not valid UTF-8; located at the first bad byte.</summary>
    public DiagnosticDescriptor InvalidUtf8 { get; }

    /// <summary>A symbolic link leads out of the folder being read.</summary>
    public DiagnosticDescriptor LinkOutsideSite { get; }

    /// <summary>A symbolic link loops.</summary>
    public DiagnosticDescriptor LinkLoop { get; }

    /// <summary>A symbolic link points to nothing.</summary>
    public DiagnosticDescriptor LinkBroken { get; }

    /// <summary>An entry of a site folder is a named pipe, a socket or a device (warning; it is skipped, never opened).</summary>
    public DiagnosticDescriptor NotAFile { get; }

    /// <summary>Permission denied on a named file (argument: the path).</summary>
    public DiagnosticDescriptor Unreadable { get; }

    /// <summary>Permission denied where the exception named no file.</summary>
    public DiagnosticDescriptor UnreadableUnnamed { get; }

    /// <summary>The disk filled up while writing a named file (argument: the path).</summary>
    public DiagnosticDescriptor DiskFull { get; }

    /// <summary>The disk filled up where the exception named no file.</summary>
    public DiagnosticDescriptor DiskFullUnnamed { get; }

    /// <summary>
    /// A source file read more than once in a build (pages are read again when their markdown is
    /// rendered) was changed or removed in between; located at the file; the build does not mix two
    /// versions of a page.
    /// </summary>
    public DiagnosticDescriptor SourceChanged { get; }

    /// <summary>Every descriptor, for the application's catalogue.</summary>
    public IReadOnlyList<DiagnosticDescriptor> All =>
        [UnexpectedError, UnexpectedErrorInDocument, InvalidUtf8, LinkOutsideSite, LinkLoop, LinkBroken, NotAFile, Unreadable, UnreadableUnnamed, DiskFull, DiskFullUnnamed, SourceChanged];
}
