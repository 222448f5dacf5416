using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Includes and mdBook's SUMMARY.md written to blow up: a file that includes itself several times
/// (every include syntax), line numbers too large for a number, a summary nested thousands deep.
/// Each ends in a located diagnostic, never an internal error (TW0001), a runaway build or unbounded output.
/// </summary>
public sealed class IncludeLimitsTests
{
    // About 300 characters a copy: five includes of itself, 8 levels deep, would make 5⁷ copies (30 M
    // characters), past the 8 M a page may have, and the old expansion built them all first.
    private static readonly string Padding = new string('x', 300) + "\n";

    [Fact]
    public void Given_an_mdbook_include_of_a_file_including_itself_five_times_When_built_Then_TW0411_at_the_include_and_nothing_is_expanded()
    {
        AssertRefused("{{#include b.txt}}\n", Padding + string.Concat(Enumerable.Repeat("{{#include b.txt}}\n", 5)));
    }

    [Fact]
    public void Given_an_mkdocs_snippet_of_a_file_including_itself_five_times_When_built_Then_TW0411_at_the_snippet()
    {
        AssertRefused("--8<-- \"b.txt\"\n", Padding + string.Concat(Enumerable.Repeat("--8<-- \"b.txt\"\n", 5)));
    }

    [Fact]
    public void Given_a_markdown_include_of_a_file_including_itself_five_times_When_built_Then_TW0411_at_the_include()
    {
        AssertRefused("{! b.txt !}\n", Padding + string.Concat(Enumerable.Repeat("{! b.txt !}\n", 5)));
    }

    [Fact]
    public void Given_an_indented_snippet_of_many_lines_When_built_Then_its_indentation_counts_towards_the_limit()
    {
        // 5 M characters of indentation before a snippet of 2 lines makes 10 M.
        using var site = FixtureSite.Create("-- input/a.md --\n# A\n\n" + new string(' ', 5_000_000) + "--8<-- \"b.txt\"\n-- input/b.txt --\none\ntwo\n");

        var outcome = site.Build();

        Assert.Contains("input/a.md:3:1: error TW0411: page 'a.md' is too large to publish: its includes pass the limit of 8 million characters for one page (at include 'b.txt'; it was not read)", site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public void Given_includes_just_under_the_limit_When_built_Then_the_page_builds()
    {
        // Three copies of a 1 M character file: 3 M characters, well under the limit.
        using var site = FixtureSite.Create("-- input/a.md --\n# A\n\n{{#include b.txt}}\n\n{{#include b.txt}}\n\n{{#include b.txt}}\n-- input/b.txt --\n" + new string('y', 1_000_000) + "\n");

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.ReadOutput("a/index.html").Length > 3_000_000);
    }

    [Fact]
    public void Given_include_line_numbers_too_large_for_a_number_When_built_Then_they_stop_at_the_file_end_as_in_mdbook()
    {
        using var site = FixtureSite.Create("""
            -- input/a.md --
            # A

            Past the end: {{#include b.txt:99999999999}}

            From line 2: {{#include b.txt:2:99999999999}}

            Up to a line past the end: {{#include b.txt::99999999999}}

            Not a line number: {{#include b.txt:٣}}
            -- input/b.txt --
            first
            second
            """);

        var outcome = site.Build();

        Assert.Equal(["input/a.md:9:20: error TW0251: include 'b.txt:٣': no anchor '٣' in 'b.txt'"], site.Headers(outcome));
        site.Write("input/a.md", "# A\n\nPast the end: {{#include b.txt:99999999999}}\n\nFrom line 2: {{#include b.txt:2:99999999999}}\n\nUp to a line past the end: {{#include b.txt::99999999999}}\n");
        outcome = site.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var text = site.ReadOutput("a/index.html");
        Assert.Contains("<p>Past the end:</p>", text, StringComparison.Ordinal);
        Assert.Contains("From line 2: second", text, StringComparison.Ordinal);
        Assert.Contains("Up to a line past the end: first\nsecond", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_summary_nested_130_levels_deep_When_built_Then_TW0203_at_summary_md_and_no_internal_error()
    {
        var summary = "# Summary\n\n" + string.Concat(Enumerable.Range(0, 130).Select(i => new string(' ', 2 * i) + $"- [A{i}](a.md)\n"));
        using var site = FixtureSite.Create("-- input/SUMMARY.md --\n" + summary + "-- input/a.md --\n# A\n");

        var outcome = site.Build();

        Assert.Equal(["input/SUMMARY.md:35:65: error TW0203: markdown nested too deeply: more than 32 lists and quotes inside each other"], site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public void Given_a_summary_of_fifty_thousand_open_brackets_When_built_Then_TW0203_at_summary_md()
    {
        using var site = FixtureSite.Create("-- input/SUMMARY.md --\n# Summary\n\n" + new string('[', 50_000) + "\n-- input/a.md --\n# A\n");

        var outcome = site.Build();

        Assert.Equal(["input/SUMMARY.md:3:33: error TW0203: markdown nested too deeply: more than 32 square brackets `[` open inside each other"], site.Headers(outcome));
    }

    [Fact]
    public void Given_a_summary_over_the_page_length_limit_When_built_Then_TW0411_at_summary_md()
    {
        using var site = FixtureSite.Create("-- input/SUMMARY.md --\n# Summary\n\n- [A](a.md)\n" + new string('y', 9_000_000) + "\n-- input/a.md --\n# A\n");

        var outcome = site.Build();

        Assert.Equal(["input/SUMMARY.md:1:1: error TW0411: page 'SUMMARY.md' is too large to publish: its markdown is 9.0 million characters, over the limit of 8 million for one page (it was not read)"], site.Headers(outcome));
    }

    private static void AssertRefused(string directive, string included)
    {
        using var site = FixtureSite.Create("-- input/a.md --\n# A\n\n" + directive + "-- input/b.txt --\n" + included);

        var outcome = site.Build();

        Assert.Equal(["input/a.md:3:1: error TW0411: page 'a.md' is too large to publish: its includes pass the limit of 8 million characters for one page (at include 'b.txt'; it was not read)"], site.Headers(outcome));
        Assert.False(outcome.Succeeded);
        // Refused as a page too long is: nothing of it was expanded or written.
        Assert.True(Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) < 1_000_000);
    }
}
