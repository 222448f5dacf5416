using System.Text;

namespace TwitchSite.Engine.Tests.IO;

public sealed class OutputFolderTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempFolder _root = new();

    public OutputFolderTests()
    {
        OutputPath = _root.PathOf("site");
    }

    private string OutputPath { get; }

    public void Dispose() => _root.Dispose();

    private string Out(string relative) => Path.Combine(OutputPath, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Runs one build that writes <paramref name="files"/> (path, text) and commits it.</summary>
    private CommitResult Build(params (string Path, string Text)[] files)
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        foreach (var (path, text) in files)
        {
            output.WriteText(path, text);
        }

        return output.Commit();
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes and write time, keyed by '/'-separated relative path.</summary>
    private static SortedDictionary<string, (string Bytes, DateTime Written)> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => (Convert.ToHexString(File.ReadAllBytes(f)), File.GetLastWriteTimeUtc(f))),
            StringComparer.Ordinal);

    [Fact]
    public void Given_an_output_path_When_staging_begins_Then_staging_is_a_hidden_sibling_and_the_output_is_not_created()
    {
        using var output = OutputFolder.BeginStaging(OutputPath + Path.DirectorySeparatorChar);

        Assert.Equal(OutputPath, output.FullPath);
        Assert.Equal(_root.PathOf(".site.staging"), output.StagingPath);
        Assert.True(Directory.Exists(output.StagingPath));
        Assert.False(Directory.Exists(OutputPath));
    }

    [Fact]
    public void Given_texts_put_aside_in_the_spill_When_the_build_commits_Then_they_read_back_until_then_and_the_output_has_only_the_written_files()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        var held = (TextContent)output.Spill.Hold("<p>Café</p>"u8);
        output.WriteText("index.html", held.Text);

        Assert.Same(output.Spill, output.Spill);
        Assert.Equal("<p>Café</p>", held.Text);
        output.Commit();

        Assert.Equal([OutputNames.Neutral.ManifestName, "index.html"], Directory.EnumerateFiles(OutputPath).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Throws<ObjectDisposedException>(() => held.Text); // the spill lives as long as the build
    }

    [Fact]
    public void Given_staging_left_by_a_killed_build_When_staging_begins_Then_it_starts_empty()
    {
        _root.WriteText(".site.staging/stale.html", "old");

        using var output = OutputFolder.BeginStaging(OutputPath);

        Assert.Empty(Directory.EnumerateFileSystemEntries(output.StagingPath));
    }

    [Fact]
    public void Given_written_files_When_committed_Then_the_output_has_them_with_exact_bytes_and_staging_is_gone()
    {
        var source = _root.WriteBytes("theme/logo.png", [0x89, 0x50, 0x00, 0xFF]);
        var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "<p>Café</p>");
        output.CopyFile("img\\logo.png", source);

        var result = output.Commit();

        Assert.Equal(new CommitResult(2, 0, 0), result);
        Assert.Equal(Encoding.UTF8.GetBytes("<p>Café</p>"), File.ReadAllBytes(Out("index.html")));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x00, 0xFF }, File.ReadAllBytes(Out("img/logo.png")));
        Assert.Equal("img/logo.png\nindex.html\n", File.ReadAllText(Out(OutputNames.Neutral.ManifestName)));
        Assert.False(Directory.Exists(output.StagingPath));
        Assert.Equal(["site", "theme"], Directory.EnumerateFileSystemEntries(_root.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_second_identical_build_When_committed_Then_no_file_is_rewritten_and_all_are_reported_unchanged()
    {
        Build(("index.html", "home"), ("a/index.html", "page a"));
        foreach (var file in new[] { "index.html", "a/index.html", OutputNames.Neutral.ManifestName })
        {
            File.SetLastWriteTimeUtc(Out(file), LongAgo);
        }

        var before = Snapshot(OutputPath);

        var result = Build(("a/index.html", "page a"), ("index.html", "home"));

        Assert.Equal(new CommitResult(0, 2, 0), result);
        Assert.Equal(before, Snapshot(OutputPath));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Out("index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Out("a/index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Out(OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_a_file_whose_bytes_changed_When_committed_Then_only_it_is_replaced()
    {
        Build(("a.html", "one"), ("b.html", "same"));
        File.SetLastWriteTimeUtc(Out("a.html"), LongAgo);
        File.SetLastWriteTimeUtc(Out("b.html"), LongAgo);

        var result = Build(("a.html", "two"), ("b.html", "same"));

        Assert.Equal(new CommitResult(1, 1, 0), result);
        Assert.Equal("two", File.ReadAllText(Out("a.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Out("a.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Out("b.html")));
    }

    [Fact]
    public void Given_a_file_of_the_same_length_but_other_bytes_When_committed_Then_it_is_replaced()
    {
        Build(("a.html", "abc"));

        var result = Build(("a.html", "abd"));

        Assert.Equal(new CommitResult(1, 0, 0), result);
        Assert.Equal("abd", File.ReadAllText(Out("a.html")));
    }

    [Fact]
    public void Given_a_file_an_earlier_build_wrote_and_this_one_does_not_When_committed_Then_it_is_deleted_with_its_empty_folders()
    {
        Build(("index.html", "home"), ("old/deep/page.html", "old"));
        Assert.Contains("old/deep/page.html", File.ReadAllLines(Out(OutputNames.Neutral.ManifestName)));

        var result = Build(("index.html", "home"));

        Assert.Equal(new CommitResult(0, 1, 1), result);
        Assert.False(File.Exists(Out("old/deep/page.html")));
        Assert.False(Directory.Exists(Out("old")));
        Assert.True(File.Exists(Out("index.html")));
        Assert.Equal("index.html\n", File.ReadAllText(Out(OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_files_created_by_hand_in_the_output_When_builds_commit_Then_they_survive_every_commit()
    {
        _root.WriteText("site/CNAME", "example.org");
        _root.WriteText("site/old/keep.txt", "mine");
        _root.WriteText("site/notes/by-hand.md", "notes");

        Build(("index.html", "home"), ("old/page.html", "old"));
        Build(("other.html", "other"));
        Build();

        Assert.Equal("example.org", File.ReadAllText(Out("CNAME")));
        Assert.Equal("mine", File.ReadAllText(Out("old/keep.txt")));
        Assert.Equal("notes", File.ReadAllText(Out("notes/by-hand.md")));
        Assert.False(File.Exists(Out("old/page.html")));
        Assert.False(File.Exists(Out("index.html")));
        Assert.False(File.Exists(Out("other.html")));
        Assert.Equal([OutputNames.Neutral.ManifestName, "CNAME", "notes/by-hand.md", "old/keep.txt"], Snapshot(OutputPath).Keys);
    }

    [Fact]
    public void Given_a_previous_output_When_a_build_is_discarded_Then_the_output_is_byte_for_byte_as_it_was_and_staging_is_gone()
    {
        _root.WriteText("site/CNAME", "example.org");
        Build(("index.html", "home"), ("a/index.html", "page a"));
        var before = Snapshot(OutputPath);

        var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "broken home");
        output.WriteText("b/index.html", "new page");
        output.Discard();

        Assert.Equal(before, Snapshot(OutputPath));
        Assert.False(Directory.Exists(output.StagingPath));
    }

    [Fact]
    public void Given_a_build_that_is_disposed_without_commit_When_disposed_Then_it_is_discarded()
    {
        Build(("index.html", "home"));
        var before = Snapshot(OutputPath);

        string staging;
        using (var output = OutputFolder.BeginStaging(OutputPath))
        {
            output.WriteText("index.html", "other");
            staging = output.StagingPath;
        }

        Assert.Equal(before, Snapshot(OutputPath));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Given_no_previous_output_When_a_build_is_discarded_Then_no_output_folder_appears()
    {
        var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "home");

        output.Discard();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_root.FullPath));
    }

    [Theory]
    [InlineData("a/b.html", "a/b.html")]
    [InlineData("a/b.html", "a\\b.html")]
    public void Given_a_path_already_written_When_written_again_Then_InvalidOperationException(string first, string second)
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText(first, "one");

        var exception = Assert.Throws<DuplicateOutputException>(() => output.WriteText(second, "two"));

        Assert.Equal("'a/b.html' was written twice in one build", exception.Message);
        Assert.Equal("one", File.ReadAllText(Path.Combine(output.StagingPath, "a", "b.html")));
    }

    [Fact]
    public void Given_a_text_and_a_copy_to_the_same_path_When_written_Then_InvalidOperationException()
    {
        var source = _root.WriteText("src.txt", "x");
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.CopyFile("a.txt", source);

        Assert.Throws<DuplicateOutputException>(() => output.WriteText("a.txt", "y"));
    }

    [Fact]
    public void Given_a_path_leaving_the_folder_When_written_Then_ArgumentException_and_nothing_is_written()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);

        Assert.Throws<ArgumentException>(() => output.WriteText("../escape.html", "x"));
        Assert.Empty(output.WrittenPaths);
        Assert.False(File.Exists(_root.PathOf("escape.html")));
    }

    [Fact]
    public void Given_writes_When_WrittenPaths_is_read_Then_normalised_paths()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("a\\b.html", "");
        output.WriteText("c.html", "");

        Assert.Equal(["a/b.html", "c.html"], output.WrittenPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_manifest_naming_paths_outside_the_output_When_committed_Then_nothing_outside_is_deleted()
    {
        var outside = _root.WriteText("outside.txt", "keep me");
        var absolute = _root.WriteText("absolute.txt", "keep me too");
        _root.WriteText("site/stale.html", "stale");
        var manifest = string.Join('\n', "../outside.txt", "a/../../outside.txt", "..\\outside.txt", absolute, "./stale.html", "stale.html") + "\n";
        _root.WriteText("site/" + OutputNames.Neutral.ManifestName, manifest);

        var result = Build(("index.html", "home"));

        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.Equal("keep me too", File.ReadAllText(absolute));
        Assert.False(File.Exists(Out("stale.html")));
        Assert.Equal(new CommitResult(1, 0, 1), result);
        Assert.Equal("index.html\n", File.ReadAllText(Out(OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_a_manifest_line_for_a_file_already_gone_When_committed_Then_nothing_is_counted()
    {
        Build(("a.html", "a"), ("b.html", "b"));
        File.Delete(Out("b.html"));

        Assert.Equal(new CommitResult(0, 1, 0), Build(("a.html", "a")));
    }

    [Fact]
    public void Given_a_generated_file_deleted_by_hand_When_the_same_build_runs_Then_it_is_written_again()
    {
        Build(("a.html", "a"));
        File.Delete(Out("a.html"));

        Assert.Equal(new CommitResult(1, 0, 0), Build(("a.html", "a")));
        Assert.Equal("a", File.ReadAllText(Out("a.html")));
    }

    [Fact]
    public void Given_a_committed_build_When_committed_or_discarded_again_Then_commit_throws_and_discard_does_nothing()
    {
        var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("a.html", "a");
        output.Commit();

        Assert.Throws<ObjectDisposedException>(() => output.Commit());
        output.Discard();
        output.Dispose();
        Assert.Equal("a", File.ReadAllText(Out("a.html")));
    }

    [Fact]
    public void Given_an_empty_build_When_committed_Then_the_output_folder_exists_with_an_empty_manifest()
    {
        var result = Build();

        Assert.Equal(new CommitResult(0, 0, 0), result);
        Assert.Equal("\n", File.ReadAllText(Out(OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_an_output_with_the_same_bytes_When_written_Then_nothing_is_staged_and_the_output_file_is_current()
    {
        Build(("a/index.html", "same"), ("b.html", "old"));
        using var output = OutputFolder.BeginStaging(OutputPath);

        output.WriteText("a/index.html", "same");
        output.WriteBytes("b.html", Encoding.UTF8.GetBytes("new"));

        Assert.False(File.Exists(Path.Combine(output.StagingPath, "a", "index.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output.StagingPath, "b.html")));
        Assert.Equal(Out("a/index.html"), output.CurrentPathOf("a/index.html"));
        Assert.Equal(Path.Combine(output.StagingPath, "b.html"), output.CurrentPathOf("b.html"));
        Assert.Equal(new CommitResult(1, 1, 0), output.Commit());
        Assert.Equal("new", File.ReadAllText(Out("b.html")));
    }

    [Fact]
    public void Given_an_empty_output_folder_When_committed_Then_it_holds_the_files_and_the_manifest_and_staging_is_gone()
    {
        Directory.CreateDirectory(OutputPath);

        var result = Build(("index.html", "home"), ("a/b/index.html", "deep"));

        Assert.Equal(new CommitResult(2, 0, 0), result);
        Assert.Equal("deep", File.ReadAllText(Out("a/b/index.html")));
        Assert.Equal("a/b/index.html\nindex.html\n", File.ReadAllText(Out(OutputNames.Neutral.ManifestName)));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_root.FullPath).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_an_output_folder_that_gets_a_file_during_the_build_When_committed_Then_that_file_is_kept_beside_the_build()
    {
        var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "home");
        _root.WriteText("site/CNAME", "example.org");

        var result = output.Commit();

        Assert.Equal(new CommitResult(1, 0, 0), result);
        Assert.Equal("home", File.ReadAllText(Out("index.html")));
        Assert.Equal("example.org", File.ReadAllText(Out("CNAME")));
        Assert.False(Directory.Exists(output.StagingPath));
    }
}
