namespace TwitchSite.Engine.Tests.Diagnostics;

public sealed class DiagnosticSinkTests
{
    [Fact]
    public void Given_strict_mode_When_a_warning_is_added_Then_it_is_kept_as_an_error()
    {
        var sink = new DiagnosticSink { WarningsAsErrors = true };

        sink.Add(Diagnostic.Warning("TW0401", "review date passed", new SourceLocation("/site/a.md", 2, 1), "update reviewed:"));

        Assert.True(sink.HasErrors);
        Assert.Equal(1, sink.Count(Severity.Error));
        Assert.Equal(0, sink.Count(Severity.Warning));
        Assert.Equal(Diagnostic.Error("TW0401", "review date passed", new SourceLocation("/site/a.md", 2, 1), "update reviewed:"), Assert.Single(sink.All));
    }

    [Fact]
    public void Given_the_same_problem_twice_once_with_its_source_line_When_listed_Then_it_is_listed_once_and_strict_mode_keeps_the_line()
    {
        var sink = new DiagnosticSink { WarningsAsErrors = true };
        var located = Diagnostic.Warning("TW0105", "unknown front matter key 'x'", new SourceLocation("/site/a.md", 3, 1));

        sink.Add(located with { SourceText = "x: 1" });
        sink.Add(located);

        Assert.Equal("x: 1", Assert.Single(sink.All).SourceText);
    }

    [Fact]
    public void Given_strict_mode_When_info_is_added_Then_it_stays_info()
    {
        var sink = new DiagnosticSink { WarningsAsErrors = true };

        sink.Add(new Diagnostic(Severity.Info, "TW0900", "built 3 pages"));

        Assert.False(sink.HasErrors);
        Assert.Equal(1, sink.Count(Severity.Info));
    }

    [Fact]
    public void Given_normal_mode_When_a_warning_is_added_Then_it_stays_a_warning_and_there_are_no_errors()
    {
        var sink = new DiagnosticSink();

        sink.Add(Diagnostic.Warning("TW0401", "review date passed"));

        Assert.False(sink.HasErrors);
        Assert.Equal(1, sink.Count(Severity.Warning));
        Assert.Equal(Severity.Warning, Assert.Single(sink.All).Severity);
    }

    [Fact]
    public void Given_an_empty_sink_When_read_Then_nothing_and_no_errors()
    {
        var sink = new DiagnosticSink();

        Assert.Empty(sink.All);
        Assert.False(sink.HasErrors);
        Assert.Equal(0, sink.Count(Severity.Error));
    }

    [Fact]
    public void Given_diagnostics_added_in_any_order_When_All_Then_sorted_by_path_line_column_code()
    {
        var sink = new DiagnosticSink();
        Diagnostic[] expected =
        [
            Diagnostic.Error("TW0002", "no file"),
            Diagnostic.Error("TW0500", "z", new SourceLocation("/site/Z.md", 1, 1)),
            Diagnostic.Error("TW0100", "x", new SourceLocation("/site/a.md", 2, 3)),
            Diagnostic.Warning("TW0300", "x", new SourceLocation("/site/a.md", 2, 3)),
            Diagnostic.Error("TW0100", "x", new SourceLocation("/site/a.md", 2, 10)),
            Diagnostic.Error("TW0100", "x", new SourceLocation("/site/a.md", 10, 1)),
            Diagnostic.Error("TW0100", "x", new SourceLocation("/site/a/b.md", 1, 1)),
            Diagnostic.Error("TW0100", "x", new SourceLocation("/site/b.md", 1, 1)),
        ];
        // Reversed, so that every pair which a dropped sort key would leave tied comes out in the wrong order.
        foreach (var diagnostic in expected.Reverse())
        {
            sink.Add(diagnostic);
        }

        Assert.Equal(expected, sink.All);
    }

    [Fact]
    public void Given_the_same_diagnostic_added_twice_When_All_Then_it_appears_once()
    {
        var sink = new DiagnosticSink();
        var location = new SourceLocation("/site/a.md", 3, 7);

        sink.Add(Diagnostic.Error("TW0301", "link to 'b.md': no such page", location, "check the spelling"));
        sink.Add(Diagnostic.Error("TW0301", "link to 'b.md': no such page", location, "check the spelling"));
        sink.Add(Diagnostic.Error("TW0301", "link to 'c.md': no such page", location, "check the spelling"));

        Assert.Equal(
            [
                Diagnostic.Error("TW0301", "link to 'b.md': no such page", location, "check the spelling"),
                Diagnostic.Error("TW0301", "link to 'c.md': no such page", location, "check the spelling"),
            ],
            sink.All);
    }

    [Fact]
    public void Given_many_threads_adding_When_All_Then_nothing_is_lost()
    {
        var sink = new DiagnosticSink();

        Parallel.For(0, 1000, i => sink.Add(Diagnostic.Error("TW0100", "x", new SourceLocation($"/site/p{i:D4}.md"))));

        Assert.Equal(1000, sink.Count(Severity.Error));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"/site/p{i:D4}.md"), sink.All.Select(d => d.Location!.FullPath));
    }
}
