using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Engine.Documents;
using TwitchSite.Validation;

namespace TwitchSite.Benchmarks;

/// <summary>Link validation: every link and #fragment of every page checked against the whole site.</summary>
[MemoryDiagnoser]
public class LinkValidationBenchmarks
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

    [Benchmark(Description = "ValidateLinks")]
    public ImmutableArray<Document> Validate() => new ValidateLinks().Execute([], Stages.Context(_outputs));
}
