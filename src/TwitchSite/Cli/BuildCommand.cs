using System.CommandLine;
using TwitchSite.Building;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Themes;

namespace TwitchSite.Cli;

/// <summary>
/// The <c>build</c> command (also what runs when no command is given): its options, checks of
/// the folders it is given, and the build itself.
/// </summary>
public sealed class BuildCommand
{
    private readonly Option<string?> _input = SiteOptions.Input();
    private readonly Option<string> _output = SiteOptions.Output("Folder the site is written to (replaced only when the build succeeds)");
    private readonly Option<string?> _theme = SiteOptions.Theme("Folder of layouts and assets; files under the input folder at the same path override it (default: a theme folder beside the input folder, else the theme built into the tool)");
    private readonly Option<bool> _strict = SiteOptions.Strict("Treat warnings as errors (CI and publishing use this)");
    private readonly Option<bool> _noSearch = SiteOptions.NoSearch("Do not build the search index");
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "Publish for this address instead of base_url in _site.yml (deploy previews, local audits)", HelpName = "URL" };
    private readonly Option<string?> _today = SiteOptions.Today();
    private readonly Option<LogLevel> _logLevel = OptionParsers.LogLevelOption();

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

        if (OptionParsers.BaseUrlProblem(result.GetValue(_baseUrl)) is { } badUrl)
        {
            error.WriteLine($"error: {badUrl}");
            error.WriteLine("hint: give the address the site is served at, or leave the option out to use base_url from _site.yml");
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

        using var signals = new StopSignals();
        var displayOutput = options.Output;
        options = options with
        {
            Cancellation = signals.Token,
            WaitingForOutput = () => error.WriteLine($"Another build is writing '{displayOutput}' (a preview, or a second build); waiting for it to finish. Ctrl+C stops."),
        };
        var level = result.GetValue(_logLevel);
        var progress = new BuildProgress();
        BuildOutcome outcome;
        using (ProgressLine.ForConsole(progress, error, level))
        {
            outcome = SiteBuilder.Build(options with { Progress = progress });
        }

        if (outcome.Stopped)
        {
            error.WriteLine($"Build stopped; '{options.Output}' was left as it was.");
            return ExitCodes.Stopped;
        }

        new BuildReporter(output, error, level, Directory.GetCurrentDirectory()).Report(outcome, Path.GetFullPath(options.Output));
        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>What is wrong with the folders, or null.</summary>
    public static string? FolderProblem(BuildOptions options)
    {
        foreach (var (option, value) in new[] { ("--input", options.Input), ("--output", options.Output), ("--theme", options.Theme) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return $"{option} was given an empty folder name";
            }
        }

        // Real paths: an output that is a link into the input (or the reverse) is caught too.
        var input = RealPath.TryResolve(options.Input) ?? Path.GetFullPath(options.Input);
        var theme = RealPath.TryResolve(options.Theme) ?? Path.GetFullPath(options.Theme);
        if (RealPath.TryResolve(options.Output) is not { } output)
        {
            return $"the output folder '{options.Output}' is a symbolic link that loops";
        }

        if (File.Exists(input))
        {
            return $"input '{options.Input}' is a file, not a folder (give the site's folder with -i DIR)";
        }

        if (!Directory.Exists(input))
        {
            return $"input folder '{options.Input}' does not exist (give the folder of your markdown with -i DIR; without -i the tool looks for input/, then docs/, in the working directory)";
        }

        if (File.Exists(theme))
        {
            return $"theme '{options.Theme}' is a file, not a folder (give the theme's folder with -t DIR)";
        }

        if (!Directory.Exists(theme))
        {
            return $"theme folder '{options.Theme}' does not exist (give another with -t DIR, or leave -t out to use the theme built into the tool)";
        }

        if (File.Exists(output))
        {
            return $"output '{options.Output}' is a file, not a folder";
        }

        if (FileAbove(output) is { } file)
        {
            return $"output folder '{options.Output}' cannot be created: '{file}' is a file, not a folder";
        }

        if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) is null)
        {
            return "the output folder cannot be a file system root";
        }

        // The build puts a new folder in the output's place: never the user's home or a folder holding it.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        if (home.Length > 0 && Path.IsPathRooted(home) && RealPath.IsSameOrInside(home, output))
        {
            return $"the output folder '{options.Output}' is your home folder or holds it: a build replaces its output folder whole (give a folder of its own, such as -o site)";
        }

        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            if (RealPath.IsSameOrInside(output, folder) || RealPath.IsSameOrInside(folder, output))
            {
                return $"the output folder '{options.Output}' must not be, contain or lie inside the {name} folder '{folder}'";
            }
        }

        return Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) is null ? "the output folder cannot be a file system root" : null;
    }

    /// <summary>The nearest existing path above <paramref name="path"/> when it is a file (so no folder can be made below it), else null.</summary>
    private static string? FileAbove(string path)
    {
        for (var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(path)); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), parent);
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }
}
