using System.CommandLine;

namespace TwitchSite.Cli;

/// <summary>
/// The command-line interface: <c>twitchsite [build] [options]</c>. <c>build</c> is also the
/// root command's action, so a plain run builds, as in Statiq. Usage errors exit with 2.
/// </summary>
public static class CommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("TwitchSite: builds a folder of markdown into a static documentation site.");
        new BuildCommand().Attach(root, output, error);
        var build = new Command("build", "Build the site into the output folder (the default command).");
        new BuildCommand().Attach(build, output, error);
        root.Subcommands.Add(build);
        root.Subcommands.Add(new PreviewCommand().Create(output, error));
        root.Subcommands.Add(new CheckCommand().Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {OneLine(problem.Message)}");
            }

            error.WriteLine("Run 'twitchsite --help' for the commands and options.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine("The previous output was left as it was.");
            return ExitCodes.ContentErrors;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug: one clear line instead of a stack trace. Staging is discarded on the way
            // out (the output is only ever replaced by a finished commit), so this holds too.
            error.WriteLine($"error {Diagnostics.Codes.EngineDescriptors.UnexpectedError.Code}: unexpected {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("    hint: this is a bug in TwitchSite, not in your files; please report it with this message. The previous output was left as it was.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// A parser message on one line: System.CommandLine lists suggestions on lines of their own
    /// ("Did you mean one of the following?" then one per line); they are joined with commas.
    /// </summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines[1..]);
    }
}
