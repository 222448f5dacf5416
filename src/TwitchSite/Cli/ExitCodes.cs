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
}
