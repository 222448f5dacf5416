namespace TwitchSite.Engine.Tests.Modules;

public sealed class ReadFilesTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly DiagnosticSink _sink = new();

    public void Dispose() => _root.Dispose();

    private ImmutableArray<Document> Read(Func<string, bool>? include = null, Func<string, bool>? readAsText = null, string sourcePrefix = "", ImmutableArray<Document> inputs = default) =>
        new ReadFiles(_root.FullPath, include ?? (_ => true), readAsText ?? (_ => true), sourcePrefix)
            .Execute(inputs.IsDefault ? [] : inputs, TestContexts.For(new EngineServices { Diagnostics = _sink, MaxParallelism = 4 }));

    [Fact]
    public void Given_files_in_any_order_When_read_Then_documents_come_in_ordinal_path_order()
    {
        foreach (var file in new[] { "b.md", "sub/c.md", "a.md", "sub.md", "B.md", "_z.md", "sub/deeper/e.md" })
        {
            _root.WriteText(file, file);
        }

        var documents = Read();

        Assert.Equal(["B.md", "_z.md", "a.md", "b.md", "sub.md", "sub/c.md", "sub/deeper/e.md"], TestDocuments.Sources(documents));
        Assert.All(documents, d => Assert.Equal(d.Source, TestDocuments.TextOf(d)));
        Assert.All(documents, d => Assert.Equal(_root.PathOf(d.Source), d.SourceFullPath));
        Assert.All(documents, d => Assert.Null(d.Destination));
        Assert.Empty(_sink.All);
    }

    [Fact]
    public void Given_dot_files_and_dot_folders_When_read_Then_they_are_skipped_at_every_depth()
    {
        foreach (var file in new[] { "a.md", ".hidden.md", ".git/config", ".git/objects/x.md", "sub/.drafts/d.md", "sub/.x.md", "sub/c.md" })
        {
            _root.WriteText(file, "x");
        }

        Assert.Equal(["a.md", "sub/c.md"], TestDocuments.Sources(Read()));
    }

    [Fact]
    public void Given_a_symbolic_link_to_a_folder_outside_When_read_Then_it_is_not_entered()
    {
        using var outside = new TempFolder();
        outside.WriteText("secret.md", "secret");
        _root.WriteText("a.md", "a");
        Directory.CreateSymbolicLink(_root.PathOf("linked"), outside.FullPath);

        Assert.Equal(["a.md"], TestDocuments.Sources(Read()));
    }

    [Fact]
    public void Given_an_include_filter_When_read_Then_only_accepted_paths_are_read_and_the_filter_sees_relative_slash_paths()
    {
        foreach (var file in new[] { "a.md", "b.txt", "sub/c.md", "sub/d.png" })
        {
            _root.WriteText(file, "x");
        }

        var asked = new System.Collections.Concurrent.ConcurrentBag<string>();
        var documents = Read(include: p =>
        {
            asked.Add(p);
            return p.EndsWith(".md", StringComparison.Ordinal);
        });

        Assert.Equal(["a.md", "sub/c.md"], TestDocuments.Sources(documents));
        Assert.Equal(["a.md", "b.txt", "sub/c.md", "sub/d.png"], asked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_files_not_read_as_text_When_read_Then_they_become_file_content_without_being_decoded()
    {
        _root.WriteBytes("img/logo.png", [0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE]);
        _root.WriteText("a.md", "# A");

        var documents = Read(readAsText: p => p.EndsWith(".md", StringComparison.Ordinal));

        Assert.Equal(["a.md", "img/logo.png"], TestDocuments.Sources(documents));
        Assert.Equal("# A", TestDocuments.TextOf(documents[0]));
        Assert.Equal(_root.PathOf("img/logo.png"), Assert.IsType<FileContent>(documents[1].Content).FullPath);
        Assert.Empty(_sink.All);
    }

    [Fact]
    public void Given_a_source_prefix_When_read_Then_every_source_starts_with_it()
    {
        _root.WriteText("css/site.css", "body{}");
        _root.WriteText("js/site.js", "");

        var documents = Read(readAsText: _ => false, sourcePrefix: "assets/");

        Assert.Equal(["assets/css/site.css", "assets/js/site.js"], TestDocuments.Sources(documents));
        Assert.Equal(_root.PathOf("css/site.css"), documents[0].SourceFullPath);
        Assert.Equal(_root.PathOf("css/site.css"), Assert.IsType<FileContent>(documents[0].Content).FullPath);
    }

    [Fact]
    public void Given_a_source_prefix_When_read_Then_the_include_filter_sees_the_path_relative_to_the_root()
    {
        _root.WriteText("css/site.css", "body{}");

        var documents = Read(include: p => p.StartsWith("css/", StringComparison.Ordinal), sourcePrefix: "assets/");

        Assert.Equal(["assets/css/site.css"], TestDocuments.Sources(documents));
    }

    [Fact]
    public void Given_a_file_that_is_not_UTF8_When_read_Then_invalid_utf8_error_at_the_bad_byte_and_the_other_files_are_still_read()
    {
        _root.WriteText("a.md", "alpha");
        var bad = _root.WriteBytes("b.md", [.. "title: é\nok\nabcd"u8, 0xFF, .. " rest\n"u8]);
        _root.WriteText("c.md", "gamma");

        var documents = Read();

        Assert.Equal(["a.md", "c.md"], TestDocuments.Sources(documents));
        Assert.Equal(["alpha", "gamma"], documents.Select(TestDocuments.TextOf));
        var diagnostic = Assert.Single(_sink.All);
        Assert.Equal(
            Diagnostic.Error(
                "invalid-utf8",
                "file is not valid UTF-8",
                new SourceLocation(bad, 3, 5),
                "save the file with UTF-8 encoding (most editors: 'Save with encoding' > UTF-8)"),
            diagnostic);
        Assert.Equal("b.md:3:5: error invalid-utf8: file is not valid UTF-8", new DiagnosticFormatter(_root.FullPath).Header(diagnostic));
    }

    [Fact]
    public void Given_a_text_file_with_a_byte_order_mark_When_read_Then_the_text_has_no_byte_order_mark()
    {
        _root.WriteBytes("a.md", [0xEF, 0xBB, 0xBF, .. "# Title"u8]);

        Assert.Equal("# Title", TestDocuments.TextOf(Assert.Single(Read())));
    }

    [Fact]
    public void Given_earlier_documents_When_read_Then_the_files_are_appended_after_them()
    {
        _root.WriteText("a.md", "a");

        var documents = Read(inputs: [TestDocuments.Text("generated.xml")]);

        Assert.Equal(["generated.xml", "a.md"], TestDocuments.Sources(documents));
    }

    [Fact]
    public void Given_a_missing_folder_When_read_Then_the_inputs_come_back_and_nothing_is_reported()
    {
        var missing = _root.PathOf("nope");
        ImmutableArray<Document> inputs = [TestDocuments.Text("x.md")];

        var documents = new ReadFiles(missing, _ => true, _ => true).Execute(inputs, TestContexts.For(new EngineServices { Diagnostics = _sink }));

        Assert.Equal(["x.md"], TestDocuments.Sources(documents));
        Assert.Empty(_sink.All);
    }

    [Fact]
    public void Given_many_files_When_read_in_parallel_Then_the_order_is_still_ordinal()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"d{i % 7}/p{i:D3}.md").ToList();
        foreach (var name in names)
        {
            _root.WriteText(name, name);
        }

        var documents = Read();

        Assert.Equal(names.Order(StringComparer.Ordinal), TestDocuments.Sources(documents));
        Assert.All(documents, d => Assert.Equal(d.Source, TestDocuments.TextOf(d)));
    }
}
