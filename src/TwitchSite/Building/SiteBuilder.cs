using System.Diagnostics;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Search.Indexing;
using TwitchSite.Settings;
using TwitchSite.Site;

namespace TwitchSite.Building;

/// <summary>
/// Runs one build: reads the site settings, runs the site's pipelines, and writes the output
/// through a staging folder that is committed only when no error was reported, in one atomic
/// step (<see cref="OutputFolder"/>). A failed or stopped build leaves the previous output exactly
/// as it was (the live preview alone commits what it could build,
/// <see cref="BuildOptions.CommitWithErrors"/>). Strict builds also check every link of the
/// written site (<see cref="OutputLinkChecker"/>) before committing it.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="cache">
    /// What the previous build of the same site left (live preview): unchanged files, layouts and
    /// pages are reused. The result is the same as without it; null builds everything.
    /// </param>
    public static BuildOutcome Build(BuildOptions options, ExecutionCache? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        Layouts.TemplateSetup.PrepareInBackground();
        var paths = SitePaths.From(options.Input, options.Theme, options.Output);
        var sink = new DiagnosticSink { WarningsAsErrors = options.Strict };
        foreach (var (file, line, setting) in GeneratorProject.RefusedContentSettings(options.Input))
        {
            sink.Add(Diagnostics.Codes.ContentFolderOutsideProject.Create(new SourceLocation(file, line), setting));
        }

        var settings = SiteSettings.Load(paths.Input, sink, cache);
        var settingsLayer = options.BaseUrl is { } baseUrl ? settings.Metadata.With("base_url", baseUrl) : settings.Metadata;
        var search = !options.NoSearch && !options.KeepSearchIndex;
        // The preview builds its index after the pages (KeepSearchIndex): the site has search all the same.
        var engine = new Engine.Pipelines.Engine(SitePipelines.Create(paths, search, options.MeasureEveryPage, hasSearch: !options.NoSearch));

        OutputFolder? output = null;
        EngineResult result;
        try
        {
            output = options.WriteOutput ? OutputFolder.BeginStaging(paths.Output, options.WaitingForOutput, deleteSetAside: cache is null, AppNames.Output, options.Cancellation) : null;
            var services = new EngineServices { Settings = settingsLayer, Diagnostics = sink, Output = output, OutputDespiteErrors = options.CommitWithErrors, Cache = cache, Clock = BuildClock.For(options.Today), Cancellation = options.Cancellation, EngineDiagnostics = Diagnostics.Codes.EngineDescriptors, Progress = options.Progress };
            result = engine.Execute(services);
            if (options.KeepSearchIndex && output is not null && (!sink.HasErrors || options.CommitWithErrors))
            {
                output.KeepPrevious(BuildSearchIndex.BundleFolder);
            }

            if (options.Strict && output is not null && !sink.HasErrors)
            {
                // Strict (publishing) builds follow every link of the written site before it goes live.
                options.Progress?.Begin(new ProgressStep("", "CheckLinks", 0, Counted: false));
                OutputLinkChecker.Check(output, sink, services.MaxParallelism);
            }

            options.Cancellation.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException) when (options.Cancellation.IsCancellationRequested)
        {
            output?.Dispose(); // discards staging: the output stays as it was
            return new BuildOutcome(sink.All, new EngineResult([], false), null, stopwatch.Elapsed) { Stopped = true };
        }
        catch
        {
            output?.Dispose();
            throw;
        }

        CommitResult? commit = null;
        if (output is not null)
        {
            if (sink.HasErrors && !options.CommitWithErrors)
            {
                output.Discard();
            }
            else
            {
                // A live preview (it has a cache) leaves the old site set aside, deleted while the reader reads.
                options.Progress?.Begin(new ProgressStep("", "Commit", 0, Counted: false));
                try
                {
                    commit = output.Commit(deleteOldLater: cache is not null);
                }
                catch (IOException exception) when (IoFailure.Diagnose(exception, output.FullPath, Diagnostics.Codes.EngineDescriptors) is { } failure)
                {
                    sink.Add(failure); // a full disk while completing the new site: discarded, the output as it was
                }
            }
        }

        return new BuildOutcome(sink.All, result, commit, stopwatch.Elapsed);
    }
}
