using TwitchSite.Building;

namespace TwitchSite.Cli;

/// <summary>Reads the <c>--today</c> option shared by build, check and preview.</summary>
public static class TodayOption
{
    /// <summary>Parses <paramref name="value"/> (null when the option was not given); prints a usage error when it is not a date.</summary>
    public static bool TryRead(string? value, TextWriter error, out DateOnly? today)
    {
        today = null;
        if (value is null)
        {
            return true;
        }

        if (BuildClock.TryParse(value, out var date))
        {
            today = date;
            return true;
        }

        error.WriteLine($"error: --today '{value}' is not a date written as YYYY-MM-DD");
        return false;
    }
}
