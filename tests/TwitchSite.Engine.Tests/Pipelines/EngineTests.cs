namespace TwitchSite.Engine.Tests.Pipelines;

using Engine = TwitchSite.Engine.Pipelines.Engine;

public sealed class EngineTests
{
    /// <summary>A pipeline whose every phase appends "pipeline:phase" to a log and tags its documents.</summary>
    private static Pipeline Logged(List<string> log, string name, params string[] dependencies)
    {
        var pipeline = new Pipeline(name, dependencies);
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var modules = (List<IModule>)pipeline.ModulesOf(phase);
            modules.Add(new DelegateModule((documents, context) =>
            {
                log.Add($"{context.Pipeline.Name}:{context.Phase}");
                return phase == Phase.Input
                    ? [TestDocuments.Text($"{name.ToLowerInvariant()}.md", "input")]
                    : [.. documents.Select(d => d with { Content = DocumentContent.FromText(TestDocuments.TextOf(d) + ">" + phase) })];
            }));
        }

        return pipeline;
    }

    [Fact]
    public void Given_pipelines_with_dependencies_When_executed_Then_each_phase_runs_for_all_pipelines_in_dependency_order()
    {
        var log = new List<string>();
        var engine = new Engine([Logged(log, "Feed", "Content"), Logged(log, "Content", "Data"), Logged(log, "Data")]);

        var result = engine.Execute(new EngineServices());

        Assert.Equal(["Data", "Content", "Feed"], engine.Pipelines.Select(p => p.Name));
        Assert.Equal(
            [
                "Data:Input", "Content:Input", "Feed:Input",
                "Data:Process", "Content:Process", "Feed:Process",
                "Data:PostProcess", "Content:PostProcess", "Feed:PostProcess",
                "Data:Output", "Content:Output", "Feed:Output",
            ],
            log);
        Assert.True(result.Succeeded);
        Assert.Equal(["Data", "Content", "Feed"], result.Pipelines.Select(p => p.Name));
    }

    [Fact]
    public void Given_a_pipeline_When_executed_Then_documents_flow_from_phase_to_phase_and_the_result_holds_the_output_phase_documents()
    {
        var engine = new Engine([Logged([], "Content")]);

        var result = engine.Execute(new EngineServices());

        var document = Assert.Single(result.DocumentsOf("content"));
        Assert.Equal("content.md", document.Source);
        Assert.Equal("input>Process>PostProcess>Output", TestDocuments.TextOf(document));
    }

    [Fact]
    public void Given_an_invalid_configuration_When_the_engine_is_created_Then_it_throws_before_anything_runs()
    {
        var log = new List<string>();

        var exception = Assert.Throws<PipelineConfigurationException>(() => new Engine([Logged(log, "Content", "Missing")]));

        Assert.Equal("pipeline 'Content' depends on unknown pipeline 'Missing'", exception.Message);
        Assert.Empty(log);
    }

    [Fact]
    public void Given_a_cycle_When_the_engine_is_created_Then_it_throws_naming_the_cycle()
    {
        var exception = Assert.Throws<PipelineConfigurationException>(() => new Engine([new Pipeline("Content", "Feed"), new Pipeline("Feed", "Content")]));

        Assert.Equal("pipelines depend on each other in a cycle: Content -> Feed -> Content", exception.Message);
    }

    [Fact]
    public void Given_a_duplicate_name_When_the_engine_is_created_Then_it_throws_naming_it()
    {
        var exception = Assert.Throws<PipelineConfigurationException>(() => new Engine([new Pipeline("Content"), new Pipeline("Content")]));

        Assert.Equal("two pipelines are named 'Content'", exception.Message);
    }

    [Fact]
    public void Given_a_declared_dependency_When_Process_runs_Then_it_sees_the_dependencys_Process_output_and_reading_anything_undeclared_throws()
    {
        var seen = new Dictionary<string, object>();
        var data = new Pipeline("Data");
        data.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("nav.yml", "raw")]));
        data.ProcessModules.Add(new DelegateModule((documents, _) => [.. documents.Select(d => d with { Content = DocumentContent.FromText("parsed") })]));
        data.PostProcessModules.Add(new DelegateModule((documents, _) => [.. documents.Select(d => d with { Content = DocumentContent.FromText("post") })]));
        var assets = new Pipeline("Assets");
        assets.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("site.css")]));
        var content = new Pipeline("Content", "Data");
        content.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen["Data"] = TestDocuments.TextOf(Assert.Single(context.OutputsOf("Data")));
            seen["Assets"] = Assert.Throws<InvalidOperationException>(() => context.OutputsOf("Assets")).Message;
            return documents;
        }, Read.Pipeline("Data")));
        var feed = new Pipeline("Feed", "Content");
        feed.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen["FeedData"] = Assert.Throws<InvalidOperationException>(() => context.OutputsOf("Data")).Message;
            return documents;
        }));

        new Engine([feed, content, assets, data]).Execute(new EngineServices());

        Assert.Equal("parsed", seen["Data"]);
        Assert.Equal("module DelegateModule (Content pipeline, Process phase) reads the outputs of pipeline 'Assets' without declaring it: add Read.Pipeline(\"Assets\") to its Reads", seen["Assets"]);
        Assert.Equal("module DelegateModule (Feed pipeline, Process phase) reads the outputs of pipeline 'Data' without declaring it: add Read.Pipeline(\"Data\") to its Reads", seen["FeedData"]);
    }

    [Fact]
    public void Given_pipelines_without_dependencies_When_PostProcess_runs_Then_each_sees_every_pipelines_Process_output()
    {
        var seen = new List<string>();
        Pipeline Make(string name)
        {
            var pipeline = new Pipeline(name);
            pipeline.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text(name + ".md", "input")]));
            pipeline.ProcessModules.Add(new DelegateModule((documents, _) => [.. documents.Select(d => d with { Content = DocumentContent.FromText(name + "-processed") })]));
            pipeline.PostProcessModules.Add(new DelegateModule((documents, context) =>
            {
                foreach (var other in new[] { "Content", "Assets", "Data" })
                {
                    seen.Add($"{name} sees {other}: {TestDocuments.TextOf(Assert.Single(context.OutputsOf(other)))}");
                }

                return [.. documents.Select(d => d with { Content = DocumentContent.FromText(name + "-post") })];
            }, Read.Pipeline("Content"), Read.Pipeline("Assets"), Read.Pipeline("Data")));
            return pipeline;
        }

        var result = new Engine([Make("Content"), Make("Assets"), Make("Data")]).Execute(new EngineServices());

        Assert.Equal(
            [
                "Content sees Content: Content-processed", "Content sees Assets: Assets-processed", "Content sees Data: Data-processed",
                "Assets sees Content: Content-processed", "Assets sees Assets: Assets-processed", "Assets sees Data: Data-processed",
                "Data sees Content: Content-processed", "Data sees Assets: Assets-processed", "Data sees Data: Data-processed",
            ],
            seen);
        Assert.Equal("Content-post", TestDocuments.TextOf(Assert.Single(result.DocumentsOf("Content"))));
    }

    [Fact]
    public void Given_an_error_reported_before_Output_When_executed_Then_no_Output_module_runs_and_the_build_fails()
    {
        var outputRan = false;
        var content = new Pipeline("Content");
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "a")]));
        content.PostProcessModules.Add(new DelegateModule((documents, context) =>
        {
            context.Diagnostics.Add(Diagnostic.Error("TW0301", "broken link"));
            return [.. documents.Select(d => d.WithValue("post", true))];
        }));
        var assets = new Pipeline("Assets");
        assets.OutputModules.Add(new DelegateModule((documents, _) =>
        {
            outputRan = true;
            return documents;
        }));
        content.OutputModules.Add(new DelegateModule((documents, _) =>
        {
            outputRan = true;
            return [];
        }));

        var result = new Engine([assets, content]).Execute(new EngineServices());

        Assert.False(outputRan);
        Assert.False(result.Succeeded);
        var document = Assert.Single(result.DocumentsOf("Content"));
        Assert.True(document.Get<bool>("post"));
    }

    [Fact]
    public void Given_only_a_warning_When_executed_Then_Output_runs_and_the_build_succeeds()
    {
        var outputRan = false;
        var content = new Pipeline("Content");
        content.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            context.Diagnostics.Add(Diagnostic.Warning("TW0401", "review date passed"));
            return documents;
        }));
        content.OutputModules.Add(new DelegateModule((documents, _) =>
        {
            outputRan = true;
            return documents;
        }));

        var result = new Engine([content]).Execute(new EngineServices());

        Assert.True(outputRan);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Given_strict_mode_and_a_warning_When_executed_Then_Output_does_not_run()
    {
        var outputRan = false;
        var content = new Pipeline("Content");
        content.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            context.Diagnostics.Add(Diagnostic.Warning("TW0401", "review date passed"));
            return documents;
        }));
        content.OutputModules.Add(new DelegateModule((documents, _) =>
        {
            outputRan = true;
            return documents;
        }));

        var result = new Engine([content]).Execute(new EngineServices { Diagnostics = new DiagnosticSink { WarningsAsErrors = true } });

        Assert.False(outputRan);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Given_an_error_reported_during_Output_When_executed_Then_the_build_fails()
    {
        var content = new Pipeline("Content");
        content.OutputModules.Add(new DelegateModule((documents, context) =>
        {
            context.Diagnostics.Add(Diagnostic.Error("TW0001", "disk full"));
            return documents;
        }));

        Assert.False(new Engine([content]).Execute(new EngineServices()).Succeeded);
    }

    [Fact]
    public void Given_pipelines_When_executed_Then_each_has_a_timing_covering_all_its_phases()
    {
        var slow = new Pipeline("Slow");
        foreach (var phase in Enum.GetValues<Phase>())
        {
            ((List<IModule>)slow.ModulesOf(phase)).Add(new DelegateModule((documents, _) =>
            {
                Thread.Sleep(15);
                return documents;
            }));
        }

        var empty = new Pipeline("Empty");

        var result = new Engine([slow, empty]).Execute(new EngineServices());

        Assert.Equal(["Slow", "Empty"], result.Pipelines.Select(p => p.Name));
        Assert.True(result.Pipelines[0].Elapsed >= TimeSpan.FromMilliseconds(4 * 15), $"Slow took {result.Pipelines[0].Elapsed}");
        Assert.Equal(TimeSpan.Zero, result.Pipelines[1].Elapsed);
    }

    [Fact]
    public void Given_a_dependency_written_in_another_case_When_executed_Then_the_dependency_is_visible()
    {
        var data = new Pipeline("Data");
        data.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("nav.yml")]));
        var seen = ImmutableArray<Document>.Empty;
        var content = new Pipeline("Content", "data");
        content.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen = context.OutputsOf("Data");
            return documents;
        }, Read.Pipeline("Data")));

        var result = new Engine([data, content]).Execute(new EngineServices());

        Assert.True(result.Succeeded);
        Assert.Equal(["nav.yml"], TestDocuments.Sources(seen));
    }

    [Fact]
    public void Given_a_dependency_listed_twice_When_executed_Then_it_is_visible_once()
    {
        var data = new Pipeline("Data");
        data.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("nav.yml")]));
        var seen = ImmutableArray<Document>.Empty;
        var content = new Pipeline("Content", "Data", "Data");
        content.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen = context.OutputsOf("Data");
            return documents;
        }, Read.Pipeline("Data")));

        var result = new Engine([data, content]).Execute(new EngineServices());

        Assert.True(result.Succeeded);
        Assert.Equal(["nav.yml"], TestDocuments.Sources(seen));
    }

    /// <summary>
    /// Content's pages carry "@links" (only Process modules read it) and "title"; Analyze's Process
    /// module and Content's PostProcess module record what they see; returns those and the result.
    /// </summary>
    private static (List<string> Seen, EngineResult Result) RunWithProcessOnlyKey(ExecutionCache? cache, Func<Document, Document>? afterProcess = null)
    {
        var seen = new List<string>();
        var content = new Pipeline("Content");
        content.ProcessOnlyKeys.Add("@links");
        content.AfterProcess = afterProcess;
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "text")]));
        content.ProcessModules.Add(new DelegateModule((documents, _) => [.. documents.Select(d => d.WithValues(KeyValuePair.Create<string, object?>("@links", "links"), KeyValuePair.Create<string, object?>("title", "A")))]));
        content.PostProcessModules.Add(new DelegateModule((documents, _) =>
        {
            seen.Add($"layout: links {documents[0].Get<string>("@links") ?? "gone"}, title {documents[0].Get<string>("title")}");
            return documents;
        }));
        var analyze = new Pipeline("Analyze", "Content");
        analyze.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen.Add($"check: links {context.OutputsOf("Content")[0].Get<string>("@links") ?? "gone"}");
            return documents;
        }, Read.Pipeline("Content")));

        var result = new Engine([content, analyze]).Execute(new EngineServices { Cache = cache });
        return (seen, result);
    }

    [Fact]
    public void Given_a_key_only_Process_modules_read_When_a_build_without_cache_runs_Then_the_checks_see_it_and_the_pages_lose_it_before_PostProcess()
    {
        var (seen, result) = RunWithProcessOnlyKey(cache: null);

        Assert.Equal(["check: links links", "layout: links gone, title A"], seen);
        var page = Assert.Single(result.DocumentsOf("Content"));
        Assert.False(page.Metadata.ContainsKey("@links"));
        Assert.Equal("A", page.Get<string>("title"));
    }

    [Fact]
    public void Given_a_key_only_Process_modules_read_When_a_build_keeps_a_cache_Then_the_pages_keep_it_for_the_next_build()
    {
        var (seen, _) = RunWithProcessOnlyKey(new ExecutionCache());

        Assert.Equal(["check: links links", "layout: links links, title A"], seen);
    }

    [Fact]
    public void Given_a_value_later_phases_read_only_part_of_When_a_build_without_cache_runs_Then_the_checks_see_it_whole_and_the_layouts_see_the_part()
    {
        // The title stands in for a value (the front matter's origins) of which layouts need one part.
        static Document KeepPart(Document page) => page.WithValue("title", page.Get<string>("title") + " (part)");

        var (seen, result) = RunWithProcessOnlyKey(cache: null, KeepPart);
        var (seenWithCache, _) = RunWithProcessOnlyKey(new ExecutionCache(), KeepPart);

        Assert.Equal(["check: links links", "layout: links gone, title A (part)"], seen);
        Assert.Equal("A (part)", Assert.Single(result.DocumentsOf("Content")).Get<string>("title"));
        Assert.Equal(["check: links links", "layout: links links, title A"], seenWithCache); // a preview's next build reuses its documents whole
    }

    [Fact]
    public void Given_a_key_only_Process_modules_read_When_the_layouts_run_Then_nothing_holds_its_value_any_more()
    {
        // What a page drops after the Process phase must be garbage by the layouts, not merely
        // absent from the documents they see: a large site's pages would otherwise keep their links
        // and anchors to the end of the build (issue #19: 100,000 pages in 1 GB).
        WeakReference? dropped = null;
        bool? aliveDuringLayouts = null;
        var content = new Pipeline("Content");
        content.ProcessOnlyKeys.Add("@links");
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "text")]));
        content.ProcessModules.Add(new DelegateModule((documents, _) =>
        {
            var links = new List<string> { "b.md" };
            dropped = new WeakReference(links);
            return [.. documents.Select(d => d.WithValue("@links", links))];
        }));
        content.PostProcessModules.Add(new DelegateModule((documents, _) =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            aliveDuringLayouts = dropped!.IsAlive;
            return documents;
        }));
        // A pipeline that reads Content's pages in its Process phase, as the link check does.
        var analyze = new Pipeline("Analyze", "Content");
        analyze.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            _ = context.OutputsOf("Content");
            return documents;
        }, Read.Pipeline("Content")));

        new Engine([content, analyze]).Execute(new EngineServices());

        Assert.False(aliveDuringLayouts);
    }
    [Fact]
    public void Given_a_Process_phase_that_left_more_garbage_than_the_heap_holds_When_the_checks_run_Then_its_old_garbage_is_collected()
    {
        // The markdown step of a big site leaves garbage old enough for the oldest generation, which
        // the collector visits rarely; the link check and the pages' copies without their
        // process-only keys were allocated on top of it, the highest memory of a build (issue #19:
        // 100,000 pages in 1 GB). The threshold is lowered so a test-sized heap counts as big.
        WeakReference? old = null;
        int? generation = null;
        bool? aliveAtChecks = null;
        var content = new Pipeline("Content");
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "text")]));
        content.ProcessModules.Add(new DelegateModule((documents, _) =>
        {
            var intermediate = new List<string> { "a page as an earlier module left it" };
            GC.Collect();
            GC.Collect();
            generation = GC.GetGeneration(intermediate);
            old = new WeakReference(intermediate);
            // Short-lived garbage, more than the whole heap: what rendering every page allocates.
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            for (long made = 0; made <= heap + (1 << 20); made += 1024)
            {
                GC.KeepAlive(new byte[1000]);
            }

            GC.KeepAlive(intermediate);
            return documents;
        }));
        var analyze = new Pipeline("Analyze", "Content");
        analyze.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            _ = context.OutputsOf("Content");
            aliveAtChecks = old!.IsAlive; // no collection forced here: only what happened before the checks
            return documents;
        }, Read.Pipeline("Content")));

        new Engine([content, analyze]).Execute(new EngineServices { CollectAboveHeapBytes = 0 });

        Assert.Equal(GC.MaxGeneration, generation);
        Assert.False(aliveAtChecks);
    }

    [Fact]
    public void Given_a_live_preview_When_a_Process_phase_leaves_much_garbage_Then_the_engine_forces_no_collection()
    {
        // A preview's documents are kept for its next build: a full collection of them would only add
        // to every rebuild's time.
        WeakReference? old = null;
        bool? aliveAtChecks = null;
        var content = new Pipeline("Content");
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "text")]));
        content.ProcessModules.Add(new DelegateModule((documents, _) =>
        {
            var intermediate = new List<string> { "kept" };
            GC.Collect();
            GC.Collect();
            old = new WeakReference(intermediate);
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            for (long made = 0; made <= heap + (1 << 20); made += 1024)
            {
                GC.KeepAlive(new byte[1000]);
            }

            GC.KeepAlive(intermediate);
            return documents;
        }));
        var analyze = new Pipeline("Analyze", "Content");
        analyze.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            _ = context.OutputsOf("Content");
            aliveAtChecks = old!.IsAlive;
            return documents;
        }, Read.Pipeline("Content")));

        new Engine([content, analyze]).Execute(new EngineServices { CollectAboveHeapBytes = 0, Cache = new ExecutionCache() });

        Assert.True(aliveAtChecks);
    }
}
