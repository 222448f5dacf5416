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
    /// </summary>
    public static ExecutionContext For(EngineServices services, IReadOnlyDictionary<string, ImmutableArray<Document>>? outputs = null, Phase phase = Phase.Process) =>
        new(new Pipeline("Test"), phase, services, outputs ?? new Dictionary<string, ImmutableArray<Document>>());
}
