namespace TwitchSite.Engine.Tests.IO;

/// <summary>Files a tool writes itself into staging (a search indexer) are committed and cleaned up like the generator's own.</summary>
public sealed class OutputFolderAdoptTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private string OutputPath => _root.PathOf("site");

    private static void WriteAsTool(OutputFolder output, string relative, string text)
    {
        var full = Path.Combine(output.StagingPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void Given_files_a_tool_wrote_in_staging_When_adopted_and_committed_Then_they_are_published_and_in_the_manifest()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("index.html", "<p>home</p>");
        WriteAsTool(output, "pagefind/pagefind.js", "js");
        WriteAsTool(output, "pagefind/index/en_1.pf_index", "index");

        var adopted = output.Adopt("pagefind");
        var result = output.Commit();

        Assert.Equal(["pagefind/index/en_1.pf_index", "pagefind/pagefind.js"], adopted);
        Assert.Equal(3, result.Changed);
        Assert.Equal("index", File.ReadAllText(Path.Combine(OutputPath, "pagefind/index/en_1.pf_index")));
        Assert.Contains("pagefind/pagefind.js", File.ReadAllLines(Path.Combine(OutputPath, OutputNames.Neutral.ManifestName)));
    }

    [Fact]
    public void Given_adopted_files_When_the_next_build_has_none_Then_they_are_removed_with_their_folders()
    {
        using (var first = OutputFolder.BeginStaging(OutputPath))
        {
            first.WriteText("index.html", "home");
            WriteAsTool(first, "pagefind/fragment/en_a.pf_fragment", "a");
            first.Adopt("pagefind");
            first.Commit();
        }

        using var second = OutputFolder.BeginStaging(OutputPath);
        second.WriteText("index.html", "home");
        var result = second.Commit();

        Assert.Equal(1, result.Deleted);
        Assert.False(Directory.Exists(Path.Combine(OutputPath, "pagefind")));
        Assert.True(File.Exists(Path.Combine(OutputPath, "index.html")));
    }

    [Fact]
    public void Given_a_file_the_build_wrote_itself_When_adopted_again_Then_it_is_refused()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);
        output.WriteText("pagefind/own.txt", "mine");

        var error = Assert.Throws<DuplicateOutputException>(() => output.Adopt("pagefind"));

        Assert.Contains("'pagefind/own.txt' was written twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_such_folder_When_adopted_Then_nothing_is_added()
    {
        using var output = OutputFolder.BeginStaging(OutputPath);

        Assert.Empty(output.Adopt("pagefind"));
        Assert.Empty(output.WrittenPaths);
    }
}
