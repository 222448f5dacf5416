namespace TwitchSite.Engine.Tests.Modules;

public sealed class PerDocumentModuleTests
{
    private const string Hint = "this is a bug in the generator, not in your file; please report it with this file attached";

    /// <summary>Runs a lambda per document and records how many documents were in flight at once.</summary>
    private sealed class LambdaModule(Func<Document, Document?> execute) : PerDocumentModule
    {
        private int _inFlight;
        private int _maxInFlight;

        public int MaxInFlight => _maxInFlight;

        public List<int> BeforeExecuteCounts { get; } = [];

        protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context) => BeforeExecuteCounts.Add(inputs.Length);

        protected override Document? ExecuteDocument(Document document, ExecutionContext context)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            try
            {
                return execute(document);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }

    private sealed class ThrowingModule : PerDocumentModule
    {
        protected override Document? ExecuteDocument(Document document, ExecutionContext context) =>
            document.Source == "b.md" ? throw new InvalidOperationException("boom") : document.WithValue("seen", true);
    }

    private static ExecutionContext Context(DiagnosticSink? sink = null, int maxParallelism = 8) =>
        TestContexts.For(new EngineServices { Diagnostics = sink ?? new DiagnosticSink(), MaxParallelism = maxParallelism });

    [Fact]
    public void Given_1000_documents_and_random_delays_When_executed_in_parallel_Then_the_output_keeps_the_input_order()
    {
        var inputs = TestDocuments.Many([.. Enumerable.Range(0, 1000).Select(i => $"page-{i:D4}.md")]);
        var module = new LambdaModule(document =>
        {
            var index = int.Parse(document.Source[5..9], System.Globalization.CultureInfo.InvariantCulture);
            Thread.Sleep(new Random(index).Next(0, 3));
            return document.WithValue("index", index);
        });

        var outputs = module.Execute(inputs, Context(maxParallelism: 8));

        Assert.Equal(TestDocuments.Sources(inputs), TestDocuments.Sources(outputs));
        Assert.Equal(Enumerable.Range(0, 1000), outputs.Select(d => d.Get<int>("index")));
        Assert.InRange(module.MaxInFlight, 1, 8);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Given_parallelism_of_at_most_one_When_executed_Then_one_document_at_a_time(int maxParallelism)
    {
        var module = new LambdaModule(document =>
        {
            Thread.Sleep(1);
            return document;
        });

        var outputs = module.Execute(TestDocuments.Many("a.md", "b.md", "c.md", "d.md"), Context(maxParallelism: maxParallelism));

        Assert.Equal(["a.md", "b.md", "c.md", "d.md"], TestDocuments.Sources(outputs));
        Assert.Equal(1, module.MaxInFlight);
    }

    [Fact]
    public void Given_a_module_returning_null_for_some_documents_When_executed_Then_those_are_dropped_and_the_rest_keep_order()
    {
        var module = new LambdaModule(document => document.Source.StartsWith("draft", StringComparison.Ordinal) ? null : document);

        var outputs = module.Execute(TestDocuments.Many("a.md", "draft-b.md", "c.md", "draft-d.md", "e.md"), Context());

        Assert.Equal(["a.md", "c.md", "e.md"], TestDocuments.Sources(outputs));
    }

    [Fact]
    public void Given_documents_When_executed_Then_BeforeExecute_runs_once_with_all_inputs()
    {
        var module = new LambdaModule(document => document);

        module.Execute(TestDocuments.Many("a.md", "b.md", "c.md"), Context());

        Assert.Equal([3], module.BeforeExecuteCounts);
    }

    [Fact]
    public void Given_no_documents_When_executed_Then_no_documents()
    {
        Assert.Empty(new LambdaModule(document => document).Execute([], Context()));
    }

    [Fact]
    public void Given_a_module_that_throws_for_one_document_When_executed_Then_one_unexpected_error_error_names_the_file_and_the_others_go_on()
    {
        var sink = new DiagnosticSink();
        var fullPath = Path.Combine(Path.GetTempPath(), "site", "input", "b.md");
        ImmutableArray<Document> inputs =
        [
            TestDocuments.Text("a.md"),
            TestDocuments.Text("b.md") with { SourceFullPath = fullPath },
            TestDocuments.Text("c.md"),
        ];

        var outputs = new ThrowingModule().Execute(inputs, Context(sink));

        Assert.Equal(["a.md", "c.md"], TestDocuments.Sources(outputs));
        Assert.All(outputs, d => Assert.True(d.Get<bool>("seen")));
        var diagnostic = Assert.Single(sink.All);
        Assert.Equal(
            Diagnostic.Error(
                EngineDiagnostics.Neutral.UnexpectedError.Code,
                "unexpected error in ThrowingModule: InvalidOperationException: boom",
                new SourceLocation(fullPath, 1, 1),
                Hint),
            diagnostic);
        Assert.Equal("unexpected-error", diagnostic.Code);
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void Given_a_generated_document_that_makes_the_module_throw_When_executed_Then_the_error_has_no_location()
    {
        var sink = new DiagnosticSink();

        var outputs = new ThrowingModule().Execute([TestDocuments.Text("b.md")], Context(sink));

        Assert.Empty(outputs);
        var diagnostic = Assert.Single(sink.All);
        Assert.Null(diagnostic.Location);
        Assert.Equal("error unexpected-error: unexpected error in ThrowingModule: InvalidOperationException: boom", new DiagnosticFormatter(Path.GetTempPath()).Header(diagnostic));
    }

    [Fact]
    public void Given_every_document_throws_in_parallel_When_executed_Then_one_error_per_document_and_nothing_escapes()
    {
        var sink = new DiagnosticSink();
        var inputs = ImmutableArray.CreateRange(Enumerable.Range(0, 200).Select(i => TestDocuments.Text($"p{i}.md") with { SourceFullPath = $"/site/p{i:D3}.md" }));
        var module = new LambdaModule(_ => throw new FormatException("bad"));

        var outputs = module.Execute(inputs, Context(sink));

        Assert.Empty(outputs);
        Assert.Equal(200, sink.Count(Severity.Error));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"/site/p{i:D3}.md"), sink.All.Select(d => d.Location!.FullPath));
        Assert.All(sink.All, d => Assert.Equal("unexpected error in LambdaModule: FormatException: bad", d.Message));
    }
}
