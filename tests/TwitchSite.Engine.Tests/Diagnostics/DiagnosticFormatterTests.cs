namespace TwitchSite.Engine.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly string Base = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "twitchsite-formatter", "repo"));

    private static string InBase(string relative) => Path.Combine(Base, relative.Replace('/', Path.DirectorySeparatorChar));

    private static DiagnosticFormatter WithLines(params string[] lines) => new(Base, _ => lines);

    [Fact]
    public void Given_an_error_with_source_and_hint_When_formatted_Then_header_indented_line_caret_and_hint()
    {
        var lines = Enumerable.Repeat("", 11).Append("See the [hydration tips](remedies.md#hydration).").ToArray();
        var diagnostic = Diagnostic.Error(
            "TW0301",
            "link to 'remedies.md#hydration': no heading 'hydration' there",
            new SourceLocation(InBase("input/causes/caffeine.md"), 12, 5),
            "add the heading or fix the anchor");

        var text = WithLines(lines).Format(diagnostic);

        Assert.Equal(
            "input/causes/caffeine.md:12:5: error TW0301: link to 'remedies.md#hydration': no heading 'hydration' there\n" +
            "    See the [hydration tips](remedies.md#hydration).\n" +
            "        ^\n" +
            "    hint: add the heading or fix the anchor",
            text);
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "info")]
    public void Given_a_severity_When_the_header_is_made_Then_it_is_lower_case(Severity severity, string shown)
    {
        var diagnostic = new Diagnostic(severity, "TW0401", "review date passed", new SourceLocation(InBase("input/a.md"), 2, 1));

        Assert.Equal($"input/a.md:2:1: {shown} TW0401: review date passed", WithLines().Header(diagnostic));
    }

    [Fact]
    public void Given_no_location_When_formatted_Then_only_severity_code_message_and_hint()
    {
        var diagnostic = Diagnostic.Error("TW0002", "no pages found", hint: "add a markdown file under input/");

        Assert.Equal("error TW0002: no pages found\n    hint: add a markdown file under input/", WithLines("x").Format(diagnostic));
    }

    [Fact]
    public void Given_no_hint_When_formatted_Then_no_hint_line()
    {
        var diagnostic = Diagnostic.Error("TW0101", "front matter is not closed", new SourceLocation(InBase("input/a.md")));

        Assert.Equal("input/a.md:1:1: error TW0101: front matter is not closed\n    ---\n    ^", WithLines("---", "title: A").Format(diagnostic));
    }

    [Fact]
    public void Given_a_path_outside_the_base_folder_When_shown_Then_it_is_absolute()
    {
        var outside = Path.GetFullPath(Path.Combine(Base, "..", "other", "a.md"));
        var sibling = Path.GetFullPath(Path.Combine(Base, "..", "repo2", "a.md"));
        var formatter = WithLines();

        Assert.Equal(outside.Replace('\\', '/'), formatter.DisplayPath(outside));
        Assert.Equal(sibling.Replace('\\', '/'), formatter.DisplayPath(sibling));
        Assert.StartsWith(outside.Replace('\\', '/') + ":4:2: error TW0100: x", formatter.Header(Diagnostic.Error("TW0100", "x", new SourceLocation(outside, 4, 2))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/a.md", "input/a.md")]
    [InlineData("input/causes/deep/b.md", "input/causes/deep/b.md")]
    [InlineData("README.md", "README.md")]
    public void Given_a_path_inside_the_base_folder_When_shown_Then_it_is_relative_with_slashes(string relative, string expected)
    {
        Assert.Equal(expected, WithLines().DisplayPath(InBase(relative)));
    }

    [Fact]
    public void Given_a_path_with_backslashes_When_shown_Then_they_become_slashes()
    {
        Assert.Equal("input/causes/a.md", WithLines().DisplayPath(Base + Path.DirectorySeparatorChar + "input\\causes\\a.md"));
    }

    [Fact]
    public void Given_a_file_inside_whose_name_starts_with_two_dots_When_shown_Then_it_is_relative()
    {
        Assert.Equal("..notes.md", WithLines().DisplayPath(InBase("..notes.md")));
    }

    [Fact]
    public void Given_tabs_in_the_source_line_When_formatted_Then_each_tab_shows_as_one_space_and_the_caret_stays_under_the_column()
    {
        var diagnostic = Diagnostic.Error("TW0102", "invalid YAML", new SourceLocation(InBase("input/a.md"), 2, 7));

        var text = WithLines("---", "\tkey:\tvalue", "---").Format(diagnostic);

        Assert.Equal(
            "input/a.md:2:7: error TW0102: invalid YAML\n" +
            "     key: value\n" +
            "          ^",
            text);
    }

    [Fact]
    public void Given_a_line_ending_in_carriage_return_When_formatted_Then_the_carriage_return_is_not_shown()
    {
        var text = WithLines("title: A\r", "body\r").Format(Diagnostic.Error("TW0100", "x", new SourceLocation(InBase("a.md"), 2, 4)));

        Assert.Equal("a.md:2:4: error TW0100: x\n    body\n       ^", text);
    }

    [Theory]
    [InlineData(10, "       ^")]
    [InlineData(4, "       ^")]
    [InlineData(0, "    ^")]
    public void Given_a_column_outside_the_line_When_formatted_Then_the_caret_is_clamped_to_the_line(int column, string caretLine)
    {
        var text = WithLines("abc").Format(Diagnostic.Error("TW0100", "x", new SourceLocation(InBase("a.md"), 1, column)));

        Assert.Equal($"a.md:1:{column}: error TW0100: x\n    abc\n{caretLine}", text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Given_a_line_the_file_does_not_have_When_formatted_Then_no_excerpt_but_the_hint(int line)
    {
        var text = WithLines("one", "two").Format(Diagnostic.Error("TW0100", "x", new SourceLocation(InBase("a.md"), line, 1), "fix it"));

        Assert.Equal($"a.md:{line}:1: error TW0100: x\n    hint: fix it", text);
    }

    [Fact]
    public void Given_a_file_that_cannot_be_read_When_formatted_Then_no_excerpt()
    {
        var formatter = new DiagnosticFormatter(Base, _ => null);

        Assert.Equal("a.md:1:1: error TW0100: x", formatter.Format(Diagnostic.Error("TW0100", "x", new SourceLocation(InBase("a.md")))));
    }

    [Fact]
    public void Given_several_diagnostics_in_one_file_When_formatted_Then_the_file_is_read_once()
    {
        var reads = new List<string>();
        var formatter = new DiagnosticFormatter(Base, path =>
        {
            reads.Add(path);
            return ["one", "two"];
        });

        formatter.Format(Diagnostic.Error("TW0100", "x", new SourceLocation(InBase("a.md"), 1, 1)));
        formatter.Format(Diagnostic.Error("TW0100", "y", new SourceLocation(InBase("a.md"), 2, 1)));
        formatter.Format(Diagnostic.Error("TW0100", "z", new SourceLocation(InBase("b.md"), 1, 1)));

        Assert.Equal([InBase("a.md"), InBase("b.md")], reads);
    }

    [Fact]
    public void Given_a_real_file_with_invalid_UTF8_When_formatted_Then_the_excerpt_still_prints_with_a_replacement_character()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("input/a.md", [.. "line one\nbad "u8, 0xFF, .. " here\n"u8]);
        var formatter = new DiagnosticFormatter(folder.FullPath);

        var text = formatter.Format(Diagnostic.Error("TW0201", "file is not valid UTF-8", new SourceLocation(path, 2, 5)));

        Assert.Equal("input/a.md:2:5: error TW0201: file is not valid UTF-8\n    bad \uFFFD here\n        ^", text);
    }

    [Fact]
    public void Given_a_missing_file_on_disk_When_formatted_Then_only_the_header()
    {
        using var folder = new TempFolder();
        var formatter = new DiagnosticFormatter(folder.FullPath);

        Assert.Equal("gone.md:3:1: error TW0100: x", formatter.Format(Diagnostic.Error("TW0100", "x", new SourceLocation(folder.PathOf("gone.md"), 3, 1))));
    }

    [Fact]
    public void Given_a_relative_base_folder_When_shown_Then_it_is_resolved_against_the_current_folder()
    {
        var formatter = new DiagnosticFormatter(".");

        Assert.Equal("sub/a.md", formatter.DisplayPath(Path.Combine(Environment.CurrentDirectory, "sub", "a.md")));
    }
}
