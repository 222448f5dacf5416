using System.Collections.Immutable;
using TwitchSite.Content;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Layouts;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Benchmarks.Support;

/// <summary>
/// Runs the Content pipeline's modules over the synthetic site up to a given step, so each
/// benchmark measures one step on realistic input. One thread, so the numbers are the cost per
/// core and do not depend on the machine's core count.
/// </summary>
public static class Stages
{
    /// <summary>The repository's theme folder (found above the benchmark binaries).</summary>
    public static string Theme { get; } = Path.Combine(RepositoryRoot(), "theme");

    /// <summary>A fresh single-threaded context seeing <paramref name="outputs"/>.</summary>
    public static ExecutionContext Context(IReadOnlyDictionary<string, ImmutableArray<Document>>? outputs = null, Phase phase = Phase.Process) =>
        new ExecutionContext(new Pipeline("Bench"), phase, new EngineServices { Diagnostics = new DiagnosticSink(), MaxParallelism = 1 }, outputs ?? new Dictionary<string, ImmutableArray<Document>>(), [.. (outputs?.Keys ?? []).Order(StringComparer.Ordinal)], forTest: true);

    /// <summary>The pages as read from disk.</summary>
    public static ImmutableArray<Document> Read(int pageCount) => [.. SyntheticSite.Pages(pageCount)];

    /// <summary>The pages after front matter, folder defaults and checks.</summary>
    public static ImmutableArray<Document> WithFrontMatter(int pageCount) =>
        Run(Read(pageCount), new ExtractFrontMatter(), new ApplyDirectoryMetadata(), new ValidateFrontMatter(), new AssignDestination());

    /// <summary>The pages rendered from markdown, ready for layouts and link checks.</summary>
    public static ImmutableArray<Document> Rendered(int pageCount) => Run(WithFrontMatter(pageCount), new RenderMarkdown());

    /// <summary>The layout module reading the repository's theme.</summary>
    public static RenderLayout Layout() => new([Path.Combine(Theme, "layouts")]);

    /// <summary>Runs <paramref name="modules"/> in order.</summary>
    public static ImmutableArray<Document> Run(ImmutableArray<Document> documents, params IModule[] modules)
    {
        var context = Context();
        foreach (var module in modules)
        {
            documents = module.Execute(documents, context);
        }

        return documents;
    }

    /// <summary>The outputs link validation sees: the pages, and no assets.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<Document>> SiteOutputs(ImmutableArray<Document> pages) =>
        new Dictionary<string, ImmutableArray<Document>>(StringComparer.OrdinalIgnoreCase)
        {
            [PipelineNames.Content] = pages,
            [PipelineNames.Assets] = [],
            [PipelineNames.Data] = [],
        };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TwitchSite.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.GetEnvironmentVariable("TWITCHSITE_ROOT")
            ?? throw new InvalidOperationException("TwitchSite.sln not found above " + AppContext.BaseDirectory + "; set TWITCHSITE_ROOT to the repository");
    }
}
