using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Benchmarks.Support;

/// <summary>
/// A benchmark over a synthetic site already through markdown: its rendered pages and the
/// pipeline outputs a late module sees. Set up once per run, outside the measured code.
/// </summary>
public abstract class RenderedSiteBenchmark
{
    /// <summary>Pages in the synthetic site.</summary>
    [Params(500)]
    public int Pages { get; set; }

    /// <summary>The rendered pages.</summary>
    protected ImmutableArray<Document> RenderedPages { get; private set; }

    /// <summary>Every pipeline's outputs, as a module in a late phase sees them.</summary>
    protected IReadOnlyDictionary<string, ImmutableArray<Document>> Outputs { get; private set; } = null!;

    /// <summary>Builds the site once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        RenderedPages = Stages.Rendered(Pages);
        Outputs = Stages.SiteOutputs(RenderedPages);
    }
}
