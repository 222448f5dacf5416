using TwitchSite.Site;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// Every wrong option or argument, run through the real program: exit 2, one line saying what is
/// wrong and one with a hint, never a stack trace, and nothing built.
/// </summary>
[Trait("Category", "Slow")] // runs the program as a process
public sealed class UsageErrorTests
{
    private const string GoodSite = """
        -- input/index.md --
        ---
        title: Home
        description: Home page.
        ---
        Hello.
        -- a-file.txt --
        not a folder
        """;

    [Theory]
    [InlineData("build -o ''", "--output was given an empty folder name")]
    [InlineData("build -i ''", "--input was given an empty folder name")]
    [InlineData("build -t ''", "--theme was given an empty folder name")]
    [InlineData("build -o '  '", "--output was given an empty folder name")]
    [InlineData("check -i ''", "--input was given an empty folder name")]
    [InlineData("check -t ''", "--theme was given an empty folder name")]
    [InlineData("preview -o ''", "--output was given an empty folder name")]
    [InlineData("preview -i ''", "--input was given an empty folder name")]
    [InlineData("build -i a-file.txt", "input 'a-file.txt' is a file, not a folder")]
    [InlineData("build -t a-file.txt", "theme 'a-file.txt' is a file, not a folder")]
    [InlineData("build -o a-file.txt", "output 'a-file.txt' is a file, not a folder")]
    [InlineData("build -o a-file.txt/site", "output folder 'a-file.txt/site' cannot be created: 'a-file.txt' is a file, not a folder")]
    [InlineData("preview -t a-file.txt", "theme 'a-file.txt' is a file, not a folder")]
    [InlineData("preview -p -1", "--port '-1' is not a port number from 0 (any free port) to 65535")]
    [InlineData("preview -p 70000", "--port '70000' is not a port number from 0 (any free port) to 65535")]
    [InlineData("preview -p abc", "--port 'abc' is not a port number from 0 (any free port) to 65535")]
    [InlineData("preview --port ''", "--port '' is not a port number from 0 (any free port) to 65535")]
    [InlineData("build -l 5", "--log-level '5' is not one of Error, Warning, Info or Debug")]
    [InlineData("check --log-level loud", "--log-level 'loud' is not one of Error, Warning, Info or Debug")]
    [InlineData("build --today notadate", "--today 'notadate' is not a date written as YYYY-MM-DD")]
    [InlineData("preview --today 2026-02-30", "--today '2026-02-30' is not a date written as YYYY-MM-DD")]
    [InlineData("build --base-url ''", "--base-url '' is not a full http(s) address")]
    [InlineData("build --base-url example.org", "--base-url 'example.org' is not a full http(s) address")]
    [InlineData("publish", "Unrecognized command or argument 'publish'")]
    [InlineData("build extra", "Unrecognized command or argument 'extra'")]
    [InlineData("build -o", "Required argument missing for option: '-o'")]
    public void Given_a_bad_option_or_argument_When_run_Then_exit_2_with_one_line_and_a_hint_and_no_trace(string commandLine, string message)
    {
        using var site = FixtureSite.Create(GoodSite);
        var args = Split(commandLine);
        if (!args.Contains("-t") && !args.Contains("--theme"))
        {
            args = [args[0], "-t", RepoPaths.Theme, .. args[1..]]; // after the command, before an option left without its value
        }

        var run = site.RunCli(args);

        AssertUsageError(run, message);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("preview")]
    public void Given_TWITCHSITE_TODAY_that_is_not_a_date_When_run_Then_exit_2_naming_the_variable(string command)
    {
        using var site = FixtureSite.Create(GoodSite);

        var run = site.RunCli(new Dictionary<string, string?> { [BuildClock.EnvironmentVariable] = "notadate" }, command, "-t", RepoPaths.Theme);

        AssertUsageError(run, "TWITCHSITE_TODAY 'notadate' is not a date written as YYYY-MM-DD");
        Assert.Contains("unset it", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_TWITCHSITE_TODAY_When_built_Then_the_system_date_is_used()
    {
        using var site = FixtureSite.Create(GoodSite);

        var run = site.RunCli(new Dictionary<string, string?> { [BuildClock.EnvironmentVariable] = "" }, "-t", RepoPaths.Theme, "--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Given_the_output_is_the_home_folder_or_holds_it_When_built_Then_it_is_refused_and_nothing_there_moves()
    {
        using var site = FixtureSite.Create(GoodSite);
        var home = Path.Combine(site.Root, "home"); // a stand-in home: HOME points here, never at the real one
        site.Write("home/notes.txt", "mine");
        var lastWrite = Directory.GetLastWriteTimeUtc(home);
        var environment = new Dictionary<string, string?> { ["HOME"] = home };

        foreach (var output in new[] { home, home + "/", Path.Combine(home, "..", "home") })
        {
            var run = site.RunCli(environment, "-o", output, "-t", RepoPaths.Theme, "--no-search");

            AssertUsageError(run, "is your home folder or holds it");
        }

        Assert.Equal("mine", File.ReadAllText(Path.Combine(home, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(home, "index.html")), "the site was written into the home folder");
        Assert.False(File.Exists(Path.Combine(home, ".twitchsite-manifest")), "the home folder was replaced by a built site");
        Assert.Equal(lastWrite, Directory.GetLastWriteTimeUtc(home));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Root), e => Path.GetFileName(e).StartsWith(".home", StringComparison.Ordinal));
    }

    private static void AssertUsageError(CliResult run, string message)
    {
        var lines = run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}:\n{run.Stderr}");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.Matches("^(hint: |Run 'twitchsite)", lines[1]);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    /// <summary>Splits on spaces; <c>''</c> is an empty argument and <c>'  '</c> one of two spaces.</summary>
    private static string[] Split(string commandLine) =>
        System.Text.RegularExpressions.Regex.Matches(commandLine, "'[^']*'|\\S+").Select(m => m.Value.StartsWith('\'') ? m.Value[1..^1] : m.Value).ToArray();
}
