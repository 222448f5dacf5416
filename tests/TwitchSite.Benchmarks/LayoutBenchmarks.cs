using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Benchmarks;

/// <summary>Layouts: the navigation model and the Liquid layout chain of the repository's theme, per page.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks : RenderedSiteBenchmark
{
    [Benchmark(Description = "RenderLayout")]
    public ImmutableArray<Document> Render() => Stages.Layout().Execute(RenderedPages, Stages.Context(Outputs, Phase.PostProcess));
}
