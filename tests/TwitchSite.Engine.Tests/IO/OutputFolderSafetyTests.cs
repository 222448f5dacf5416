namespace TwitchSite.Engine.Tests.IO;

/// <summary>
/// What the output folder guarantees when things go wrong: nothing outside it is deleted, two
/// builds never write it at once, and the output is only ever a whole site.
/// </summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly TempFolder _root = new();

    private string OutputPath => _root.PathOf("site");

    public void Dispose() => _root.Dispose();

    private string Out(string relative) => Path.Combine(OutputPath, relative);

    private void Build(params (string Path, string Text)[] files)
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        foreach (var (path, text) in files)
        {
            output.WriteText(path, text);
        }

        output.Commit();
    }

    [Fact]
    public void Given_a_manifest_entry_under_a_linked_folder_When_committed_Then_the_file_the_link_leads_to_is_kept()
    {
        var outside = _root.WriteText("elsewhere/precious.txt", "keep me");
        Build(("index.html", "home"));
        Directory.CreateSymbolicLink(Out("linked"), Path.GetDirectoryName(outside)!);
        File.AppendAllText(Out(OutputNames.Neutral.ManifestName), "linked/precious.txt\n");

        Build(("index.html", "home again"));

        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.Equal("home again", File.ReadAllText(Out("index.html")));
    }

    [Fact]
    public void Given_a_link_someone_put_in_the_output_When_committed_Then_it_stays_a_link_and_its_target_is_untouched()
    {
        var outside = _root.WriteText("elsewhere/data.txt", "theirs");
        Build(("index.html", "home"));
        File.CreateSymbolicLink(Out("data.txt"), outside);

        Build(("index.html", "new home"));

        Assert.Equal(outside, new FileInfo(Out("data.txt")).LinkTarget);
        Assert.Equal("theirs", File.ReadAllText(outside));
    }

    [Fact]
    public async Task Given_a_build_staging_the_output_When_a_second_begins_Then_it_waits_until_the_first_commits()
    {
        var first = OutputFolder.BeginStaging(OutputPath);
        first.WriteText("index.html", "first");
        using var waiting = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            using var output = OutputFolder.BeginStaging(OutputPath, waiting.Set);
            // Staging begins only now: the first build's whole site is what this one sees.
            var seen = File.ReadAllText(Out("index.html"));
            output.WriteText("index.html", "second");
            output.Commit();
            return seen;
        });

        Assert.True(waiting.Wait(TimeSpan.FromMinutes(2)), "the second build never said it waits");
        Assert.False(second.IsCompleted);
        first.Commit();

        Assert.Equal("first", await second);
        Assert.Equal("second", File.ReadAllText(Out("index.html")));
    }

    [Fact]
    public void Given_a_waiting_build_When_it_is_cancelled_Then_it_stops_and_the_first_build_goes_on()
    {
        using var first = OutputFolder.BeginStaging(OutputPath);
        using var cancel = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => OutputFolder.BeginStaging(OutputPath, cancel.Cancel, cancellation: cancel.Token));

        first.WriteText("index.html", "first");
        first.Commit();
        Assert.Equal("first", File.ReadAllText(Out("index.html")));
    }

    [Fact]
    public void Given_a_build_that_is_discarded_When_another_begins_Then_it_does_not_wait()
    {
        OutputFolder.BeginStaging(OutputPath).Discard();
        var waited = false;

        using var second = OutputFolder.BeginStaging(OutputPath, () => waited = true);

        Assert.False(waited);
    }

    [Fact]
    public void Given_a_fallback_swap_killed_between_its_renames_When_the_next_build_begins_Then_the_old_site_is_back()
    {
        // What a process killed after renaming the live folder aside, before renaming the new one in, leaves.
        _root.WriteText(".site.previous/index.html", "old");
        _root.WriteText(".site.staging/index.html", "half");

        using var output = OutputFolder.BeginStaging(OutputPath);

        Assert.Equal("old", File.ReadAllText(Out("index.html")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.StagingPath));
    }

    [Fact]
    public void Given_a_commit_When_it_is_done_Then_no_old_site_or_work_folder_is_left_beside_the_output()
    {
        Build(("index.html", "one"), ("a/index.html", "a"));
        Build(("index.html", "two"));

        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_root.FullPath).Select(Path.GetFileName));
        Assert.False(File.Exists(Out("a/index.html")));
        Assert.False(Directory.Exists(Out("a")));
    }

    [Fact]
    public void Given_the_previous_site_When_it_is_replaced_Then_a_reader_holding_an_old_file_still_reads_it_whole()
    {
        Build(("index.html", "old page"));
        using var reader = File.OpenRead(Out("index.html"));

        Build(("index.html", "new page"));

        Assert.Equal("old page", new StreamReader(reader).ReadToEnd());
        Assert.Equal("new page", File.ReadAllText(Out("index.html")));
    }

    [Fact]
    public void Given_an_output_path_that_is_a_link_When_committed_Then_the_folder_it_leads_to_gets_the_site_and_the_link_stays()
    {
        var real = _root.PathOf("real-site");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(OutputPath, real);

        Build(("index.html", "home"));
        Build(("index.html", "home 2"));

        Assert.Equal(real, new DirectoryInfo(OutputPath).LinkTarget);
        Assert.Equal("home 2", File.ReadAllText(Path.Combine(real, "index.html")));
    }
}
