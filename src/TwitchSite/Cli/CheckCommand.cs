using System.CommandLine;
using System.Globalization;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Site;
using TwitchSite.Themes;

namespace TwitchSite.Cli;

/// <summary>
/// The <c>check</c> command: runs every check of a build without writing the site, prints the
/// diagnostics as <c>build</c> does, then a table of each page's reading figures (grade, SMOG,
/// words, when its review is due). Exit code 1 when there are errors (warnings with --strict).
/// </summary>
public sealed class CheckCommand
{
    private readonly Option<string?> _input = SiteOptions.Input();
    private readonly Option<string?> _theme = SiteOptions.Theme();
    private readonly Option<bool> _strict = SiteOptions.Strict("Treat warnings as errors (exit 1 on any finding)");
    private readonly Option<string?> _today = SiteOptions.Today();
    private readonly Option<LogLevel> _logLevel = OptionParsers.LogLevelOption();

    /// <summary>Creates the command.</summary>
    public Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("check", "Check every page (links, front matter, readability, review dates) and print a report per page, without writing the site.");
        foreach (var option in new Option[] { _input, _theme, _strict, _today, _logLevel })
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Run(result, output, error));
        return command;
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
            Theme = result.GetValue(_theme) ?? ThemeLocator.DefaultThemeFor(result.GetValue(_input) ?? ThemeLocator.DefaultInput(Directory.GetCurrentDirectory())),
            Output = Path.Combine(Path.GetTempPath(), "twitchsite-check-never-written"),
            Strict = result.GetValue(_strict),
            Today = today,
            WriteOutput = false,
            MeasureEveryPage = true,
        };
        if (BuildCommand.FolderProblem(options) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine("Run 'twitchsite check --help' for the options.");
            return ExitCodes.UsageError;
        }

        var outcome = SiteBuilder.Build(options);
        var level = result.GetValue(_logLevel);
        var formatter = new DiagnosticFormatter(Directory.GetCurrentDirectory());
        var shown = outcome.Diagnostics.Where(d => d.Severity == Severity.Error || (d.Severity == Severity.Warning && level >= LogLevel.Warning)).ToList();
        foreach (var diagnostic in shown)
        {
            error.WriteLine(formatter.Format(diagnostic));
            error.WriteLine();
        }

        if (level >= LogLevel.Info)
        {
            var settings = Settings.ContentCheckSettings.From(Settings.SiteSettings.Load(Path.GetFullPath(options.Input), new DiagnosticSink()).Metadata);
            var todayDate = BuildClock.Today(BuildClock.For(options.Today));
            PageReport.Write(output, outcome.Engine.DocumentsOf(PipelineNames.Content), settings, todayDate, formatter, Path.GetFullPath(options.Input));
        }

        var summary = $"Checked {Count(outcome.Pages, "page")}: {Count(outcome.Errors, "error")}, {Count(outcome.Warnings, "warning")}.";
        if (outcome.Succeeded)
        {
            output.WriteLine(summary);
        }
        else
        {
            error.WriteLine(summary);
        }

        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
