using System.IO.Compression;
using System.Text;
using TwitchSite.Engine.IO;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>
/// The preview's search index follows the pages without holding up a reload: it is rebuilt in
/// the background after each build, from the pages as they are, replacing the old index files.
/// </summary>
public sealed class PreviewSearchIndexTests
{
    private const string Site = """
        -- input/_site.yml --
        title: Search Preview Fixture
        -- input/index.md --
        ---
        title: Home
        description: The home page.
        ---
        Welcome. Read the [guide](guide/index.md).
        -- input/guide/index.md --
        ---
        title: Guide
        description: A guide.
        ---
        The guide talks about quinoaberry jam.
        """;

    private static async Task WaitForIndexUpdatesAsync(PreviewHarness preview, int count)
    {
        var search = preview.Preview.Search!;
        var deadline = DateTime.UtcNow + PreviewHarness.Patience;
        while (search.Updates < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the search index was not updated {count} times within {PreviewHarness.Patience.TotalSeconds} s; terminal:\n{preview.Terminal}");
            await Task.Delay(50);
        }
    }

    /// <summary>The text of every search fragment (Pagefind stores one gzip-compressed fragment per page).</summary>
    private static List<string> Fragments(FixtureSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "pagefind", "fragment"), "*.pf_fragment")
            .Select(path =>
            {
                using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                return reader.ReadToEnd();
            })
            .ToList();

    [Fact]
    public async Task Given_a_preview_When_a_page_is_edited_Then_the_reload_comes_first_and_the_index_then_holds_the_new_words_only()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        await WaitForIndexUpdatesAsync(preview, 1);
        Assert.Contains(Fragments(preview.Site), f => f.Contains("quinoaberry", StringComparison.Ordinal));
        using var events = await preview.OpenEventsAsync();
        Assert.Equal("hello", (await events.NextAsync()).Name);

        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\ndescription: A guide.\n---\nThe guide now talks about marmaladefig.\n");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        await WaitForIndexUpdatesAsync(preview, 2);

        var fragments = Fragments(preview.Site);
        Assert.Contains(fragments, f => f.Contains("marmaladefig", StringComparison.Ordinal));
        Assert.DoesNotContain(fragments, f => f.Contains("quinoaberry", StringComparison.Ordinal));
        Assert.Equal(2, fragments.Count); // the home page and the guide: the old guide fragment is gone
        var manifest = File.ReadAllLines(Path.Combine(preview.Site.Output, TwitchSite.Building.AppNames.Output.ManifestName));
        Assert.Contains("pagefind/pagefind-entry.json", manifest);
        Assert.Contains("guide/index.html", manifest);
        Assert.Contains("Search index updated in", preview.Terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_indexing_stopped_for_a_save_When_it_stops_Then_its_work_folders_are_out_of_the_way_and_later_deleted()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        await WaitForIndexUpdatesAsync(preview, 1);
        var fragmentsBefore = Fragments(preview.Site);
        var search = preview.Preview.Search!;

        // Stopped at whatever point it reached: the names the next build needs are free at
        // once, and the index the output has is untouched.
        search.Restart();
        search.Stop();
        Assert.False(Directory.Exists(Path.Combine(preview.Site.Root, ".output.staging")));
        Assert.False(Directory.Exists(Path.Combine(preview.Site.Root, ".output.staging-search")));
        Assert.Equal(fragmentsBefore.Order(), Fragments(preview.Site).Order());

        // What a stopped run set aside goes at the next indexing.
        var leftover = Path.Combine(preview.Site.Root, ".output.staging-search");
        Directory.CreateDirectory(Path.Combine(leftover, "guide"));
        File.WriteAllText(Path.Combine(leftover, "guide", "index.html"), "half-written");
        SetAsideFolders.SetAside(leftover);
        Assert.NotEmpty(SetAside(preview.Site));

        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\ndescription: A guide.\n---\nThe guide now talks about marmaladefig.\n");
        await WaitForIndexUpdatesAsync(preview, 2);
        Assert.Empty(SetAside(preview.Site));

        // And whatever is left when the preview stops goes with it.
        SetAsideFolders.SetAside(Directory.CreateDirectory(Path.Combine(preview.Site.Root, ".output.staging")).FullName);
        Assert.NotEmpty(SetAside(preview.Site));
        search.Dispose();
        Assert.Empty(SetAside(preview.Site));
    }

    private static List<string> SetAside(FixtureSite site) =>
        Directory.EnumerateDirectories(site.Root, ".output*set-aside-*").ToList();
}
