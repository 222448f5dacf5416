namespace TwitchSite.Engine.Tests.Pipelines;

public sealed class PipelineGraphTests
{
    private static string[] Names(IEnumerable<Pipeline> pipelines) => [.. pipelines.Select(p => p.Name)];

    [Fact]
    public void Given_a_chain_registered_backwards_When_ordered_Then_each_pipeline_follows_its_dependencies()
    {
        Pipeline[] pipelines = [new("Feed", "Content"), new("Content", "Data"), new("Data")];

        Assert.Equal(["Data", "Content", "Feed"], Names(PipelineGraph.Order(pipelines)));
    }

    [Fact]
    public void Given_independent_pipelines_When_ordered_Then_registration_order_is_kept()
    {
        Pipeline[] pipelines = [new("Content"), new("Assets"), new("Data")];

        Assert.Equal(["Content", "Assets", "Data"], Names(PipelineGraph.Order(pipelines)));
    }

    [Fact]
    public void Given_a_diamond_When_ordered_Then_the_shared_dependency_runs_once_and_first()
    {
        Pipeline[] pipelines = [new("Sitemap", "Content", "Assets"), new("Content", "Data"), new("Assets", "Data"), new("Data")];

        Assert.Equal(["Data", "Content", "Assets", "Sitemap"], Names(PipelineGraph.Order(pipelines)));
    }

    [Fact]
    public void Given_the_same_pipelines_When_ordered_Then_the_very_same_instances_come_back()
    {
        var data = new Pipeline("Data");
        var content = new Pipeline("Content", "Data");

        var ordered = PipelineGraph.Order([content, data]);

        Assert.Same(data, ordered[0]);
        Assert.Same(content, ordered[1]);
    }

    [Fact]
    public void Given_an_unknown_dependency_When_ordered_Then_the_error_names_both_pipelines()
    {
        Pipeline[] pipelines = [new("Content"), new("Feed", "Contnet")];

        var exception = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Order(pipelines));

        Assert.Equal("pipeline 'Feed' depends on unknown pipeline 'Contnet'", exception.Message);
    }

    [Theory]
    [InlineData("Content", "Content")]
    [InlineData("Content", "content")]
    public void Given_two_pipelines_with_the_same_name_When_ordered_Then_the_error_names_it(string first, string second)
    {
        Pipeline[] pipelines = [new(first), new("Data"), new(second)];

        var exception = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Order(pipelines));

        Assert.Equal($"two pipelines are named '{second}'", exception.Message);
    }

    [Fact]
    public void Given_a_three_pipeline_cycle_When_ordered_Then_the_error_shows_the_cycle_in_order()
    {
        Pipeline[] pipelines = [new("A", "B"), new("B", "C"), new("C", "A")];

        var exception = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Order(pipelines));

        Assert.Equal("pipelines depend on each other in a cycle: A -> B -> C -> A", exception.Message);
    }

    [Fact]
    public void Given_a_cycle_reached_through_another_pipeline_When_ordered_Then_only_the_cycle_is_named()
    {
        Pipeline[] pipelines = [new("Root", "A"), new("A", "B"), new("B", "A")];

        var exception = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Order(pipelines));

        Assert.Equal("pipelines depend on each other in a cycle: A -> B -> A", exception.Message);
    }

    [Fact]
    public void Given_a_pipeline_depending_on_itself_When_ordered_Then_it_is_a_cycle()
    {
        Pipeline[] pipelines = [new("Content"), new("Feed", "Feed")];

        var exception = Assert.Throws<PipelineConfigurationException>(() => PipelineGraph.Order(pipelines));

        Assert.Equal("pipelines depend on each other in a cycle: Feed -> Feed", exception.Message);
    }

    [Fact]
    public void Given_no_pipelines_When_ordered_Then_the_order_is_empty()
    {
        Assert.Empty(PipelineGraph.Order([]));
    }
}
