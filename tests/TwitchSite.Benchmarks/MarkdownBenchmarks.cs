using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Content;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Benchmarks;

/// <summary>Markdown: Markdig parse and render, with headings, links and anchors read from the tree.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private ImmutableArray<Document> _pages;

    /// <summary>Pages in the synthetic site.</summary>
    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _pages = Stages.WithFrontMatter(Pages);

    [Benchmark(Description = "RenderMarkdown")]
    public ImmutableArray<Document> Render() => new RenderMarkdown().Execute(_pages, Stages.Context());
}
