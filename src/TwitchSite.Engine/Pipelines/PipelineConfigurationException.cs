namespace TwitchSite.Engine.Pipelines;

/// <summary>The set of pipelines cannot run: a duplicate name, an unknown dependency or a cycle.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
