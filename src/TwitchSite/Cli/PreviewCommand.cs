using System.CommandLine;
using System.Runtime.InteropServices;
using TwitchSite.Building;
using TwitchSite.Preview;
using TwitchSite.Themes;

namespace TwitchSite.Cli;

/// <summary>
/// The <c>preview</c> command: builds the site, serves it on http://localhost:PORT (bound to
/// 127.0.0.1 only), rebuilds and reloads open pages on every saved change, and stops cleanly
/// with exit code 0 on Ctrl+C.
/// </summary>
public sealed class PreviewCommand
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    private readonly Option<string?> _input = SiteOptions.Input();
    private readonly Option<string> _output = SiteOptions.Output("Folder the site is written to and served from");
    private readonly Option<string?> _theme = SiteOptions.Theme();
    private readonly Option<int> _port = OptionParsers.PortOption(DefaultPort);
    private readonly Option<bool> _strict = SiteOptions.Strict("Treat warnings as errors");
    private readonly Option<bool> _noSearch = SiteOptions.NoSearch("Do not build the search index (by default it is rebuilt in the background after every change)");
    private readonly Option<string?> _today = SiteOptions.Today();
    private readonly Option<LogLevel> _logLevel = OptionParsers.LogLevelOption();

    /// <summary>Creates the command.</summary>
    public Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("preview", "Build, serve on http://localhost:5080 and rebuild on every change, reloading open pages. Ctrl+C stops.");
        foreach (var option in new Option[] { _input, _output, _theme, _port, _strict, _noSearch, _today, _logLevel })
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Run(result, output, error));
        return command;
    }

    private int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        var port = result.GetValue(_port); // its parser allows 0 to 65535 only

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
            Today = today,
        };
        if (BuildCommand.FolderProblem(options) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine("Run 'twitchsite preview --help' for the options.");
            return ExitCodes.UsageError;
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly below instead of being killed
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return RunAsync(options, port, result.GetValue(_logLevel), output, error, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(BuildOptions options, int port, LogLevel logLevel, TextWriter output, TextWriter error, CancellationToken stop)
    {
        LivePreview preview;
        try
        {
            preview = await LivePreview.StartAsync(options, port, output, error, Directory.GetCurrentDirectory(), logLevel).ConfigureAwait(false);
        }
        catch (IOException exception) when (exception.Message.Contains("address", StringComparison.OrdinalIgnoreCase) || exception.InnerException is System.Net.Sockets.SocketException)
        {
            error.WriteLine($"error: cannot serve on port {port}: {exception.Message}");
            error.WriteLine("Another program (or another preview) uses it: choose another port with --port N.");
            return ExitCodes.UsageError;
        }

        await using (preview.ConfigureAwait(false))
        {
            var shown = new UriBuilder(preview.Address) { Host = "localhost" }.Uri;
            output.WriteLine($"Preview at {shown} (listening on {preview.Address} only). Watching {Display(options.Input)} and {Display(options.Theme)}; press Ctrl+C to stop.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: fall through to a clean stop.
            }

            output.WriteLine("Stopping the preview.");
        }

        return ExitCodes.Success;
    }

    private static string Display(string folder) => Path.TrimEndingDirectorySeparator(folder).Replace('\\', '/') + "/";
}
