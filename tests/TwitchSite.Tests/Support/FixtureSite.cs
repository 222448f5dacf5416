using System.Diagnostics;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Site;

namespace TwitchSite.Tests.Support;

/// <summary>
/// A site written inline as one multi-file string (txtar style: a line <c>-- path --</c> starts
/// each file) into a fresh temporary folder, built in-process or through the real command line.
/// Uses the repository's theme unless the fixture has its own <c>theme/</c> files.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private FixtureSite(string root) => Root = root;

    /// <summary>The temporary folder holding input/, maybe theme/, and output/.</summary>
    public string Root { get; }

    /// <summary>The fixture's input folder.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>The output folder builds write to.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The theme builds use: the fixture's own when it has one, else the repository's.</summary>
    public string Theme => Directory.Exists(Path.Combine(Root, "theme")) ? Path.Combine(Root, "theme") : RepoPaths.Theme;

    /// <summary>Writes <paramref name="files"/> to a new temporary folder.</summary>
    public static FixtureSite Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "twitchsite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new FixtureSite(root);
        foreach (var (path, content) in Parse(files))
        {
            site.Write(path, content);
        }

        return site;
    }

    /// <summary>Writes (or replaces) one file of the fixture.</summary>
    public void Write(string relativePath, string content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Writes raw bytes to one file of the fixture.</summary>
    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>The date tests build on, so checks of review dates never depend on the day the tests run.</summary>
    public static readonly DateOnly TestToday = new(2026, 12, 1);

    /// <summary>Builds in-process; without the search index unless <paramref name="search"/> (it needs Pagefind).</summary>
    public BuildOutcome Build(bool strict = false, bool search = false) =>
        SiteBuilder.Build(new BuildOptions { Input = Input, Output = Output, Theme = Theme, Strict = strict, NoSearch = !search, Today = TestToday });

    /// <summary>Builds in-process with the tool's own default theme, as someone else's docs are built without <c>-t</c>; without search unless <paramref name="search"/>.</summary>
    public BuildOutcome BuildWithDefaultTheme(bool search = false) =>
        SiteBuilder.Build(new BuildOptions { Input = Input, Output = Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = !search, Today = TestToday });

    /// <summary>The diagnostics of <paramref name="outcome"/> as users see their first line, paths relative to the fixture.</summary>
    public IReadOnlyList<string> Headers(BuildOutcome outcome)
    {
        var formatter = new DiagnosticFormatter(Root);
        return outcome.Diagnostics.Select(formatter.Header).ToList();
    }

    /// <summary>Reads an output file as text.</summary>
    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>True when the output has <paramref name="relativePath"/>.</summary>
    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every output file (relative path) with its bytes, for comparing whole builds.</summary>
    public SortedDictionary<string, byte[]> OutputFiles()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(Output))
        {
            foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(Output, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    /// <summary>Runs the real command-line program in the fixture folder.</summary>
    public CliResult RunCli(params string[] args) => RunCli(new Dictionary<string, string?>(), args);

    /// <summary>Runs the real command-line program in the fixture folder with <paramref name="environment"/> set over the usual variables (null removes one).</summary>
    public CliResult RunCli(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = StartCli(args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("twitchsite did not finish within 2 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the real command-line program in the fixture folder, its output redirected, without waiting.</summary>
    public Process StartCli(params string[] args) => StartCli(args, new Dictionary<string, string?>());

    /// <summary>Starts the real command-line program in the fixture folder with <paramref name="environment"/> set over the usual variables (null removes one), without waiting.</summary>
    public Process StartCli(IReadOnlyDictionary<string, string?> environment, params string[] args) => StartCli(args, environment);

    private Process StartCli(string[] args, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[BuildClock.EnvironmentVariable] = TestToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(RepoPaths.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static IEnumerable<(string Path, string Content)> Parse(string files)
    {
        string? path = null;
        var content = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, string.Join('\n', content).TrimEnd('\n') + "\n");
                }

                path = line[3..^3].Trim();
                content.Clear();
                continue;
            }

            content.Add(line);
        }

        if (path is not null)
        {
            yield return (path, string.Join('\n', content).TrimEnd('\n') + "\n");
        }
    }
}

/// <summary>What a run of the command-line program did.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Stdout">What it printed on standard output.</param>
/// <param name="Stderr">What it printed on standard error.</param>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
