using System.Collections.Immutable;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Modules;

/// <summary>What kind of thing a module reads besides its input documents.</summary>
public enum ReadKind
{
    /// <summary>The Process outputs of one named pipeline.</summary>
    Pipeline,

    /// <summary>One site setting (a key of the settings metadata layer).</summary>
    Setting,

    /// <summary>The whole settings layer (e.g. as the bottom layer of page metadata, or handed to layouts).</summary>
    AllSettings,

    /// <summary>The Process outputs of every pipeline that writes files (has a <see cref="IWritesFiles"/> Output module).</summary>
    WritingPipelines,
}

/// <summary>
/// One thing a module declares it reads (<see cref="IModule.Reads"/>). The engine checks pipeline
/// reads against the pipeline's dependencies at start-up, lets a module read only the pipelines
/// it declared, and builds a cacheable module's cache stamp from its reads, so what a module
/// reads and what invalidates its cache cannot drift apart.
/// </summary>
public sealed class Read
{
    private Read(ReadKind kind, string name, Func<ImmutableArray<Document>, object?>? stampOf)
    {
        Kind = kind;
        Name = name;
        StampOf = stampOf;
    }

    /// <summary>What is read.</summary>
    public ReadKind Kind { get; }

    /// <summary>The pipeline name or setting key; empty for the other kinds.</summary>
    public string Name { get; }

    /// <summary>
    /// For a pipeline read: the part of its outputs the module's results depend on, when narrower
    /// than every document (e.g. only the URLs of images); null for all of them.
    /// </summary>
    public Func<ImmutableArray<Document>, object?>? StampOf { get; }

    /// <summary>The Process outputs of pipeline <paramref name="name"/>; <paramref name="stampOf"/> narrows what invalidates the cache.</summary>
    public static Read Pipeline(string name, Func<ImmutableArray<Document>, object?>? stampOf = null) => new(ReadKind.Pipeline, name, stampOf);

    /// <summary>The site setting <paramref name="key"/>.</summary>
    public static Read Setting(string key) => new(ReadKind.Setting, key, null);

    /// <summary>Every site setting, as a metadata layer.</summary>
    public static Read AllSettings { get; } = new(ReadKind.AllSettings, "", null);

    /// <summary>
    /// The outputs of every pipeline that writes files. The engine makes the reading pipeline
    /// depend on each of them, so a new writing pipeline is covered without being named here.
    /// </summary>
    public static Read WritingPipelines { get; } = new(ReadKind.WritingPipelines, "", null);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ReadKind.Pipeline => $"pipeline '{Name}'",
        ReadKind.Setting => $"setting '{Name}'",
        ReadKind.AllSettings => "every setting",
        _ => "every writing pipeline",
    };
}
