using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Testing;

/// <summary>Execution contexts for running a module on its own, outside an engine.</summary>
public static class TestContexts
{
    /// <summary>
    /// A context of a pipeline named "Test" in <paramref name="phase"/>, with
    /// <paramref name="services"/> and the pipeline outputs <paramref name="outputs"/> visible.
    /// A declared pipeline missing from <paramref name="outputs"/> reads as no documents; every
    /// given pipeline counts as a writing one.
    /// </summary>
    public static ExecutionContext For(EngineServices services, IReadOnlyDictionary<string, ImmutableArray<Document>>? outputs = null, Phase phase = Phase.Process)
    {
        outputs ??= new Dictionary<string, ImmutableArray<Document>>();
        return new(new Pipeline("Test"), phase, services, outputs, outputs.Keys.Order(StringComparer.Ordinal).ToList(), forTest: true);
    }
}
