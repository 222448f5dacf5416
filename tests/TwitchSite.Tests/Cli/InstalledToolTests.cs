using System.Diagnostics;
using System.Text.RegularExpressions;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>
/// The generator as a user installs it: `dotnet pack` makes a .NET tool package, `dotnet tool
/// install` puts it in a tool folder, and the installed `twitchsite` builds a folder of plain
/// docs (no _site.yml, no theme) from an empty working directory with the theme inside the tool,
/// and nothing of the Muscle Twitch Guide (its words, its health checks) ends up in the pages or
/// the log. Slow: it packs and installs the tool (about a minute).
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class InstalledToolTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "twitchsite-tool-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Given_the_packed_tool_installed_When_it_builds_a_foreign_docs_folder_from_an_empty_directory_Then_pages_are_written_with_nothing_of_this_site()
    {
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var docs = Path.Combine(_root, "project", "docs");
        WriteDocs(docs);

        var pack = Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "TwitchSite"), "-c", "Release", "-o", packages, "-nologo"], RepoPaths.Root);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(packages, "TwitchSite.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["TwitchSite.".Length..];

        var install = Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "--version", version, "TwitchSite"], empty);
        Assert.True(install.ExitCode == 0, install.Output);

        var output = Path.Combine(_root, "site");
        var build = Run(Path.Combine(tools, "twitchsite"), ["build", "-i", docs, "-o", output, "--no-search"], empty);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        Assert.True(File.Exists(Path.Combine(output, "index.html")), build.Output);
        Assert.True(File.Exists(Path.Combine(output, "guide", "install", "index.html")), build.Output);
        var page = File.ReadAllText(Path.Combine(output, "guide", "install", "index.html"));
        Assert.Contains("<h2 id=\"download\">Download</h2>", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Breadcrumb\"", page, StringComparison.Ordinal);
        Assert.Contains("On this page", page, StringComparison.Ordinal);

        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.False(SiteWords().IsMatch(text), $"{file} has a word of the Muscle Twitch Guide: {SiteWords().Match(text).Value}");
        }

        Assert.DoesNotMatch(@"TW07\d\d", build.Output);
        Assert.DoesNotMatch(SiteWords(), build.Output.Replace("twitchsite", "", StringComparison.Ordinal));
        Assert.Contains("TW0230", build.Output, StringComparison.Ordinal); // `layout: docs` falls back, once
        Assert.Single(Regex.Matches(build.Output, @"^\S+:\d+:\d+: warning TW0230", RegexOptions.Multiline));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"twitch|\b999\b|\bGP\b|disclaimer|medical|fasciculation", RegexOptions.IgnoreCase)]
    private static partial Regex SiteWords();

    private static void WriteDocs(string docs)
    {
        Directory.CreateDirectory(Path.Combine(docs, "guide"));
        File.WriteAllText(Path.Combine(docs, "index.md"), "# Widget docs\n\nWidgets are small tools with long explanations that go on and on well beyond any sentence length a health site would want to allow, because this is documentation and it does not care. Read the [guide](guide/install.md).\n");
        File.WriteAllText(Path.Combine(docs, "guide", "install.md"), "---\ntitle: Installing\nlayout: docs\n---\n## Download\n\nGet the widget.\n\n## Configure\n\nSet it up.\n");
        File.WriteAllText(Path.Combine(docs, "guide", "usage.md"), "---\ntitle: Usage\nlayout: docs\n---\nUse the widget.\n");
    }

    private static (int ExitCode, string Output) Run(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
