using System.Diagnostics;

namespace TwitchSite.Engine.Tests.IO;

/// <summary>
/// What a build killed with kill -9 leaves beside the output: work folders next to staging
/// (the search index's <c>.site.staging-search-N</c>) and tools it started that run on. The next
/// build of the output removes the one and stops the other before it stages anything.
/// </summary>
public sealed class OutputFolderKilledBuildTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private string OutputPath => _root.PathOf("site");

    [Fact]
    public void Given_work_folders_a_killed_build_left_beside_staging_When_the_next_build_begins_Then_they_are_deleted_and_nothing_else_is()
    {
        foreach (var name in new[] { ".site.staging-search", ".site.staging-search-3" })
        {
            Directory.CreateDirectory(_root.PathOf(name + "/section"));
            File.WriteAllText(_root.PathOf(name + "/section/index.html"), "half-written");
        }

        Directory.CreateDirectory(_root.PathOf(".site.staging-notes.txt.d")); // not a work folder name (a dot)
        Directory.CreateDirectory(_root.PathOf(".other.staging-search-1")); // another output's
        Directory.CreateDirectory(_root.PathOf("keep"));
        Directory.CreateSymbolicLink(_root.PathOf(".site.staging-search-9"), _root.PathOf("keep")); // a link is never followed

        using (var output = OutputFolder.BeginStaging(OutputPath))
        {
            output.WriteText("index.html", "new");
            output.Commit();
        }

        var left = Directory.EnumerateFileSystemEntries(_root.PathOf("")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([".other.staging-search-1", ".site.staging-notes.txt.d", ".site.staging-search-9", "keep", "site"], left);
    }

    [Fact]
    public void Given_a_tool_a_killed_build_started_still_writing_into_staging_When_the_next_build_begins_Then_it_is_stopped_first()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // read from /proc; elsewhere there is nothing to find
        }

        var staging = _root.PathOf(".site.staging");
        Directory.CreateDirectory(staging); // what the killed build left
        // The orphan: a program naming a folder under the dead build's staging folder, as Pagefind's --output-path does.
        using var orphan = Process.Start(new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "sleep 300; : \"$0\"", staging + "/pagefind/shard-2" },
            UseShellExecute = false,
        })!;
        using var bystander = Process.Start(new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "sleep 300; : \"$0\"", _root.PathOf("site-notes") },
            UseShellExecute = false,
        })!;
        try
        {
            using (OutputFolder.BeginStaging(OutputPath))
            {
                Assert.True(orphan.HasExited, "the dead build's tool still runs while the next build stages");
                Assert.False(bystander.HasExited, "a process that does not name the staging folder was stopped");
            }
        }
        finally
        {
            foreach (var process in new[] { orphan, bystander })
            {
                if (!process.HasExited)
                {
                    process.Kill();
                    process.WaitForExit();
                }
            }
        }
    }

    [Theory]
    [InlineData("/o/.site.staging", true)]
    [InlineData("/o/.site.staging/pagefind/shard-1", true)]
    [InlineData("/o/.site.staging-search-2", true)]
    [InlineData("/o/.site.stagingx", false)]
    [InlineData("/o/.site", false)]
    [InlineData("--site", false)]
    public void A_command_line_names_the_staging_folder_only_by_it_its_contents_or_its_work_folders(string argument, bool names) =>
        Assert.Equal(names, OrphanedWriters.NamesStaging(["pagefind", argument], "/o/.site.staging"));
}
