using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Benchmarks;

/// <summary>Layouts: the navigation model and the Liquid layout chain of the repository's theme, per page.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private ImmutableArray<Document> _pages;
    private IReadOnlyDictionary<string, ImmutableArray<Document>> _outputs = null!;

    /// <summary>Pages in the synthetic site.</summary>
    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = Stages.Rendered(Pages);
        _outputs = Stages.SiteOutputs(_pages);
    }

    [Benchmark(Description = "RenderLayout")]
    public ImmutableArray<Document> Render() => Stages.Layout().Execute(_pages, Stages.Context(_outputs, Phase.PostProcess));
}
