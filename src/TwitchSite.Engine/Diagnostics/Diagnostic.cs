namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// One problem found in the input, reported as <c>path:line:col: severity CODE: message</c>,
/// followed by the offending source line and a hint saying how to fix it.
/// </summary>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Code">Stable code such as <c>E0301</c>, so tests and users can refer to it.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Location">Where, or null for problems that belong to no file.</param>
/// <param name="Hint">How to fix it, or null.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null, string? Hint = null)
{
    /// <summary>
    /// The text of the source line at <see cref="Location"/>, when the module that reported it had
    /// the text at hand; <see cref="DiagnosticFormatter"/> then shows it without reading the file
    /// again (a large site can have thousands of warnings, each file read once more otherwise).
    /// </summary>
    public string? SourceText { get; init; }

    /// <summary>Equal when they report the same thing at the same place; the carried source line is not part of that.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Severity == other.Severity && Code == other.Code && Message == other.Message && Equals(Location, other.Location) && Hint == other.Hint;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, Location, Hint);

    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);
}
