using TwitchSite.Site;

namespace TwitchSite.Building;

/// <summary>What to build and how.</summary>
public sealed record BuildOptions
{
    /// <summary>Folder of the site's markdown and data.</summary>
    public string Input { get; init; } = "input";

    /// <summary>Folder the site is written to.</summary>
    public string Output { get; init; } = "output";

    /// <summary>Folder of layouts and assets.</summary>
    public string Theme { get; init; } = "theme";

    /// <summary>Warnings fail the build.</summary>
    public bool Strict { get; init; }

    /// <summary>Skip the search index.</summary>
    public bool NoSearch { get; init; }

    /// <summary>
    /// Build the pages without the search index but keep the index the output already has (the
    /// live preview refreshes it in the background, so a reload never waits for Pagefind).
    /// </summary>
    public bool KeepSearchIndex { get; init; }

    /// <summary>Overrides the <c>base_url</c> setting (deploy previews, local audits), or null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Commit the output even when errors were reported (the live preview only: it serves every
    /// page it could build, each with the list of problems over it). <c>build</c> never does:
    /// a failed build publishes nothing.
    /// </summary>
    public bool CommitWithErrors { get; init; }

    /// <summary>False to run every check without writing anything.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>
    /// True to compute every page's readability figures even when none of the site's content checks
    /// reads them (the <c>check</c> command prints them in its report). A build measures pages only
    /// for the checks that read the figures.
    /// </summary>
    public bool MeasureEveryPage { get; init; }

    /// <summary>Today's date for date checks; null reads <c>TWITCHSITE_TODAY</c> or the system clock (<see cref="BuildClock"/>).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Stops the build (Ctrl+C, SIGTERM): it ends with <see cref="BuildOutcome.Stopped"/> and the output as it was.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Where the build is, for a progress line on a terminal (<see cref="ProgressLine"/>); null for none.</summary>
    public Engine.Pipelines.BuildProgress? Progress { get; init; }

    /// <summary>Called once when another build is writing the same output folder and this one waits for it.</summary>
    public Action? WaitingForOutput { get; init; }
}
