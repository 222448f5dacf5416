using System.CommandLine;
using TwitchSite.Building;
using TwitchSite.Themes;

namespace TwitchSite.Cli;

/// <summary>
/// The <c>build</c> command (also what runs when no command is given): its options, checks of
/// the folders it is given, and the build itself.
/// </summary>
public sealed class BuildCommand
{
    private readonly Option<string?> _input = new("--input", "-i") { Description = "Folder of the site's markdown, data and assets (default: input, else docs, in the working directory)", HelpName = "DIR" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "Folder the site is written to (replaced only when the build succeeds)", DefaultValueFactory = _ => "output", HelpName = "DIR" };
    private readonly Option<string?> _theme = new("--theme", "-t") { Description = "Folder of layouts and assets; files under the input folder at the same path override it (default: a theme folder beside the input folder, else the theme built into the tool)", HelpName = "DIR" };
    private readonly Option<bool> _strict = new("--strict") { Description = "Treat warnings as errors (CI and publishing use this)" };
    private readonly Option<bool> _noSearch = new("--no-search") { Description = "Do not build the search index" };
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "Publish for this address instead of base_url in _site.yml (deploy previews, local audits)", HelpName = "URL" };
    private readonly Option<string?> _today = new("--today") { Description = "Date to check review dates against (YYYY-MM-DD); default TWITCHSITE_TODAY or the system date", HelpName = "DATE" };
    private readonly Option<LogLevel> _logLevel = new("--log-level", "-l") { Description = "How much to print: Error, Warning, Info or Debug", DefaultValueFactory = _ => LogLevel.Info, HelpName = "LEVEL" };

    /// <summary>Adds the build options and action to <paramref name="command"/>.</summary>
    public void Attach(Command command, TextWriter output, TextWriter error)
    {
        command.Options.Add(_input);
        command.Options.Add(_output);
        command.Options.Add(_theme);
        command.Options.Add(_strict);
        command.Options.Add(_noSearch);
        command.Options.Add(_baseUrl);
        command.Options.Add(_today);
        command.Options.Add(_logLevel);
        command.SetAction(result => Run(result, output, error));
    }

    private int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        if (!TodayOption.TryRead(result.GetValue(_today), error, out var today))
        {
            return ExitCodes.UsageError;
        }

        var options = new BuildOptions
        {
            Input = result.GetValue(_input) ?? ThemeLocator.DefaultInput(Directory.GetCurrentDirectory()),
            Output = result.GetValue(_output)!,
            Theme = result.GetValue(_theme) ?? ThemeLocator.DefaultThemeFor(result.GetValue(_input) ?? ThemeLocator.DefaultInput(Directory.GetCurrentDirectory())),
            Strict = result.GetValue(_strict),
            NoSearch = result.GetValue(_noSearch),
            BaseUrl = result.GetValue(_baseUrl),
            Today = today,
        };

        if (FolderProblem(options) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine("Run 'twitchsite build --help' for the options.");
            return ExitCodes.UsageError;
        }

        var outcome = SiteBuilder.Build(options);
        new BuildReporter(output, error, result.GetValue(_logLevel), Directory.GetCurrentDirectory()).Report(outcome, Path.GetFullPath(options.Output));
        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>What is wrong with the folders, or null.</summary>
    public static string? FolderProblem(BuildOptions options)
    {
        var input = Path.GetFullPath(options.Input);
        var theme = Path.GetFullPath(options.Theme);
        var output = Path.GetFullPath(options.Output);
        if (!Directory.Exists(input))
        {
            return $"input folder '{options.Input}' does not exist (give the folder of your markdown with -i DIR; without -i the tool looks for input/, then docs/, in the working directory)";
        }

        if (!Directory.Exists(theme))
        {
            return $"theme folder '{options.Theme}' does not exist (give another with -t DIR, or leave -t out to use the theme built into the tool)";
        }

        if (File.Exists(output))
        {
            return $"output '{options.Output}' is a file, not a folder";
        }

        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            if (IsSameOrInside(output, folder) || IsSameOrInside(folder, output))
            {
                return $"the output folder '{options.Output}' must not be, contain or lie inside the {name} folder '{folder}'";
            }
        }

        return Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) is null ? "the output folder cannot be a file system root" : null;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
