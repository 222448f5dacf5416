using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TwitchSite.Building;

namespace TwitchSite.Cli;

/// <summary>
/// Options whose values the parser checks itself, so a bad value is a one-line usage error
/// (exit 2) that says what is accepted, instead of a type name and a list on several lines.
/// </summary>
public static class OptionParsers
{
    /// <summary>The <c>--log-level</c> option: Error, Warning, Info or Debug in any case (not their numbers).</summary>
    public static Option<LogLevel> LogLevelOption() => new("--log-level", "-l")
    {
        Description = "How much to print: Error, Warning, Info or Debug",
        DefaultValueFactory = _ => LogLevel.Info,
        HelpName = "LEVEL",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Enum.GetNames<LogLevel>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                return Enum.Parse<LogLevel>(name);
            }

            result.AddError($"--log-level '{text}' is not one of Error, Warning, Info or Debug");
            return LogLevel.Info;
        },
    };

    /// <summary>The preview's <c>--port</c> option: a whole number from 0 (any free port) to 65535.</summary>
    public static Option<int> PortOption(int defaultPort) => new("--port", "-p")
    {
        Description = "Port to serve on (127.0.0.1 only; 0 picks a free one)",
        DefaultValueFactory = _ => defaultPort,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
            {
                return port;
            }

            result.AddError($"--port '{text}' is not a port number from 0 (any free port) to 65535");
            return defaultPort;
        },
    };

    /// <summary>What is wrong with a <c>--base-url</c> value (not a full http or https address), or null when it is fine or not given.</summary>
    public static string? BaseUrlProblem(string? value) =>
        value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
            ? null
            : $"--base-url '{value}' is not a full http(s) address such as https://example.netlify.app";
}
