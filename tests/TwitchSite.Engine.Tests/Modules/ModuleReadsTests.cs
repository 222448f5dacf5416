namespace TwitchSite.Engine.Tests.Modules;

/// <summary>
/// What modules declare they read (<see cref="IModule.Reads"/>): checked against the pipelines'
/// dependencies at start-up, the source of cacheable modules' stamps, and how the duplicate
/// check reaches every pipeline that writes.
/// </summary>
public sealed class ModuleReadsTests
{
    /// <summary>Counts the documents it processes; its cache stamp is made of what it declares it reads.</summary>
    private sealed class Counting(params Read[] reads) : PerDocumentModule
    {
        private int _calls;

        public int Calls => _calls;

        public override IReadOnlyList<Read> Reads => reads;

        protected override bool IsCacheable => true;

        protected override Document? ExecuteDocument(Document document, ExecutionContext context)
        {
            Interlocked.Increment(ref _calls);
            return document;
        }
    }

    [Fact]
    public void Given_a_module_reading_a_pipeline_its_pipeline_does_not_depend_on_When_the_engine_is_created_Then_it_fails_naming_the_module_and_the_missing_dependency()
    {
        var ran = false;
        var data = new Pipeline("Data");
        var feed = new Pipeline("Feed"); // the dependency on Data was dropped
        feed.ProcessModules.Add(new DelegateModule((documents, _) =>
        {
            ran = true;
            return documents;
        }, Read.Pipeline("Data")));

        var exception = Assert.Throws<PipelineConfigurationException>(() => new TwitchSite.Engine.Pipelines.Engine([data, feed]));

        Assert.Equal("module DelegateModule (Feed pipeline, Process phase) reads pipeline 'Data', but pipeline 'Feed' does not depend on it: add \"Data\" to its dependencies", exception.Message);
        Assert.False(ran);
    }

    [Fact]
    public void Given_a_module_reading_a_pipeline_that_does_not_exist_When_the_engine_is_created_Then_it_fails_naming_both()
    {
        var feed = new Pipeline("Feed");
        feed.PostProcessModules.Add(new DelegateModule((documents, _) => documents, Read.Pipeline("Missing")));

        var exception = Assert.Throws<PipelineConfigurationException>(() => new TwitchSite.Engine.Pipelines.Engine([feed]));

        Assert.Equal("module DelegateModule (Feed pipeline, PostProcess phase) reads pipeline 'Missing', which does not exist", exception.Message);
    }

    [Fact]
    public void Given_two_cached_modules_reading_different_settings_When_one_setting_changes_Then_only_the_module_that_reads_it_runs_again()
    {
        var cache = new ExecutionCache();
        var readsFeed = new Counting(Read.Setting("feed"));
        var readsTitle = new Counting(Read.Setting("title"));
        var pipeline = new Pipeline("Content");
        pipeline.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "a"), TestDocuments.Text("b.md", "b")]));
        pipeline.ProcessModules.Add(readsFeed);
        pipeline.ProcessModules.Add(readsTitle);
        // Each build reads _site.yml afresh: equal blocks are new objects, compared by value.
        Metadata Settings(string layout) => Metadata.Create(
        [
            new("title", "Site"),
            new("feed", new Dictionary<string, object?> { ["layouts"] = new List<object?> { layout } }),
        ]);
        void Build(Metadata settings) => new TwitchSite.Engine.Pipelines.Engine([pipeline]).Execute(new EngineServices { Settings = settings, Cache = cache });

        Build(Settings("topic"));
        Build(Settings("topic"));
        Assert.Equal((2, 2), (readsFeed.Calls, readsTitle.Calls));

        Build(Settings("guide"));

        Assert.Equal((4, 2), (readsFeed.Calls, readsTitle.Calls));
        Assert.Equal([(0, 2), (2, 0)], cache.LastBuild.Select(r => (r.Reused, r.Computed)));
    }

    [Fact]
    public void Given_a_cached_module_reading_a_pipeline_When_that_pipelines_outputs_change_Then_it_runs_again_and_not_when_another_changes()
    {
        var cache = new ExecutionCache();
        var dataText = "one";
        var assetText = "x";
        var data = new Pipeline("Data");
        data.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("glossary.yml", dataText)]));
        var assets = new Pipeline("Assets");
        assets.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("site.css", assetText)]));
        var module = new Counting(Read.Pipeline("Data"));
        var content = new Pipeline("Content", "Data", "Assets");
        content.InputModules.Add(new DelegateModule((_, _) => [TestDocuments.Text("a.md", "a")]));
        content.ProcessModules.Add(module);
        void Build() => new TwitchSite.Engine.Pipelines.Engine([data, assets, content]).Execute(new EngineServices { Cache = cache });

        Build();
        assetText = "y";
        Build();
        Assert.Equal(1, module.Calls);

        dataText = "two";
        Build();

        Assert.Equal(2, module.Calls);
    }

    [Fact]
    public void Given_a_new_writing_pipeline_nobody_names_When_built_Then_a_module_reading_the_writing_pipelines_sees_its_files()
    {
        var seen = new List<string>();
        Pipeline Writer(string name, string destination)
        {
            var pipeline = new Pipeline(name);
            pipeline.ProcessModules.Add(new DelegateModule((_, _) => [new Document { Source = name, Destination = destination, Content = DocumentContent.FromText(name) }]));
            pipeline.OutputModules.Add(new WriteFiles());
            return pipeline;
        }

        var notWriting = new Pipeline("Checks");
        notWriting.ProcessModules.Add(new DelegateModule((_, _) => [new Document { Source = "x", Destination = "never-written.html" }]));
        var analyze = new Pipeline("Analyze");
        analyze.ProcessModules.Add(new DelegateModule((documents, context) =>
        {
            seen.AddRange(context.OutputsOfWritingPipelines().Select(d => d.Destination!));
            return documents;
        }, Read.WritingPipelines));

        // Analyze is registered first and names no dependency: the engine orders it after the writers.
        new TwitchSite.Engine.Pipelines.Engine([analyze, Writer("Content", "index.html"), notWriting, Writer("TitlesJson", "titles.json")]).Execute(new EngineServices());

        Assert.Equal(["index.html", "titles.json"], seen);
    }
}
