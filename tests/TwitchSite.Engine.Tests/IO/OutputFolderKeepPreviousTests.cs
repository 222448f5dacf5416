namespace TwitchSite.Engine.Tests.IO;

/// <summary>
/// A live preview rebuilds its pages and its search index separately: each kind of build carries
/// the other's files over, so neither deletes what the other wrote.
/// </summary>
public sealed class OutputFolderKeepPreviousTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private string OutputPath => _root.PathOf("site");

    private string[] Manifest() => File.ReadAllLines(Path.Combine(OutputPath, OutputNames.Neutral.ManifestName));

    private void FirstBuild()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "home");
        output.WriteText("about/index.html", "about");
        var index = Path.Combine(output.StagingPath, "pagefind", "index");
        Directory.CreateDirectory(index);
        File.WriteAllText(Path.Combine(index, "en_1.pf_index"), "old index");
        output.Adopt("pagefind");
        output.Commit();
    }

    [Fact]
    public void Given_a_pages_only_rebuild_When_it_keeps_the_index_folder_Then_the_index_survives_and_stays_listed()
    {
        FirstBuild();

        using var rebuild = OutputFolder.BeginStaging(OutputPath);
        rebuild.WriteText("index.html", "home, edited");
        rebuild.WriteText("about/index.html", "about");
        var kept = rebuild.KeepPrevious("pagefind");
        var result = rebuild.Commit();

        Assert.Equal(1, kept);
        Assert.Equal(0, result.Deleted);
        Assert.Equal("old index", File.ReadAllText(Path.Combine(OutputPath, "pagefind/index/en_1.pf_index")));
        Assert.Equal("home, edited", File.ReadAllText(Path.Combine(OutputPath, "index.html")));
        Assert.Contains("pagefind/index/en_1.pf_index", Manifest());
    }

    [Fact]
    public void Given_an_index_only_rebuild_When_it_keeps_everything_else_Then_pages_survive_and_the_old_index_files_go()
    {
        FirstBuild();

        using var refresh = OutputFolder.BeginStaging(OutputPath);
        var kept = refresh.KeepPrevious("pagefind", inside: false);
        var index = Path.Combine(refresh.StagingPath, "pagefind", "index");
        Directory.CreateDirectory(index);
        File.WriteAllText(Path.Combine(index, "en_2.pf_index"), "new index");
        refresh.Adopt("pagefind");
        var result = refresh.Commit();

        Assert.Equal(2, kept);
        Assert.Equal(1, result.Deleted);
        Assert.Equal("about", File.ReadAllText(Path.Combine(OutputPath, "about/index.html")));
        Assert.False(File.Exists(Path.Combine(OutputPath, "pagefind/index/en_1.pf_index")));
        Assert.Equal(["about/index.html", "index.html", "pagefind/index/en_2.pf_index"], Manifest());
    }

    [Fact]
    public void Given_a_listed_file_that_is_gone_or_already_written_When_keeping_Then_it_is_skipped()
    {
        FirstBuild();
        File.Delete(Path.Combine(OutputPath, "about/index.html"));

        using var refresh = OutputFolder.BeginStaging(OutputPath);
        refresh.WriteText("index.html", "home");
        var kept = refresh.KeepPrevious("pagefind", inside: false);
        refresh.Commit();

        Assert.Equal(0, kept);
        Assert.DoesNotContain("about/index.html", Manifest());
    }
}
