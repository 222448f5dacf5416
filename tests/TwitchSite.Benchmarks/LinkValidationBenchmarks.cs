using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Engine.Documents;
using TwitchSite.Validation;

namespace TwitchSite.Benchmarks;

/// <summary>Link validation: every link and #fragment of every page checked against the whole site.</summary>
[MemoryDiagnoser]
public class LinkValidationBenchmarks : RenderedSiteBenchmark
{
    [Benchmark(Description = "ValidateLinks")]
    public ImmutableArray<Document> Validate() => new ValidateLinks().Execute([], Stages.Context(Outputs));
}
