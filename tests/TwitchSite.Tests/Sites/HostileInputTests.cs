using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Hostile or absurd input: every case ends in a located diagnostic with its own code, never
/// in an internal error, a runaway build or unbounded output.
/// </summary>
public sealed class HostileInputTests
{
    private const string Settings = """
        -- input/_site.yml --
        title: Fixture
        language: en-GB
        base_url: https://fixture.example
        required_front_matter: [title, description]
        """;

    private const string GoodPage = """
        -- input/index.md --
        ---
        title: Home
        description: The home page.
        ---
        Welcome.
        """;

    private const string Page = "-- input/a.md --\n---\ntitle: A\ndescription: A page.\n---\n";

    [Fact]
    [Trait("Category", "Slow")] // thousands of nesting levels: seconds
    public void Given_lists_nested_thousands_of_levels_deep_When_built_Then_it_completes_with_TW0203_at_the_first_level_too_deep()
    {
        // 6 MB of indentation, under the 8 M characters a page may have (a longer page is refused
        // as too large before it is read, TW0411): Markdig alone would take hours; the check
        // before it reads it once.
        var lists = string.Concat(Enumerable.Range(0, 2_500).Select(i => new string(' ', 2 * i) + "- item\n"));
        AssertDiagnostics(Page + lists,
            "input/a.md:37:65: error TW0203: markdown nested too deeply: more than 32 lists and quotes inside each other");
    }

    [Fact]
    public void Given_quotes_nested_on_one_line_When_built_Then_TW0203_at_the_marker_too_deep()
    {
        AssertDiagnostics(Page + new string('>', 20_000) + " x\n",
            "input/a.md:5:33: error TW0203: markdown nested too deeply: more than 32 lists and quotes inside each other");
    }

    [Fact]
    public void Given_list_markers_nested_on_one_line_When_built_Then_TW0203()
    {
        AssertDiagnostics(Page + "Text.\n\n" + string.Concat(Enumerable.Repeat("- ", 5_000)) + "x\n",
            "input/a.md:7:65: error TW0203: markdown nested too deeply: more than 32 lists and quotes inside each other");
    }

    [Fact]
    public void Given_twenty_thousand_open_brackets_When_built_Then_TW0203_not_an_internal_error()
    {
        AssertDiagnostics(Page + new string('[', 20_000) + "x" + new string(']', 20_000) + "\n",
            "input/a.md:5:33: error TW0203: markdown nested too deeply: more than 32 square brackets `[` open inside each other");
    }

    [Fact]
    public void Given_twenty_thousand_emphasis_markers_When_built_Then_TW0203_not_an_internal_error()
    {
        AssertDiagnostics(Page + "Some text.\n" + new string('*', 20_000) + "x" + new string('*', 20_000) + "\n",
            "input/a.md:6:1: error TW0203: markdown nested too deeply: more than 32 emphasis markers `*` or `_` open inside each other");
    }

    [Fact]
    public void Given_ordinary_deep_markdown_and_lookalikes_When_built_Then_no_nesting_error()
    {
        // Thirty levels of list, a long starred rule, brackets in fenced code and escaped brackets are all fine.
        var lists = string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', 2 * i) + "- item\n"));
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage + "\n" + Page + lists + "\n"
            + string.Join(' ', Enumerable.Repeat('*', 60)) + "\n\n```\n" + new string('[', 100) + "\n```\n\n" + string.Concat(Enumerable.Repeat("\\[", 100)) + "\n");
        var outcome = site.Build();
        Assert.Empty(site.Headers(outcome));
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public void Given_a_layout_looping_over_a_billion_numbers_When_built_Then_TW0410_at_the_loop()
    {
        AssertDiagnostics("""
            -- input/layouts/page.liquid --
            <html>
            <body>
              {% for i in (1..1000000000) %}{{ i }}{% endfor %}
            </body>
            </html>
            """,
            "input/layouts/page.liquid:3:3: error TW0410: layout 'page' was stopped: a range of 1,000,000,000 numbers; at most 100,000");
    }

    [Fact]
    public void Given_a_layout_with_nested_loops_When_built_Then_TW0410_for_too_many_steps()
    {
        AssertDiagnostics("""
            -- input/layouts/page.liquid --
            ---
            layout: base
            ---
            <main>{{ content }}</main>
            {% for i in (1..10000) %}
              {% for j in (1..10000) %}{{ j }}{% endfor %}
            {% endfor %}
            """,
            "input/layouts/page.liquid:5:1: error TW0410: layout 'page' was stopped: it ran more than 1,000,000 Liquid steps for one page, or includes went more than 50 levels deep");
    }

    [Fact]
    public void Given_a_layout_printing_the_page_over_and_over_When_built_Then_TW0411_before_memory_runs_out()
    {
        var prints = string.Concat(Enumerable.Repeat("{{ content }}", 30));
        AssertDiagnostics(Page + string.Concat(Enumerable.Repeat("Words and more words. ", 1000)) + "\n-- input/layouts/page.liquid --\n<html><body>\n{% for i in (1..20000) %}" + prints + "{% endfor %}\n</body></html>\n",
            "input/layouts/page.liquid:2:1: error TW0411: layout 'page' was stopped: the page it made passed 64 MB");
    }

    [Fact]
    public void Given_a_theme_without_a_layouts_folder_When_built_Then_one_TW0412_naming_the_folder()
    {
        AssertDiagnostics(Page + "Body.\n-- input/b.md --\n---\ntitle: B\ndescription: B.\n---\nB.\n-- theme/assets/site.css --\nbody { color: black; }\n",
            "theme/layouts:1:1: error TW0412: the theme has no layouts folder");
    }

    [Fact]
    [Trait("Category", "Slow")] // runs the program as a process
    public void Given_a_page_with_a_thousand_broken_links_When_built_on_the_command_line_Then_fifty_are_printed_and_the_rest_counted()
    {
        var links = string.Concat(Enumerable.Range(1, 1000).Select(i => $"[link {i}](missing-{i}.md)\n\n"));
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage + "\n" + Page + links);

        var run = site.RunCli("build", "-t", RepoPaths.Theme, "--no-search");

        Assert.Equal(1, run.ExitCode);
        var blocks = run.Stderr.Split('\n').Where(l => l.StartsWith("input/a.md:", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, blocks.Count(l => l.Contains("error TW0301", StringComparison.Ordinal)));
        Assert.Contains("input/a.md: 950 more diagnostics not shown (at most 50 per file)", blocks);
        Assert.Contains("1000 errors, 0 warnings:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Build failed with 1000 errors", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_tab_in_front_matter_When_built_Then_TW0102_points_at_the_tab()
    {
        AssertDiagnostics("-- input/a.md --\n---\ntitle: A\ndescription: A page.\n\torder: 1\n---\nBody.\n",
            "input/a.md:4:1: error TW0102: invalid YAML in front matter: a tab character here: YAML indents with spaces only, so replace the tab with spaces");
    }

    [Fact]
    public void Given_a_tab_in_a_directory_file_When_built_Then_TW0102_points_at_the_tab()
    {
        AssertDiagnostics("-- input/sec/_directory.yml --\norder: 2\nlayout: page\n  \tx: 1\n",
            "input/sec/_directory.yml:3:3: error TW0102: invalid YAML in folder defaults: a tab character here: YAML indents with spaces only, so replace the tab with spaces");
    }

    [Fact]
    public void Given_a_required_key_with_the_wrong_type_When_built_Then_only_the_wrong_type_is_reported()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: [a, b]
            description: A page.
            ---
            Body.
            """,
            "input/a.md:2:8: error TW0104: 'title' must be a single line of text");
    }

    [Fact]
    public void Given_a_layout_doubling_a_text_in_a_loop_When_built_Then_TW0410_before_memory_runs_out()
    {
        AssertDiagnostics("""
            -- input/layouts/page.liquid --
            <html>
            <body>
            {% assign s = "x" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}
            </body>
            </html>
            """,
            "input/layouts/page.liquid:3:21: error TW0410: layout 'page' was stopped: a text of 33,554,432 characters made with append or prepend; at most 16,777,216");
    }

    internal static void AssertDiagnostics(string files, params string[] expected)
    {
        using var site = FixtureSite.Create(Settings + "\n" + (files.Contains("-- input/index.md --", StringComparison.Ordinal) ? "" : GoodPage + "\n") + files);
        var outcome = site.Build();
        Assert.Equal(expected, site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }
}
