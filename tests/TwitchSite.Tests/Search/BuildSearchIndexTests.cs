using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Search;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Tests.Search;

/// <summary>The Output-phase module that runs Pagefind on staging, when things go wrong.</summary>
public sealed class BuildSearchIndexTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("twitchsite-index-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (BuildSearchIndex Module, ExecutionContext Context, OutputFolder Output, DiagnosticSink Sink) Setup(string binary)
    {
        var locator = new PagefindLocator(name => name == "PAGEFIND_EXTENDED_BINARY_PATH" ? binary : null, File.Exists, _ => null);
        var provider = new PagefindProvider(_root, locator, () => null, (_, _) => throw new InvalidOperationException("npm must not run"));
        var output = OutputFolder.BeginStaging(Path.Combine(_root, "site"));
        var sink = new DiagnosticSink();
        var context = TestContexts.For(new EngineServices { Diagnostics = sink, Output = output }, phase: Phase.Output);
        return (new BuildSearchIndex(provider, _root), context, output, sink);
    }

    [Fact]
    public void Given_a_binary_that_cannot_run_When_indexing_Then_an_error_names_it_and_nothing_is_adopted()
    {
        var fake = Path.Combine(_root, "pagefind_extended");
        File.WriteAllText(fake, "not a program");
        var (module, context, output, sink) = Setup(fake);
        using var _ = output;
        output.WriteText("index.html", "<html><body>hi</body></html>");

        module.Execute([], context);

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0603", Severity.Error), (error.Code, error.Severity));
        Assert.StartsWith($"could not run Pagefind ({fake})", error.Message, StringComparison.Ordinal);
        Assert.Equal(["index.html"], output.WrittenPaths);
    }

    [Fact]
    public void Given_the_site_already_has_a_pagefind_folder_When_indexing_Then_it_is_an_error_and_pagefind_does_not_run()
    {
        var (module, context, output, sink) = Setup("/nowhere/pagefind_extended");
        using var _ = output;
        output.WriteText("pagefind/notes.txt", "mine");

        module.Execute([], context);

        var error = Assert.Single(sink.All);
        Assert.Equal("TW0603", error.Code);
        Assert.Contains("the site already has 'pagefind/notes.txt'", error.Message, StringComparison.Ordinal);
    }
}
