namespace TwitchSite.Engine.Tests.Caching;

/// <summary>How a cacheable per-document module reuses the previous build's results, through the real engine.</summary>
public sealed class CachedModuleTests
{
    /// <summary>Upper-cases text, counts its calls, warns about documents containing "warn", and stamps on a settable value.</summary>
    private sealed class Upper(bool cacheable) : PerDocumentModule
    {
        private int _calls;

        public int Calls => _calls;

        public string StampValue { get; set; } = "a";

        protected override bool IsCacheable => cacheable;

        protected override IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs, ExecutionContext context) => [StampValue];

        protected override Document? ExecuteDocument(Document document, ExecutionContext context)
        {
            Interlocked.Increment(ref _calls);
            var text = TestDocuments.TextOf(document);
            if (text.Contains("warn", StringComparison.Ordinal))
            {
                context.Diagnostics.Add(Diagnostic.Warning("TW9999", "found warn", new SourceLocation("/" + document.Source)));
            }

            return text == "drop" ? null : document with { Content = DocumentContent.FromText(text.ToUpperInvariant()) };
        }
    }

    private static (ImmutableArray<Document> Output, DiagnosticSink Sink) Run(ExecutionCache? cache, IModule module, params Document[] inputs)
    {
        var pipeline = new Pipeline("Content");
        pipeline.InputModules.Add(new DelegateModule((_, _) => [.. inputs]));
        pipeline.ProcessModules.Add(module);
        var sink = new DiagnosticSink();
        var result = new TwitchSite.Engine.Pipelines.Engine([pipeline]).Execute(new EngineServices { Diagnostics = sink, Cache = cache });
        return (result.DocumentsOf("Content"), sink);
    }

    [Fact]
    public void Given_unchanged_documents_When_built_again_Then_results_and_their_diagnostics_are_reused_without_running_the_module()
    {
        var cache = new ExecutionCache();
        var module = new Upper(cacheable: true);
        Document a = TestDocuments.Text("a.md", "one warn"), b = TestDocuments.Text("b.md", "two"), c = TestDocuments.Text("c.md", "drop");

        var first = Run(cache, module, a, b, c);
        var second = Run(cache, module, a, b, c);

        Assert.Equal(3, module.Calls); // the second build ran nothing
        Assert.Equal(["ONE WARN", "TWO"], second.Output.Select(TestDocuments.TextOf));
        Assert.Same(first.Output[0], second.Output[0]);
        Assert.Equal(first.Sink.All, second.Sink.All);
        Assert.Equal("TW9999", Assert.Single(second.Sink.All).Code);
        var reuse = Assert.Single(cache.LastBuild);
        Assert.Equal(("Content", Phase.Process, 0, "Upper", 3, 0), (reuse.Pipeline, reuse.Phase, reuse.Index, reuse.Module, reuse.Reused, reuse.Computed));
    }

    [Fact]
    public void Given_one_changed_document_When_built_again_Then_only_it_is_processed_and_its_old_diagnostic_is_gone()
    {
        var cache = new ExecutionCache();
        var module = new Upper(cacheable: true);
        Run(cache, module, TestDocuments.Text("a.md", "one warn"), TestDocuments.Text("b.md", "two"));

        var second = Run(cache, module, TestDocuments.Text("a.md", "one fixed"), TestDocuments.Text("b.md", "two"));

        Assert.Equal(3, module.Calls);
        Assert.Equal(["ONE FIXED", "TWO"], second.Output.Select(TestDocuments.TextOf));
        Assert.Empty(second.Sink.All);
    }

    [Fact]
    public void Given_a_changed_stamp_When_built_again_Then_every_document_is_processed()
    {
        var cache = new ExecutionCache();
        var module = new Upper(cacheable: true);
        Document a = TestDocuments.Text("a.md", "one"), b = TestDocuments.Text("b.md", "two");
        Run(cache, module, a, b);

        module.StampValue = "b";
        Run(cache, module, a, b);

        Assert.Equal(4, module.Calls);
    }

    [Fact]
    public void Given_no_cache_or_a_module_that_is_not_cacheable_When_built_again_Then_everything_is_processed_again()
    {
        var notCacheable = new Upper(cacheable: false);
        var cache = new ExecutionCache();
        Document a = TestDocuments.Text("a.md", "one");
        Run(cache, notCacheable, a);
        Run(cache, notCacheable, a);
        var noCache = new Upper(cacheable: true);
        Run(null, noCache, a);
        Run(null, noCache, a);

        Assert.Equal((2, 2), (notCacheable.Calls, noCache.Calls));
        Assert.Empty(cache.LastBuild);
    }

    [Fact]
    public void Given_a_cleared_cache_When_built_again_Then_everything_is_processed_again()
    {
        var cache = new ExecutionCache();
        var module = new Upper(cacheable: true);
        Document a = TestDocuments.Text("a.md", "one");
        Run(cache, module, a);

        cache.Clear();
        Run(cache, module, a);

        Assert.Equal(2, module.Calls);
    }

    [Fact]
    public void Given_two_documents_with_the_same_source_When_built_again_Then_each_gets_its_own_result()
    {
        var cache = new ExecutionCache();
        var module = new Upper(cacheable: true);
        Document theme = TestDocuments.Text("assets/site.css", "theme"), input = TestDocuments.Text("assets/site.css", "input");
        Run(cache, module, theme, input);

        var second = Run(cache, module, theme, input);
        var third = Run(cache, module, theme, TestDocuments.Text("assets/site.css", "input changed"));

        Assert.Equal(["THEME", "INPUT"], second.Output.Select(TestDocuments.TextOf));
        Assert.Equal(["THEME", "INPUT CHANGED"], third.Output.Select(TestDocuments.TextOf));
        Assert.Equal(3, module.Calls);
    }
}
