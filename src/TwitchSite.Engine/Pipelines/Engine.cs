using System.Collections.Immutable;
using System.Diagnostics;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// Runs a set of pipelines phase by phase: every Input, then Process in dependency order,
/// then every PostProcess, then (only when no error was reported) every Output. Records the
/// time each pipeline took and what each produced.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _ordered;
    private readonly IReadOnlyList<string> _writers;

    /// <summary>
    /// Validates and orders <paramref name="pipelines"/>, after checking what their modules
    /// declare they read (<see cref="PipelineReads"/>).
    /// </summary>
    /// <exception cref="PipelineConfigurationException">Duplicate names, unknown dependencies, a cycle, or a module reading a pipeline its pipeline does not depend on.</exception>
    public Engine(IEnumerable<Pipeline> pipelines)
    {
        var list = pipelines.ToList();
        PipelineReads.Check(list);
        _ordered = PipelineGraph.Order(list);
        _writers = PipelineReads.WritingPipelines(_ordered);
    }

    /// <summary>The pipelines in the order they run.</summary>
    public IReadOnlyList<Pipeline> Pipelines => _ordered;

    /// <summary>Runs every pipeline and returns their outputs and timings.</summary>
    /// <exception cref="OperationCanceledException"><see cref="EngineServices.Cancellation"/> was cancelled; the build stopped between two modules.</exception>
    public EngineResult Execute(EngineServices services)
    {
        services.Cache?.BeginBuild();
        var timings = _ordered.ToDictionary(p => p.Name, _ => TimeSpan.Zero);
        var moduleTimings = new List<ModuleTiming>();
        var processed = InputAndProcess(services, timings, moduleTimings);
        var postProcessed = new Dictionary<string, ImmutableArray<Document>>();

        // Every intermediate document of the Input and Process phases is garbage now, but much
        // of it has lived long enough to reach the oldest generation, which the GC visits
        // rarely. Collecting once here lets PostProcess reuse that memory instead of growing
        // the process (on the 10,000-page corpus: peak memory about 80 MB lower, for one full
        // collection of about 0.1 s). Small sites skip it, and so do builds with a cache (a live
        // preview): their intermediate documents are kept for the next build, not garbage, and
        // a full collection of a big site's heap would add 0.2 s to every rebuild.
        if (services.Cache is null && GC.GetGCMemoryInfo().HeapSizeBytes > services.CollectAboveHeapBytes)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        var all = new Dictionary<string, ImmutableArray<Document>>(processed, StringComparer.OrdinalIgnoreCase);
        foreach (var pipeline in _ordered)
        {
            postProcessed[pipeline.Name] = Run(pipeline, Phase.PostProcess, processed[pipeline.Name], services, all, timings, moduleTimings);
        }

        var outputs = postProcessed;
        if (!services.Diagnostics.HasErrors || services.OutputDespiteErrors)
        {
            outputs = [];
            foreach (var pipeline in _ordered)
            {
                outputs[pipeline.Name] = Run(pipeline, Phase.Output, postProcessed[pipeline.Name], services, all, timings, moduleTimings);
            }
        }

        return new EngineResult(
            _ordered.Select(p => new PipelineResult(p.Name, outputs[p.Name], timings[p.Name])).ToList(),
            !services.Diagnostics.HasErrors)
        {
            Modules = moduleTimings,
        };
    }

    /// <summary>
    /// The Input and Process phases of every pipeline, then what only Process modules read dropped
    /// from their documents (<see cref="Pipeline.ProcessOnlyKeys"/>, <see cref="Pipeline.AfterProcess"/>).
    /// </summary>
    /// <remarks>
    /// A method of its own, never inlined, so that nothing of these phases outlives them: in one
    /// method with the later phases, the compiled code kept the last pipeline's <c>visible</c>
    /// dictionary (and a copy of the Content pipeline's array) alive on the stack through the
    /// layouts to the end of the build, and with them every page as it was before its
    /// process-only keys were dropped (a heap dump in the middle of the layouts of 30,000 pages:
    /// 300,000 links, 30,000 anchor sets, origins and warnings, about 2 KB a page; issue #19).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Dictionary<string, ImmutableArray<Document>> InputAndProcess(EngineServices services, Dictionary<string, TimeSpan> timings, List<ModuleTiming> moduleTimings)
    {
        var inputs = new Dictionary<string, ImmutableArray<Document>>();
        var processed = new Dictionary<string, ImmutableArray<Document>>(StringComparer.OrdinalIgnoreCase);

        foreach (var pipeline in _ordered)
        {
            inputs[pipeline.Name] = Run(pipeline, Phase.Input, [], services, new Dictionary<string, ImmutableArray<Document>>(), timings, moduleTimings);
        }

        foreach (var pipeline in _ordered)
        {
            var visible = pipeline.Dependencies.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(d => d, d => processed[d], StringComparer.OrdinalIgnoreCase);
            // Nothing reads a pipeline's inputs again: taken out before its Process phase, so the raw
            // files go as soon as its first modules have made new documents of them, not at its end.
            inputs.Remove(pipeline.Name, out var read);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            processed[pipeline.Name] = Run(pipeline, Phase.Process, read, services, visible, timings, moduleTimings);
            CollectAfterLargeProcess(GC.GetTotalAllocatedBytes() - allocatedBefore, services);
        }

        // What only Process modules read (links, anchors, front matter positions, unknown keys'
        // warnings: Analyze has checked them) would otherwise stay on every page through the layouts
        // to the end of the build. Not with a cache: the preview's next build reuses these documents.
        if (services.Cache is null)
        {
            foreach (var pipeline in _ordered)
            {
                if (pipeline.ProcessOnlyKeys.Count > 0 || pipeline.AfterProcess is not null)
                {
                    processed[pipeline.Name] = DropKeys(processed[pipeline.Name], pipeline.ProcessOnlyKeys, pipeline.AfterProcess);
                }
            }
        }

        return processed;
    }

    /// <summary>
    /// One compacting collection after a Process phase that allocated more than the whole heap now
    /// holds: what it left is mostly garbage, much of it old enough to sit in the oldest generation,
    /// which the collector visits rarely. The checks that follow (the link check's tables, while
    /// every page still holds its links and anchors) and the copies of the pages without their
    /// process-only keys would otherwise be allocated on top of it: at 100,000 pages that was the
    /// highest resident memory of a build without search (1,045 MB just before the collection at the
    /// hand-over to the layouts; 980 MB with this one; issue #19). Only the markdown step of a big
    /// site allocates that much (at 100,000 pages about 10 GB against a heap of 0.7 GB); not in a
    /// live preview, whose documents are kept for the next build, and not below
    /// <see cref="EngineServices.CollectAboveHeapBytes"/>.
    /// </summary>
    private static void CollectAfterLargeProcess(long allocated, EngineServices services)
    {
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        if (services.Cache is null && heap > services.CollectAboveHeapBytes && allocated > heap)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private static ImmutableArray<Document> DropKeys(ImmutableArray<Document> documents, HashSet<string> keys, Func<Document, Document>? afterProcess)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(documents.Length);
        foreach (var document in documents)
        {
            var kept = document.Without(keys);
            builder.Add(afterProcess is null ? kept : afterProcess(kept));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<Document> ExecuteGuarded(Modules.IModule module, ImmutableArray<Document> documents, ExecutionContext context)
    {
        try
        {
            return module.Execute(documents, context);
        }
        catch (Exception exception) when (Diagnostics.IoFailure.Diagnose(exception, null, context.Services.EngineDiagnostics) is { } failure)
        {
            context.Diagnostics.Add(failure);
            return documents;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && !(exception is OperationCanceledException && context.Services.Cancellation.IsCancellationRequested))
        {
            // A bug in a module must still end as one clear diagnostic, never a stack trace.
            context.Diagnostics.Add(context.Services.EngineDiagnostics.UnexpectedError.Create(
                null, module.GetType().Name, context.Pipeline.Name, context.Phase, exception.GetType().Name, exception.Message));
            return documents;
        }
    }

    private ImmutableArray<Document> Run(
        Pipeline pipeline,
        Phase phase,
        ImmutableArray<Document> documents,
        EngineServices services,
        IReadOnlyDictionary<string, ImmutableArray<Document>> visible,
        Dictionary<string, TimeSpan> timings,
        List<ModuleTiming> moduleTimings)
    {
        var modules = pipeline.ModulesOf(phase);
        if (modules.Count == 0)
        {
            return documents;
        }

        var context = new ExecutionContext(pipeline, phase, services, visible, _writers);
        for (var index = 0; index < modules.Count; index++)
        {
            var module = modules[index];
            services.Cancellation.ThrowIfCancellationRequested();
            services.Progress?.Begin(new ProgressStep(pipeline.Name, module.GetType().Name, documents.Length, module is Modules.PerDocumentModule));
            var stopwatch = Stopwatch.StartNew();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            documents = ExecuteGuarded(module, documents, context.ForModule(index));
            var elapsed = stopwatch.Elapsed;
            timings[pipeline.Name] += elapsed;
            using var process = Process.GetCurrentProcess();
            moduleTimings.Add(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, elapsed)
            {
                AllocatedBytes = GC.GetTotalAllocatedBytes() - allocatedBefore,
                HeapBytes = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes,
                WorkingSetBytes = process.WorkingSet64,
                PeakWorkingSetBytes = process.PeakWorkingSet64,
            });
        }
        return documents;
    }
}
