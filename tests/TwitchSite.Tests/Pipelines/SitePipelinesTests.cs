using TwitchSite.Engine.Pipelines;
using TwitchSite.Pipelines;
using TwitchSite.Site;

namespace TwitchSite.Tests.Pipelines;

/// <summary>How the site's pipelines are wired: what the engine checks and derives at start-up.</summary>
public sealed class SitePipelinesTests
{
    [Fact]
    public void Given_the_site_pipelines_When_the_engine_is_created_Then_every_module_read_is_a_dependency_and_the_duplicate_check_sees_every_writing_pipeline()
    {
        var pipelines = SitePipelines.Create(SitePaths.From("input", "theme", "output"));

        var engine = new TwitchSite.Engine.Pipelines.Engine(pipelines); // throws when a module reads a pipeline its own does not depend on

        var writers = PipelineReads.WritingPipelines(pipelines);
        var analyze = engine.Pipelines.Single(p => p.Name == PipelineNames.Analyze);
        Assert.Contains(PipelineNames.Redirects, writers); // the forwarding pages, which the old hand-made list missed
        Assert.All(writers, writer => Assert.Contains(writer, analyze.Dependencies));
        Assert.True(engine.Pipelines.ToList().IndexOf(analyze) > writers.Max(w => engine.Pipelines.ToList().FindIndex(p => p.Name == w)));
    }

    [Fact]
    public void Given_a_forwarding_page_on_the_path_of_an_input_file_When_built_Then_TW0202_names_both()
    {
        using var site = Support.FixtureSite.Create("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            redirect_from: [/old/]
            ---
            A.
            -- input/old/index.html --
            <p>kept</p>
            """);

        var outcome = site.Build();

        Assert.Contains(site.Headers(outcome), h => h.Contains("error TW0202", StringComparison.Ordinal) && h.Contains("'/old/index.html'", StringComparison.Ordinal));
    }
}
