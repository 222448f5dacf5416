namespace TwitchSite.Building;

/// <summary>How much the command line prints.</summary>
public enum LogLevel
{
    /// <summary>Errors only.</summary>
    Error,

    /// <summary>Errors and warnings, and the one-line result.</summary>
    Warning,

    /// <summary>Also the summary with time per pipeline (default).</summary>
    Info,

    /// <summary>Also every output file's fate and full details.</summary>
    Debug,
}
