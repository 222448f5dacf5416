namespace TwitchSite.Engine.Tests.IO;

/// <summary>
/// A preview that stops its background search indexing for a new save must not wait while
/// thousands of half-written files are deleted: the folders are renamed away at once and
/// deleted later.
/// </summary>
public sealed class SetAsideFoldersTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private string MakeFolder(string name, int subfolders)
    {
        var folder = _root.PathOf(name);
        for (var i = 0; i < subfolders; i++)
        {
            var sub = Path.Combine(folder, "section-" + i);
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, "index.html"), "page");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private string[] Names() => Directory.EnumerateDirectories(_root.PathOf("")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Given_a_folder_When_set_aside_Then_its_name_is_free_at_once_and_its_files_wait_under_a_hidden_name()
    {
        var folder = MakeFolder(".site.staging", 3);

        SetAsideFolders.SetAside(folder);

        Assert.False(Directory.Exists(folder));
        var aside = Assert.Single(Names());
        Assert.StartsWith(".site.staging.set-aside-", aside, StringComparison.Ordinal);
        Assert.Equal(3, Directory.EnumerateFiles(_root.PathOf(aside), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Given_folders_set_aside_When_deleting_them_Then_only_those_of_that_output_go()
    {
        SetAsideFolders.SetAside(MakeFolder(".site.staging", 2));
        SetAsideFolders.SetAside(MakeFolder(".site.staging-search", 2));
        SetAsideFolders.SetAside(MakeFolder(".other.staging", 1));
        SetAsideFolders.SetAside(MakeFolder(".site-fr.staging", 1));
        MakeFolder("site", 1);

        Assert.True(SetAsideFolders.DeleteAll(_root.PathOf(""), "site"));

        Assert.Equal(3, Names().Length);
        Assert.Contains("site", Names());
        Assert.StartsWith(".other.staging.set-aside-", Names()[0], StringComparison.Ordinal);
        Assert.StartsWith(".site-fr.staging.set-aside-", Names()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_cancelled_token_When_deleting_Then_it_stops_and_a_later_call_finishes()
    {
        SetAsideFolders.SetAside(MakeFolder(".site.staging", 5));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(SetAsideFolders.DeleteAll(_root.PathOf(""), "site", cancelled.Token));
        Assert.Single(Names());

        Assert.True(SetAsideFolders.DeleteAll(_root.PathOf(""), "site"));
        Assert.Empty(Names());
    }

    [Fact]
    public void Given_a_link_to_another_folder_inside_When_deleting_Then_only_the_link_goes()
    {
        var elsewhere = MakeFolder("elsewhere", 2);
        var folder = MakeFolder(".site.staging", 1);
        Directory.CreateSymbolicLink(Path.Combine(folder, "link"), elsewhere);
        SetAsideFolders.SetAside(folder);

        Assert.True(SetAsideFolders.DeleteAll(_root.PathOf(""), "site"));

        Assert.Equal(["elsewhere"], Names());
        Assert.Equal(2, Directory.EnumerateFiles(elsewhere, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Given_a_staging_folder_When_discarded_later_Then_the_output_is_untouched_and_the_staging_name_is_free()
    {
        var outputPath = _root.PathOf("site");
        using (var first = OutputFolder.BeginStaging(outputPath))
        {
            first.WriteText("index.html", "home");
            first.Commit();
        }

        var second = OutputFolder.BeginStaging(outputPath);
        second.WriteText("index.html", "changed");
        second.DiscardLater();
        second.Dispose();

        Assert.Equal("home", File.ReadAllText(Path.Combine(outputPath, "index.html")));
        Assert.False(Directory.Exists(second.StagingPath));
        Assert.Contains(Names(), n => n.StartsWith(".site.staging.set-aside-", StringComparison.Ordinal));
        using var third = OutputFolder.BeginStaging(outputPath); // the name is free for the next build
        Assert.True(Directory.Exists(third.StagingPath));
    }
}
