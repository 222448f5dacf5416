namespace TwitchSite.Engine.Tests.Pipelines;

using Engine = TwitchSite.Engine.Pipelines.Engine;

/// <summary>What a progress display reads while a build runs: the module running, and how many of its documents are done.</summary>
public sealed class BuildProgressTests
{
    /// <summary>A per-document module that notes, for each document, what the progress said while it ran.</summary>
    private sealed class Noting(BuildProgress progress, List<ProgressStep> seen) : PerDocumentModule
    {
        protected override Document? ExecuteDocument(Document document, ExecutionContext context)
        {
            lock (seen)
            {
                seen.Add(progress.Current.Step);
            }

            return document;
        }
    }

    [Fact]
    public void Given_a_per_document_module_When_the_engine_runs_it_Then_progress_names_it_with_its_total_and_counts_every_document()
    {
        var progress = new BuildProgress();
        var seen = new List<ProgressStep>();
        var pipeline = new Pipeline("Content");
        ((List<IModule>)pipeline.ModulesOf(Phase.Input)).Add(new DelegateModule((_, _) => TestDocuments.Many("a.md", "b.md", "c.md")));
        ((List<IModule>)pipeline.ModulesOf(Phase.Process)).Add(new Noting(progress, seen));

        new Engine([pipeline]).Execute(new EngineServices { Progress = progress, MaxParallelism = 1 });

        Assert.Equal(3, seen.Count);
        Assert.All(seen, step => Assert.Equal(new ProgressStep("Content", nameof(Noting), 3, Counted: true), step));
        Assert.Equal((new ProgressStep("Content", nameof(Noting), 3, Counted: true), 3), progress.Current);
    }

    [Fact]
    public void Given_an_observer_When_the_engine_runs_a_per_document_module_Then_it_sees_the_step_begin_and_every_document_done()
    {
        var changes = new List<(ProgressStep Step, int Done)>();
        var progress = new BuildProgress { Changed = (step, done) => { lock (changes) { changes.Add((step, done)); } } };
        var pipeline = new Pipeline("Content");
        ((List<IModule>)pipeline.ModulesOf(Phase.Input)).Add(new DelegateModule((_, _) => TestDocuments.Many("a.md", "b.md")));
        ((List<IModule>)pipeline.ModulesOf(Phase.Process)).Add(new Noting(progress, []));

        new Engine([pipeline]).Execute(new EngineServices { Progress = progress, MaxParallelism = 1 });

        var noting = changes.Where(c => c.Step.Module == nameof(Noting)).ToList();
        Assert.Equal([0, 1, 2], noting.Select(c => c.Done));
        Assert.All(noting, c => Assert.Equal(new ProgressStep("Content", nameof(Noting), 2, Counted: true), c.Step));
    }

    [Fact]
    public void Given_a_module_that_is_not_per_document_When_it_runs_Then_progress_names_it_uncounted()
    {
        var progress = new BuildProgress();
        ProgressStep? during = null;
        var pipeline = new Pipeline("Search");
        ((List<IModule>)pipeline.ModulesOf(Phase.Output)).Add(new DelegateModule((documents, _) =>
        {
            during = progress.Current.Step;
            return documents;
        }));

        new Engine([pipeline]).Execute(new EngineServices { Progress = progress });

        Assert.Equal(new ProgressStep("Search", nameof(DelegateModule), 0, Counted: false), during);
    }
}
