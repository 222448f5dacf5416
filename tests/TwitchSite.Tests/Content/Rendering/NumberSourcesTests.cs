using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.FrontMatter;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class NumberSourcesTests
{
    private static readonly List<SourceReference> Sources = [new("A", "https://a.example", null, "a"), new("B", "https://b.example", null, "b")];

    [Fact]
    public void Given_citations_When_numbered_Then_sources_are_listed_in_order_of_first_citation()
    {
        var page = ModuleRunner.Page("guide/a.md", "").WithValue(PageKeys.Sources, Sources);
        var sink = new DiagnosticSink();

        var numbered = NumberSources.Apply(page, StepSupport.Parse("Claim.[@b] Other.[@a] Again.[@b]\n"), StepSupport.Page, sink);

        Assert.Equal([("b", 1), ("a", 2)], numbered!.Select(s => (s.Id!, s.Number!.Value)));
        Assert.Equal(["cite-1", "cite-1-2"], numbered![0].CitedAt);
        Assert.Empty(sink.All);
    }

    [Fact]
    public void Given_a_citation_of_an_unknown_source_When_numbered_Then_it_is_reported_at_its_line()
    {
        var page = ModuleRunner.Page("guide/a.md", "").WithValue(PageKeys.Sources, Sources);
        var sink = new DiagnosticSink();

        NumberSources.Apply(page, StepSupport.Parse("Text.\n\nClaim.[@nope]\n"), StepSupport.Page, sink);

        var unknown = Assert.Single(sink.All, d => d.Message.Contains("nope", StringComparison.Ordinal));
        Assert.Equal((Severity.Error, 6), (unknown.Severity, unknown.Location!.Line));
    }

    [Fact]
    public void Given_a_page_that_cites_nothing_When_numbered_Then_nothing_changes()
    {
        var page = ModuleRunner.Page("guide/a.md", "").WithValue(PageKeys.Sources, Sources);

        Assert.Null(NumberSources.Apply(page, StepSupport.Parse("No claims.\n"), StepSupport.Page, new DiagnosticSink()));
    }
}
