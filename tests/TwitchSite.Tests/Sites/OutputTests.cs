using TwitchSite.Engine.IO;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>How builds treat the output folder: deterministic, minimal rewrites, only our own files.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = FixtureSite.Create(FeatureSite.Files);
        using var second = FixtureSite.Create(FeatureSite.Files);

        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);

        var a = first.OutputFiles();
        var b = second.OutputFiles();
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(b[pair.Key]), pair.Key + " differs"));
    }

    [Fact]
    public void A_rebuild_rewrites_only_changed_files_and_removes_only_its_own_stale_files()
    {
        using var site = FixtureSite.Create(FeatureSite.Files);
        Assert.True(site.Build().Succeeded);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        site.Write("output/notes-from-a-human.txt", "not ours");
        site.Write("input/guide/Second Page.md", "---\ntitle: Second page, edited\ndescription: Edited.\norder: 2\n---\n## Details\n\nNew text.\n");
        File.Delete(Path.Combine(site.Input, "notes", "readme.md"));
        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(File.Exists(Path.Combine(site.Output, "notes-from-a-human.txt")), "a file the generator did not write was deleted");
        Assert.False(site.OutputExists("notes/index.html"), "the page of a deleted source is still there");
        Assert.False(Directory.Exists(Path.Combine(site.Output, "notes")), "the emptied folder is still there");
        var css = Directory.GetFiles(Path.Combine(site.Output, "assets", "css")).Single();
        Assert.Equal(old, File.GetLastWriteTimeUtc(css));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "images/diagram.svg")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "guide/second-page/index.html")));
        Assert.Contains("New text.", site.ReadOutput("guide/second-page/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("notes/index.html", File.ReadAllText(Path.Combine(site.Output, TwitchSite.Building.AppNames.Output.ManifestName)), StringComparison.Ordinal);
    }
}
