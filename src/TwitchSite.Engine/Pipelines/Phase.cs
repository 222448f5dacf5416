namespace TwitchSite.Engine.Pipelines;

/// <summary>The four phases every pipeline runs through, in this order across all pipelines.</summary>
public enum Phase
{
    /// <summary>Reads documents (files, data); sees nothing of other pipelines.</summary>
    Input,

    /// <summary>Transforms documents; sees the Process outputs of the pipeline's dependencies.</summary>
    Process,

    /// <summary>Needs the whole site (navigation, layouts, link checks); sees every pipeline's Process outputs.</summary>
    PostProcess,

    /// <summary>Writes documents to the output folder; runs only when no error was reported.</summary>
    Output,
}
