using System.Text;

namespace TwitchSite.Engine.Tests.Modules;

public sealed class CompressTextTests
{
    private static readonly ImmutableArray<Document> Pages =
    [
        new Document { Source = "a.md", Content = DocumentContent.FromUtf8(Encoding.UTF8.GetBytes("# A\n\nCafé text.\n")) },
        new Document { Source = "b.md", Content = DocumentContent.FromText("# B\n\nMore text.\n") },
        new Document { Source = "c.png", Content = DocumentContent.FromFile("/nonexistent/c.png") },
    ];

    [Fact]
    public void Given_texts_below_the_limit_When_compressed_Then_they_pass_unchanged()
    {
        var outputs = new CompressText(minTotalBytes: 1_000).Execute(Pages, Context());

        Assert.Equal(Pages, outputs);
    }

    [Fact]
    public void Given_texts_at_the_limit_When_compressed_Then_every_text_is_held_compressed_and_reads_the_same()
    {
        var outputs = new CompressText(minTotalBytes: 30).Execute(Pages, Context());

        Assert.Equal(Pages.Select(p => p.Source), outputs.Select(p => p.Source));
        Assert.All(outputs.Take(2), page => Assert.True(((TextContent)page.Content).IsCompressed));
        Assert.Equal("# A\n\nCafé text.\n", ((TextContent)outputs[0].Content).Text);
        Assert.Equal("# B\n\nMore text.\n", ((TextContent)outputs[1].Content).Text);
        Assert.Same(Pages[2].Content, outputs[2].Content);
    }

    private static ExecutionContext Context() => TestContexts.For(new EngineServices { Diagnostics = new DiagnosticSink(), MaxParallelism = 2 });
}
