using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// One step of a pipeline phase: takes the documents so far and returns the next ones.
/// Modules report content problems to <see cref="ExecutionContext.Diagnostics"/> and go on, and
/// declare in <see cref="Reads"/> everything they read besides their input documents.
/// </summary>
public interface IModule
{
    /// <summary>Transforms <paramref name="inputs"/>; the order of the result is the order of the input.</summary>
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context);

    /// <summary>
    /// What the module reads besides its inputs: other pipelines' outputs and site settings.
    /// Checked against the pipeline's dependencies when the engine is created; reading a
    /// pipeline not declared here throws; a cacheable module's cache stamp is made of these.
    /// </summary>
    IReadOnlyList<Read> Reads => [];
}
