namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// Orders pipelines so each runs after its dependencies. Unknown dependencies, duplicate
/// names and cycles are configuration errors found at start-up, before any file is read.
/// </summary>
public static class PipelineGraph
{
    /// <summary>Returns the pipelines in dependency order, ties broken by registration order.</summary>
    /// <exception cref="PipelineConfigurationException">A name is duplicated, a dependency is unknown, or dependencies form a cycle.</exception>
    public static IReadOnlyList<Pipeline> Order(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.OrdinalIgnoreCase);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new PipelineConfigurationException($"two pipelines are named '{pipeline.Name}'");
            }
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                throw new PipelineConfigurationException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
            }
        }

        var ordered = new List<Pipeline>(pipelines.Count);
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        foreach (var pipeline in pipelines)
        {
            Visit(pipeline, byName, state, ordered, new Stack<string>());
        }

        return ordered;
    }

    private static void Visit(Pipeline pipeline, Dictionary<string, Pipeline> byName, Dictionary<string, bool> state, List<Pipeline> ordered, Stack<string> path)
    {
        if (state.TryGetValue(pipeline.Name, out var done))
        {
            if (!done)
            {
                var cycle = path.Reverse().SkipWhile(n => !n.Equals(pipeline.Name, StringComparison.OrdinalIgnoreCase)).Append(pipeline.Name);
                throw new PipelineConfigurationException($"pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}");
            }

            return;
        }

        state[pipeline.Name] = false;
        path.Push(pipeline.Name);
        foreach (var dependency in pipeline.Dependencies)
        {
            Visit(byName[dependency], byName, state, ordered, path);
        }

        path.Pop();
        state[pipeline.Name] = true;
        ordered.Add(pipeline);
    }
}
