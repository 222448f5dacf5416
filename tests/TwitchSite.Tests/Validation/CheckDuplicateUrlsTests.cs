using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Testing;
using TwitchSite.Validation;

namespace TwitchSite.Tests.Validation;

/// <summary>Two documents for one output file are named in TW0202, a file the generator makes (no source) as such.</summary>
public sealed class CheckDuplicateUrlsTests
{
    [Fact]
    public void Given_a_site_file_and_a_generated_file_for_one_path_When_checked_Then_TW0202_names_the_generated_one_as_such_never_as_an_empty_name()
    {
        var sink = new DiagnosticSink();
        var outputs = new Dictionary<string, ImmutableArray<Document>>
        {
            ["Assets"] = [new Document { Source = "robots.txt", SourceFullPath = "/site/static/robots.txt", Destination = "robots.txt" }],
            ["Sitemap"] = [new Document { Destination = "robots.txt", Content = DocumentContent.FromText("User-agent: *\n") }],
        };

        new CheckDuplicateUrls().Execute([], TestContexts.For(new EngineServices { Diagnostics = sink }, outputs));

        var duplicate = Assert.Single(sink.All);
        Assert.Equal("TW0202", duplicate.Code);
        Assert.Equal("'robots.txt' and the file this generator makes would both be written to '/robots.txt'", duplicate.Message);
        Assert.Equal("/site/static/robots.txt", duplicate.Location!.FullPath);
    }
}
