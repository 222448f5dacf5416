using TwitchSite.Search.Indexing;


namespace TwitchSite.Tests.Search;

public sealed class SearchSourceFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("twitchsite-source-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Given_a_page_that_cannot_be_read_When_copied_Then_the_file_error_itself_is_thrown_and_no_folder_is_left()
    {
        var good = Path.Combine(_root, "good.html");
        File.WriteAllText(good, "<html lang=\"en\"><body><main data-pagefind-body><p>Text</p></main></body></html>");
        var folder = Path.Combine(_root, "source");

        // Callers report file errors by their type (TW0603 "could not run Pagefind"), not as a bug.
        Assert.ThrowsAny<IOException>(() => SearchSourceFolder.Write(folder, [("index.html", good), ("missing/index.html", Path.Combine(_root, "missing.html"))]));

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Given_a_cancelled_token_When_copying_Then_it_stops_and_the_folder_name_is_free()
    {
        var page = Path.Combine(_root, "page.html");
        File.WriteAllText(page, "<html><body><main data-pagefind-body>x</main></body></html>");
        var folder = Path.Combine(_root, "source");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SearchSourceFolder.Write(folder, [("index.html", page)], cancelled.Token));

        Assert.False(Directory.Exists(folder));
    }
}
