namespace TwitchSite.Engine.Tests.Caching;

public sealed class CacheStampTests
{
    [Fact]
    public void Given_equal_parts_When_compared_Then_equal_and_metadata_counts_only_when_it_is_the_same_object()
    {
        var settings = Metadata.Create([KeyValuePair.Create<string, object?>("title", "x")]);
        var sameValues = Metadata.Create([KeyValuePair.Create<string, object?>("title", "x")]);
        ImmutableArray<Document> docs = [TestDocuments.Text("a.md", "text")];
        ImmutableArray<Document> equalDocs = [TestDocuments.Text("a.md", "text")];

        Assert.Equal(new CacheStamp(settings, docs, "v", 3, new List<object?> { "a", 1 }), new CacheStamp(settings, equalDocs, "v", 3, new List<object?> { "a", 1 }));
        Assert.NotEqual(new CacheStamp(settings), new CacheStamp(sameValues));
        Assert.NotEqual(new CacheStamp(docs), new CacheStamp(ImmutableArray.Create(TestDocuments.Text("a.md", "changed"))));
        Assert.NotEqual(new CacheStamp(new List<object?> { "a" }), new CacheStamp(new List<object?> { "a", "b" }));
        Assert.NotEqual(new CacheStamp("a"), new CacheStamp("a", "b"));
    }

    [Fact]
    public void Given_file_contents_When_the_file_changes_Then_the_documents_are_no_longer_the_same()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("a.css", "a{}");
        var before = new Document { Source = "a.css", Content = DocumentContent.FromFile(path) };
        var again = new Document { Source = "a.css", Content = DocumentContent.FromFile(path) };
        File.WriteAllText(path, "a{color:red}");
        var after = new Document { Source = "a.css", Content = DocumentContent.FromFile(path) };

        Assert.True(DocumentIdentity.Same(before, again));
        Assert.False(DocumentIdentity.Same(before, after));
    }
}
