using System.Globalization;

namespace TwitchSite.Site;

/// <summary>
/// Where a build's idea of today comes from, so date checks (a review that is due) stay
/// deterministic in tests: the <c>--today</c> option, else the <c>TWITCHSITE_TODAY</c> environment
/// variable, else the system clock. Output never depends on the date; only diagnostics do.
/// </summary>
public static class BuildClock
{
    /// <summary>Environment variable that fixes today's date (YYYY-MM-DD).</summary>
    public const string EnvironmentVariable = "TWITCHSITE_TODAY";

    /// <summary>The clock for a build given an optional fixed date.</summary>
    public static TimeProvider For(DateOnly? today)
    {
        if (today is { } fixedDate)
        {
            return new FixedDateClock(fixedDate);
        }

        return TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), out var fromEnvironment)
            ? new FixedDateClock(fromEnvironment)
            : TimeProvider.System;
    }

    /// <summary>Today's date on <paramref name="clock"/>, in its local time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Parses YYYY-MM-DD.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A clock that always says noon UTC on one date.</summary>
    private sealed class FixedDateClock(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
