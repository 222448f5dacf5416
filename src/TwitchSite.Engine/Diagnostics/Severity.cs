namespace TwitchSite.Engine.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings fail it only in strict mode.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails the build.</summary>
    Info,

    /// <summary>Probably a mistake; fails the build with <c>--strict</c>.</summary>
    Warning,

    /// <summary>The site cannot be built correctly; the build fails.</summary>
    Error,
}
