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
                error.WriteLine($"error: {problem.Message}");
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
    }
}
