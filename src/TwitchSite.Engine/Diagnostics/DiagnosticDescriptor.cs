using System.Globalization;

namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// Everything about a kind of problem that does not depend on where it happens: its code, how
/// serious it is, a title for the table of codes, the message with placeholders for what varies,
/// and how to fix it. Modelled on Roslyn's <c>DiagnosticDescriptor</c>: call sites pass only
/// the message arguments and the location (<see cref="Create"/>).
/// </summary>
/// <remarks>
/// A code names one problem. Where its message is worded differently by place (front matter or
/// folder defaults, say), the catalogue holds one descriptor per wording under the same code,
/// with the same severity and title.
/// </remarks>
/// <param name="Code">Stable code such as <c>E0301</c>, which users search for and tests assert; the application chooses its codes.</param>
/// <param name="DefaultSeverity">The severity every diagnostic of this descriptor has; <c>--strict</c> promotes warnings.</param>
/// <param name="Title">One line for the table of codes (README): what the problem is, in general.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>, <c>{1}</c>... for the arguments (composite format; invariant culture). Without arguments it is shown as written.</param>
/// <param name="Hint">How to fix it, formatted with the same arguments as the message; null for none.</param>
public sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, string Title, string MessageFormat, string? Hint = null)
{
    /// <summary>An error descriptor.</summary>
    public static DiagnosticDescriptor Error(string code, string title, string messageFormat, string? hint = null) => new(code, Severity.Error, title, messageFormat, hint);

    /// <summary>A warning descriptor (an error with <c>--strict</c>).</summary>
    public static DiagnosticDescriptor Warning(string code, string title, string messageFormat, string? hint = null) => new(code, Severity.Warning, title, messageFormat, hint);

    /// <summary>An info descriptor (never fails a build).</summary>
    public static DiagnosticDescriptor Info(string code, string title, string messageFormat, string? hint = null) => new(code, Severity.Info, title, messageFormat, hint);

    /// <summary>
    /// The diagnostic at <paramref name="location"/>, its message and hint formatted with
    /// <paramref name="args"/>. A hint that depends on more than the arguments is set with
    /// <c>with { Hint = ... }</c>.
    /// </summary>
    /// <param name="location">Where, or null for problems that belong to no file.</param>
    /// <param name="args">What varies: the values for the placeholders of the message and hint.</param>
    public Diagnostic Create(SourceLocation? location, params object?[] args) =>
        new(DefaultSeverity, Code, Format(MessageFormat, args), location, Hint is null ? null : Format(Hint, args));

    // As Roslyn does: a text is formatted only when there are arguments, so a message without
    // placeholders may contain braces as they are.
    private static string Format(string format, object?[] args) =>
        args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
}
