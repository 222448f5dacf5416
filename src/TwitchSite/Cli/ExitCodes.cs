namespace TwitchSite.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>The build succeeded.</summary>
    public const int Success = 0;

    /// <summary>The content has errors (or warnings with --strict).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong: unknown option, missing folder, bad value.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in TwitchSite (an exception nothing expected); the output was left as it was.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C or SIGTERM before it finished (128 + SIGINT, as shells report it); the output was left as it was.</summary>
    public const int Stopped = 130;
}
