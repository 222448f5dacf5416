namespace TwitchSite.Engine.Modules;

/// <summary>
/// Marks a module that writes its documents to the output folder (<see cref="WriteFiles"/>): a
/// pipeline with such an Output module is a writing pipeline, whose destinations the
/// duplicate-output check (<see cref="ReadKind.WritingPipelines"/>) must see.
/// </summary>
public interface IWritesFiles
{
}
