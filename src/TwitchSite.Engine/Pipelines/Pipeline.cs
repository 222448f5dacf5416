using TwitchSite.Engine.Modules;

namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// A named sequence of modules per phase, with the names of the pipelines whose Process
/// outputs it needs. Subclass it and fill the phase lists in the constructor, as in Statiq.
/// </summary>
public class Pipeline
{
    /// <summary>Creates a pipeline named <paramref name="name"/>.</summary>
    public Pipeline(string name, params string[] dependencies)
    {
        Name = name;
        Dependencies.AddRange(dependencies);
    }

    /// <summary>Unique name, used for dependencies, timings and diagnostics.</summary>
    public string Name { get; }

    /// <summary>Pipelines whose Process phase must finish before this one's starts.</summary>
    public List<string> Dependencies { get; } = [];

    /// <summary>Modules of the Input phase.</summary>
    public List<IModule> InputModules { get; } = [];

    /// <summary>Modules of the Process phase.</summary>
    public List<IModule> ProcessModules { get; } = [];

    /// <summary>Modules of the PostProcess phase.</summary>
    public List<IModule> PostProcessModules { get; } = [];

    /// <summary>Modules of the Output phase.</summary>
    public List<IModule> OutputModules { get; } = [];

    /// <summary>
    /// Metadata keys of this pipeline's documents that only Process modules read (its own and those
    /// of the pipelines that depend on it, which all run before any PostProcess module). A build that
    /// keeps no cache removes them from every document of this pipeline when the Process phase ends,
    /// so pages do not hold them through the layouts to the end of the build. A live preview keeps
    /// them: its documents are reused by the next build.
    /// </summary>
    public HashSet<string> ProcessOnlyKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What each document of this pipeline keeps once the Process phase ends, for values that later
    /// phases read only a part of (null: all of it). Applied with <see cref="ProcessOnlyKeys"/>, after
    /// them, and like them only by builds that keep no cache; returns the document itself when it
    /// has nothing to drop.
    /// </summary>
    public Func<Documents.Document, Documents.Document>? AfterProcess { get; set; }

    /// <summary>The modules of <paramref name="phase"/>.</summary>
    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        _ => OutputModules,
    };
}
