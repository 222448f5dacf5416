using System.Text;

namespace TwitchSite.Engine.Tests.Modules;

public sealed class WriteFilesTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly DiagnosticSink _sink = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Given_text_and_file_documents_When_written_Then_staging_holds_their_bytes_and_the_documents_come_back_unchanged()
    {
        byte[] logo = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF];
        var logoSource = _root.WriteBytes("theme/logo.png", logo);
        using var output = OutputFolder.BeginStaging(_root.PathOf("site"));
        var context = TestContexts.For(new EngineServices { Diagnostics = _sink, Output = output }, phase: Phase.Output);
        ImmutableArray<Document> documents =
        [
            TestDocuments.Text("index.md", "<h1>Café</h1>") with { Destination = "index.html" },
            new Document { Source = "logo.png", Content = DocumentContent.FromFile(logoSource), Destination = "img/logo.png" },
            TestDocuments.Text("_data/nav.yml", "nav: []"),
        ];

        var result = new WriteFiles().Execute(documents, context);

        Assert.Equal<Document>(documents, result);
        Assert.Equal(Encoding.UTF8.GetBytes("<h1>Café</h1>"), File.ReadAllBytes(Path.Combine(output.StagingPath, "index.html")));
        Assert.Equal(logo, File.ReadAllBytes(Path.Combine(output.StagingPath, "img", "logo.png")));
        Assert.Equal(["img/logo.png", "index.html"], output.WrittenPaths.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(output.FullPath));
        Assert.Empty(_sink.All);
    }

    [Fact]
    public void Given_written_documents_When_committed_Then_the_output_folder_has_them()
    {
        using var output = OutputFolder.BeginStaging(_root.PathOf("site"));
        var context = TestContexts.For(new EngineServices { Output = output }, phase: Phase.Output);

        new WriteFiles().Execute([TestDocuments.Text("a.md", "A") with { Destination = "a/index.html" }], context);
        output.Commit();

        Assert.Equal("A", File.ReadAllText(_root.PathOf("site/a/index.html")));
    }

    [Fact]
    public void Given_no_output_folder_When_written_Then_the_documents_come_back_and_nothing_is_written()
    {
        ImmutableArray<Document> documents = [TestDocuments.Text("a.md", "A") with { Destination = "a.html" }];

        var result = new WriteFiles().Execute(documents, TestContexts.For(new EngineServices { Diagnostics = _sink }));

        Assert.Equal<Document>(documents, result);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root.FullPath));
        Assert.Empty(_sink.All);
    }

    [Fact]
    public void Given_two_documents_with_the_same_destination_When_written_Then_one_unexpected_error_error_and_one_file()
    {
        using var output = OutputFolder.BeginStaging(_root.PathOf("site"));
        var context = TestContexts.For(new EngineServices { Diagnostics = _sink, Output = output, MaxParallelism = 1 }, phase: Phase.Output);
        ImmutableArray<Document> documents =
        [
            TestDocuments.Text("a.md", "first") with { Destination = "page.html", SourceFullPath = "/site/a.md" },
            TestDocuments.Text("b.md", "second") with { Destination = "page.html", SourceFullPath = "/site/b.md" },
        ];

        var result = new WriteFiles().Execute(documents, context);

        Assert.Equal(["a.md"], TestDocuments.Sources(result));
        var diagnostic = Assert.Single(_sink.All);
        Assert.Equal("unexpected-error", diagnostic.Code);
        Assert.Equal("unexpected error in WriteFiles: DuplicateOutputException: 'page.html' was written twice in one build", diagnostic.Message);
        Assert.Equal("/site/b.md", diagnostic.Location?.FullPath);
        Assert.Equal("first", File.ReadAllText(Path.Combine(output.StagingPath, "page.html")));
    }

    [Fact]
    public void Given_two_documents_with_the_same_destination_in_a_build_with_errors_When_written_Then_the_first_is_written_and_no_unexpected_error()
    {
        // A build that writes despite its errors (a live preview): the collision was reported by a check as a content error.
        using var output = OutputFolder.BeginStaging(_root.PathOf("site"));
        _sink.Add(DiagnosticDescriptor.Error("duplicate", "two files for one path", "two files for '{0}'").Create(new SourceLocation("/site/b.md"), "page.html"));
        var context = TestContexts.For(new EngineServices { Diagnostics = _sink, Output = output, OutputDespiteErrors = true, MaxParallelism = 1 }, phase: Phase.Output);
        ImmutableArray<Document> documents =
        [
            TestDocuments.Text("a.md", "first") with { Destination = "page.html", SourceFullPath = "/site/a.md" },
            TestDocuments.Text("b.md", "second") with { Destination = "page.html", SourceFullPath = "/site/b.md" },
        ];

        var result = new WriteFiles().Execute(documents, context);

        Assert.Equal(["a.md", "b.md"], TestDocuments.Sources(result));
        Assert.Equal(["duplicate"], _sink.All.Select(d => d.Code));
        Assert.Equal("first", File.ReadAllText(Path.Combine(output.StagingPath, "page.html")));
    }

    [Fact]
    public void Given_a_destination_leaving_the_output_folder_When_written_Then_an_error_and_nothing_written_outside()
    {
        using var output = OutputFolder.BeginStaging(_root.PathOf("site"));
        var context = TestContexts.For(new EngineServices { Diagnostics = _sink, Output = output }, phase: Phase.Output);

        var result = new WriteFiles().Execute([TestDocuments.Text("a.md", "x") with { Destination = "../escape.html" }], context);

        Assert.Empty(result);
        Assert.Equal("unexpected-error", Assert.Single(_sink.All).Code);
        Assert.False(File.Exists(_root.PathOf("escape.html")));
    }
}
