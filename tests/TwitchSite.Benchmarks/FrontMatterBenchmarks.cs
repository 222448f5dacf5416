using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Benchmarks.Support;
using TwitchSite.Content;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Benchmarks;

/// <summary>Front matter: splitting and YAML parsing, then folder defaults and the schema checks.</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private ImmutableArray<Document> _read;
    private ImmutableArray<Document> _extracted;

    /// <summary>Pages in the synthetic site.</summary>
    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _read = Stages.Read(Pages);
        _extracted = Stages.Run(_read, new ExtractFrontMatter());
    }

    [Benchmark(Description = "ExtractFrontMatter")]
    public ImmutableArray<Document> Extract() => new ExtractFrontMatter().Execute(_read, Stages.Context());

    [Benchmark(Description = "ApplyDirectoryMetadata + ValidateFrontMatter")]
    public ImmutableArray<Document> Validate()
    {
        var context = Stages.Context();
        return new ValidateFrontMatter().Execute(new ApplyDirectoryMetadata().Execute(_extracted, context), context);
    }
}
