using TwitchSite.Engine.Modules;

namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// Checks at start-up what each module declares it reads (<see cref="IModule.Reads"/>) against
/// its pipeline's dependencies (a Process module may read only its dependencies; PostProcess and
/// Output modules any pipeline), so dropping a dependency is an error naming the module instead
/// of a feature that silently turns off. A pipeline whose module reads
/// <see cref="Read.WritingPipelines"/> is made to depend on every pipeline that writes files.
/// </summary>
public static class PipelineReads
{
    /// <summary>The names of the pipelines that write files (have an <see cref="IWritesFiles"/> Output module), in registration order.</summary>
    public static IReadOnlyList<string> WritingPipelines(IEnumerable<Pipeline> pipelines) =>
        pipelines.Where(p => p.OutputModules.Any(m => m is IWritesFiles)).Select(p => p.Name).ToList();

    /// <summary>
    /// Adds the writing pipelines to the dependencies of pipelines that read them all, then checks
    /// every pipeline read: it must name a known pipeline, and in the Process phase one the reading pipeline depends on.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">A module reads a pipeline its pipeline does not depend on, or one that does not exist.</exception>
    public static void Check(IReadOnlyList<Pipeline> pipelines)
    {
        var names = new HashSet<string>(pipelines.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        var writers = WritingPipelines(pipelines);
        foreach (var pipeline in pipelines)
        {
            foreach (var (phase, module, read) in ReadsOf(pipeline))
            {
                if (read.Kind == ReadKind.WritingPipelines)
                {
                    pipeline.Dependencies.AddRange(writers.Where(w => !w.Equals(pipeline.Name, StringComparison.OrdinalIgnoreCase) && !pipeline.Dependencies.Contains(w, StringComparer.OrdinalIgnoreCase)));
                    continue;
                }

                if (read.Kind != ReadKind.Pipeline)
                {
                    continue;
                }

                var where = $"module {module.GetType().Name} ({pipeline.Name} pipeline, {phase} phase)";
                if (!names.Contains(read.Name))
                {
                    throw new PipelineConfigurationException($"{where} reads pipeline '{read.Name}', which does not exist");
                }

                // PostProcess and Output see every pipeline's Process outputs (their own too); Process
                // sees only its dependencies, and Input nothing.
                if (phase is Phase.PostProcess or Phase.Output)
                {
                    continue;
                }

                if (phase == Phase.Input || !pipeline.Dependencies.Contains(read.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw new PipelineConfigurationException(phase == Phase.Input
                        ? $"{where} reads pipeline '{read.Name}', but no pipeline's outputs exist in the Input phase"
                        : $"{where} reads pipeline '{read.Name}', but pipeline '{pipeline.Name}' does not depend on it: add \"{read.Name}\" to its dependencies");
                }
            }
        }
    }

    private static IEnumerable<(Phase Phase, IModule Module, Read Read)> ReadsOf(Pipeline pipeline) =>
        from phase in Enum.GetValues<Phase>()
        from module in pipeline.ModulesOf(phase)
        from read in module.Reads
        select (phase, module, read);
}
