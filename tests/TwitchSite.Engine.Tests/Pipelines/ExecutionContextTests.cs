namespace TwitchSite.Engine.Tests.Pipelines;

public sealed class ExecutionContextTests
{
    [Fact]
    public void Given_a_test_context_with_outputs_When_OutputsOf_a_visible_pipeline_Then_its_documents()
    {
        var data = TestDocuments.Many("_data/nav.yml");
        var context = TestContexts.For(new EngineServices(), new Dictionary<string, ImmutableArray<Document>> { ["Data"] = data });

        Assert.Equal(data, context.OutputsOf("Data"));
    }

    [Theory]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    public void Given_a_test_context_without_a_pipeline_When_OutputsOf_it_Then_no_documents_as_for_a_site_without_such_files(Phase phase)
    {
        var context = TestContexts.For(new EngineServices(), phase: phase);

        Assert.Empty(context.OutputsOf("Content"));
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
