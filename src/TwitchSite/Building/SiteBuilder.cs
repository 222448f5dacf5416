using System.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Pipelines;
using TwitchSite.Settings;

namespace TwitchSite.Building;

/// <summary>
/// Runs one build: reads the site settings, runs the site's pipelines, and writes the output
/// through a staging folder that is committed only when no error was reported. A failed build
/// leaves the previous output exactly as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public static BuildOutcome Build(BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var paths = SitePaths.From(options.Input, options.Theme, options.Output);
        var sink = new DiagnosticSink { WarningsAsErrors = options.Strict };
        var settings = SiteSettings.Load(paths.Input, sink);
        var engine = new Engine.Pipelines.Engine(SitePipelines.Create(paths, search: !options.NoSearch));

        using var output = options.WriteOutput ? OutputFolder.BeginStaging(paths.Output) : null;
        var services = new EngineServices { Settings = settings.Metadata, Diagnostics = sink, Output = output };
        var result = engine.Execute(services);

        CommitResult? commit = null;
        if (output is not null)
        {
            if (sink.HasErrors)
            {
                output.Discard();
            }
            else
            {
                commit = output.Commit();
            }
        }

        return new BuildOutcome(sink.All, result, commit, stopwatch.Elapsed);
    }
}
