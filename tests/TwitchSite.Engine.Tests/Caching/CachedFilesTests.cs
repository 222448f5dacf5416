namespace TwitchSite.Engine.Tests.Caching;

/// <summary>ReadFiles, WriteFiles and the output folder with a cache: unchanged files are neither read nor written again.</summary>
public sealed class CachedFilesTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private ImmutableArray<Document> Read(ExecutionCache cache) =>
        new ReadFiles(_root.PathOf("in"), _ => true, p => p.EndsWith(".md", StringComparison.Ordinal))
            .Execute([], TestContexts.For(new EngineServices { Cache = cache }));

    [Fact]
    public void Given_a_cache_When_files_are_read_again_Then_unchanged_files_give_the_same_document_and_changed_or_forgotten_ones_a_new_one()
    {
        var cache = new ExecutionCache();
        _root.WriteText("in/a.md", "a");
        _root.WriteText("in/b.md", "b");
        _root.WriteText("in/c.png", "png");
        var first = Read(cache);

        _root.WriteText("in/b.md", "b changed");
        var second = Read(cache);
        cache.Files.Forget([_root.PathOf("in/a.md")]);
        var third = Read(cache);

        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[1], second[1]);
        Assert.Equal("b changed", TestDocuments.TextOf(second[1]));
        Assert.Same(first[2], second[2]);
        Assert.NotSame(second[0], third[0]);
        Assert.Equal("a", TestDocuments.TextOf(third[0]));
    }

    [Fact]
    public void Given_a_kept_file_When_committed_Then_it_is_untouched_listed_in_the_manifest_and_a_missing_file_cannot_be_kept()
    {
        var outputPath = _root.PathOf("site");
        using (var first = OutputFolder.BeginStaging(outputPath))
        {
            first.WriteText("a.html", "a");
            first.WriteText("b.html", "b");
            first.Commit();
        }

        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(outputPath, "a.html"), longAgo);
        using var second = OutputFolder.BeginStaging(outputPath);
        Assert.True(second.Keep("a.html"));
        Assert.False(second.Keep("gone.html"));
        var result = second.Commit();

        Assert.Equal((0, 1, 1), (result.Changed, result.Unchanged, result.Deleted));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(outputPath, "a.html")));
        Assert.False(File.Exists(Path.Combine(outputPath, "b.html")));
        Assert.Equal("a.html\n", File.ReadAllText(Path.Combine(outputPath, OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_a_cache_When_the_same_content_is_written_again_Then_the_file_is_kept_and_changed_content_is_written()
    {
        var cache = new ExecutionCache();
        var outputPath = _root.PathOf("site");
        var page = new Document { Source = "a.md", Destination = "a.html", Content = DocumentContent.FromText("one") };
        var other = new Document { Source = "b.md", Destination = "b.html", Content = DocumentContent.FromText("two") };
        Write(cache, outputPath, page, other);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(outputPath, "a.html"), longAgo);

        var result = Write(cache, outputPath, page with { }, other with { Content = DocumentContent.FromText("three") });

        Assert.Equal((1, 1), (result.Changed, result.Unchanged));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(outputPath, "a.html")));
        Assert.Equal("three", File.ReadAllText(Path.Combine(outputPath, "b.html")));
    }

    private static CommitResult Write(ExecutionCache cache, string outputPath, params Document[] documents)
    {
        using var output = OutputFolder.BeginStaging(outputPath);
        new WriteFiles().Execute([.. documents], TestContexts.For(new EngineServices { Output = output, Cache = cache }, phase: Phase.Output));
        return output.Commit();
    }
}
