using TwitchSite.Site;

namespace TwitchSite.Cli;

/// <summary>
/// Reads the <c>--today</c> option shared by build, check and preview, and, when it is not given,
/// the <c>TWITCHSITE_TODAY</c> environment variable: either one that is not a date is a usage error,
/// never silently replaced by the system date.
/// </summary>
public static class TodayOption
{
    /// <summary>
    /// Parses <paramref name="value"/> (null when the option was not given), else the environment
    /// variable (unset or empty: null, meaning the system date); prints a usage error with a hint
    /// when the one used is not a date.
    /// </summary>
    public static bool TryRead(string? value, TextWriter error, out DateOnly? today)
    {
        today = null;
        var source = "--today";
        if (value is null)
        {
            value = Environment.GetEnvironmentVariable(BuildClock.EnvironmentVariable);
            source = BuildClock.EnvironmentVariable;
            if (string.IsNullOrEmpty(value))
            {
                return true;
            }
        }

        if (BuildClock.TryParse(value, out var date))
        {
            today = date;
            return true;
        }

        error.WriteLine($"error: {source} '{value}' is not a date written as YYYY-MM-DD");
        error.WriteLine(source == "--today"
            ? "hint: write a real date such as --today 2026-03-01, or leave the option out for the system date"
            : $"hint: set it to a real date such as {BuildClock.EnvironmentVariable}=2026-03-01, or unset it for the system date");
        return false;
    }
}
