namespace TwitchSite.Engine.Pipelines;

/// <summary>One running module as <see cref="BuildProgress"/> shows it.</summary>
/// <param name="Pipeline">The pipeline's name (empty for work around the engine, such as committing the output).</param>
/// <param name="Module">The module's type name, or the name of the work.</param>
/// <param name="Total">Documents the module was given.</param>
/// <param name="Counted">True for per-document modules, which report each document done.</param>
public sealed record ProgressStep(string Pipeline, string Module, int Total, bool Counted);
