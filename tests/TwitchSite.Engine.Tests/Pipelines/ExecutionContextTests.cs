namespace TwitchSite.Engine.Tests.Pipelines;

public sealed class ExecutionContextTests
{
    [Fact]
    public void Given_a_test_context_with_outputs_When_OutputsOf_a_visible_pipeline_Then_its_documents()
    {
        var data = TestDocuments.Many("_data/nav.yml");
        var context = TestContexts.For(new EngineServices(), new Dictionary<string, ImmutableArray<Document>> { ["Data"] = data });

        Assert.Equal(data, context.OutputsOf("Data"));
        Assert.True(context.CanSee("Data"));
        Assert.False(context.CanSee("Content"));
    }

    [Theory]
    [InlineData(Phase.Process, "pipeline 'Test' cannot see the outputs of 'Content' in its Process phase; add it to Dependencies")]
    [InlineData(Phase.PostProcess, "pipeline 'Test' cannot see the outputs of 'Content' in its PostProcess phase; add it to Dependencies")]
    public void Given_a_pipeline_that_is_not_visible_When_OutputsOf_Then_the_error_says_which_and_how_to_fix_it(Phase phase, string expected)
    {
        var context = TestContexts.For(new EngineServices(), phase: phase);

        var exception = Assert.Throws<InvalidOperationException>(() => context.OutputsOf("Content"));

        Assert.Equal(expected, exception.Message);
    }

    [Fact]
    public void Given_services_When_a_context_is_made_Then_it_passes_them_through()
    {
        var services = new EngineServices
        {
            Settings = Metadata.Create([new("title", "Site")]),
            Diagnostics = new DiagnosticSink(),
            MaxParallelism = 3,
        };

        var context = TestContexts.For(services, phase: Phase.Output);

        Assert.Same(services, context.Services);
        Assert.Same(services.Settings, context.Settings);
        Assert.Same(services.Diagnostics, context.Diagnostics);
        Assert.Null(context.Output);
        Assert.Equal(3, context.MaxParallelism);
        Assert.Equal(Phase.Output, context.Phase);
        Assert.Equal("Test", context.Pipeline.Name);
    }
}
