using TwitchSite.Engine.Diagnostics;
using TwitchSite.FrontMatter;

namespace TwitchSite.Tests.FrontMatter;

/// <summary>Where a page's front matter values were written, kept compactly (issue #19: memory per page).</summary>
public sealed class SourceOriginsTests
{
    private static readonly SourceLocation Folder = new("/site/input/causes/_directory.yml", 1, 9);

    [Fact]
    public void Given_folder_origins_When_a_page_sets_its_own_Then_the_page_wins_for_its_keys_and_the_folder_keeps_the_rest()
    {
        var folder = SourceOrigins.Empty.SetItems([KeyValuePair.Create("layout", Folder), KeyValuePair.Create("order", Folder.At(2, 8))]);

        var page = folder.SetItems([KeyValuePair.Create("title", new SourceLocation("/site/input/causes/a.md", 2, 8)), KeyValuePair.Create("order", new SourceLocation("/site/input/causes/a.md", 3, 8))]);

        Assert.Equal(3, page.Count);
        Assert.Equal(Folder, page["layout"]);
        Assert.Equal(new SourceLocation("/site/input/causes/a.md", 3, 8), page.GetValueOrDefault("order"));
        Assert.Equal(new SourceLocation("/site/input/causes/a.md", 2, 8), page["title"]);
        // The folder's own origins are not changed by a page's.
        Assert.Equal(Folder.At(2, 8), folder["order"]);
        Assert.Equal(["layout", "order", "title"], page.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Given_a_key_without_origin_When_read_Then_none_is_found()
    {
        var origins = SourceOrigins.Empty.SetItems([KeyValuePair.Create("title", Folder)]);

        Assert.Null(origins.GetValueOrDefault("Title"));
        Assert.False(origins.TryGetValue("sources", out _));
        Assert.False(origins.ContainsKey("layout"));
        Assert.Throws<KeyNotFoundException>(() => origins["layout"]);
        Assert.Same(SourceOrigins.Empty, SourceOrigins.Empty.SetItems([]));
    }
}
