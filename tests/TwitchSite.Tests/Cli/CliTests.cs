using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Cli;

/// <summary>The real command-line program, run as a process in a fixture folder.</summary>
[Trait("Category", "Slow")] // runs the program as a process
public sealed class CliTests
{
    private const string GoodSite = """
        -- input/index.md --
        ---
        title: Home
        description: Home page.
        ---
        Hello.
        """;

    [Fact]
    public void Plain_run_builds_with_the_default_folders_and_prints_a_summary()
    {
        using var site = FixtureSite.Create(GoodSite);
        CopyTheme(site);

        // The copied theme has no node_modules: with search on, this would install Pagefind into it.
        var run = site.RunCli("--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Built 1 page to output", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Time per pipeline: Data \d+ ms, Assets \d+ ms, Content \d+ ms, Sitemap \d+ ms, Feed \d+ ms, Redirects \d+ ms, Analyze \d+ ms", run.Stdout);
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Build_with_folders_given_writes_there()
    {
        using var site = FixtureSite.Create(GoodSite);

        var run = site.RunCli("build", "-i", "input", "-o", "public", "-t", RepoPaths.Theme, "--no-search", "-l", "warning");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "public", "index.html")));
        Assert.DoesNotContain("Time per pipeline", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hundreds_of_warnings_over_many_files_When_built_Then_each_shows_its_own_source_line_in_file_order()
    {
        // Over 256 diagnostics are formatted in parallel runs: each must still carry the line of
        // its own file, and the list must keep the sorted order.
        using var site = FixtureSite.Create(GoodSite);
        for (var page = 0; page < 120; page++)
        {
            site.Write($"input/p{page:000}.md", $"---\ntitle: Page {page}\ndescription: Page {page}.\ncolour{page}: red\nshade{page}: dark\nmood{page}: calm\n---\nText.\n");
        }

        var run = site.RunCli("-t", RepoPaths.Theme, "--no-search");

        Assert.Equal(0, run.ExitCode);
        var headers = run.Stderr.Split('\n').Where(l => l.StartsWith("input/p", StringComparison.Ordinal)).ToList();
        Assert.Equal(360, headers.Count(h => h.Contains("warning TW0105", StringComparison.Ordinal)));
        Assert.Equal(headers.OrderBy(h => h, StringComparer.Ordinal), headers);
        foreach (var page in new[] { 0, 57, 119 })
        {
            Assert.Contains($"input/p{page:000}.md:5:1: warning TW0105: unknown front matter key 'shade{page}'\n    shade{page}: dark\n    ^", run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Content_errors_exit_1_with_located_diagnostics_a_numbered_summary_and_no_stack_trace()
    {
        using var site = FixtureSite.Create(GoodSite + "\n" + """
            -- input/a.md --
            ---
            title: A
            order: first
            ---
            See [b](b.md).
            """);

        var run = site.RunCli("-t", RepoPaths.Theme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/a.md:3:8: error TW0104: 'order' must be a whole number, not 'first'\n    order: first\n           ^\n    hint: write a whole number, e.g. `order: 3`", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  1. input/a.md:3:8: error TW0104", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  2. input/a.md:5:5: error TW0301: link to 'b.md': no such page", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build failed with 2 errors", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Strict_turns_a_warning_into_exit_1()
    {
        using var site = FixtureSite.Create(GoodSite.Replace("description: Home page.", "description: Home page.\ncolour: blue", StringComparison.Ordinal));

        Assert.Equal(0, site.RunCli("-t", RepoPaths.Theme).ExitCode);
        var strict = site.RunCli("-t", RepoPaths.Theme, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("input/index.md:4:1: error TW0105: unknown front matter key 'colour'", strict.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate" }, "Unrecognized command or argument '--frobnicate'")]
    [InlineData(new[] { "-i", "missing" }, "input folder 'missing' does not exist")]
    [InlineData(new[] { "-o", "input/out" }, "must not be, contain or lie inside the input folder")]
    [InlineData(new[] { "-o", "." }, "must not be, contain or lie inside the input folder")]
    [InlineData(new[] { "-t", "nowhere" }, "theme folder 'nowhere' does not exist")]
    [InlineData(new[] { "--log-level", "loud" }, "loud")]
    public void Usage_errors_exit_2_with_a_message(string[] args, string message)
    {
        using var site = FixtureSite.Create(GoodSite);
        var allArgs = args.Contains("-t") ? args : [.. args, "-t", RepoPaths.Theme];

        var run = site.RunCli(allArgs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_documents_every_option_and_the_build_command()
    {
        using var site = FixtureSite.Create(GoodSite);

        var run = site.RunCli("build", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "-i, --input", "-o, --output", "-t, --theme", "--strict", "--no-search", "-l, --log-level" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }
    }

    private static void CopyTheme(FixtureSite site)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(RepoPaths.Theme, file);
            site.WriteBytes(Path.Combine("theme", relative), File.ReadAllBytes(file));
        }
    }
}
