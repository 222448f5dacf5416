using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Markdown;

/// <summary>A page's links as the link check reads them, stored in one object a page (issue #19: memory per page).</summary>
public sealed class PageLinksTests
{
    private const string Path = "/site/input/a.md";

    [Fact]
    public void Given_links_When_stored_Then_each_reads_back_as_written_where_it_was_written()
    {
        LinkReference[] written =
        [
            new("b.md#why", new SourceLocation(Path, 5, 10), new ResolvedLink(LinkKind.Page, "b.md", "why", "/b/#why")),
            new("https://example.org", new SourceLocation(Path, 7, 3), new ResolvedLink(LinkKind.External, null, "", "https://example.org")),
            new("#top", new SourceLocation(Path, 9, 1), new ResolvedLink(LinkKind.SamePage, null, "top", "#top")),
            // A footnote link's fragment is the footnote's label, not the end of its URL.
            new("#fn:1", new SourceLocation(Path, 11, 20), new ResolvedLink(LinkKind.SamePage, null, "fn:note", "#fn:note")),
            new("", new SourceLocation(Path, 12, 2), new ResolvedLink(LinkKind.SamePage, null, "", "")),
            new("/pic.png#x", new SourceLocation(Path, 13, 4), new ResolvedLink(LinkKind.File, "/pic.png", "x", "/pic.png#x")),
        ];

        var links = PageLinks.Of(written);

        Assert.Equal(written.Length, links.Count);
        Assert.Equal(
            written.Select(l => (l.Url, l.Location, l.Kind, l.TargetPath, l.Fragment)),
            links.Select(l => (l.Url, l.Location, l.Kind, l.TargetPath, l.Fragment)));
        Assert.Equal(written[0].Target, links[0].Target);
    }

    [Fact]
    public void Given_links_in_two_files_When_stored_Then_each_keeps_its_own_file()
    {
        LinkReference[] written =
        [
            new("b.md", new SourceLocation(Path, 1, 1), new ResolvedLink(LinkKind.Page, "b.md", "", "/b/")),
            new("c.md", new SourceLocation("/site/input/_included.md", 2, 3), new ResolvedLink(LinkKind.Page, "c.md", "", "/c/")),
        ];

        Assert.Equal(written.Select(l => l.Location), PageLinks.Of(written).Select(l => l.Location));
    }

    [Fact]
    public void Given_no_links_When_stored_Then_the_shared_empty_table_is_used()
    {
        Assert.Same(PageLinks.Empty, PageLinks.Of([]));
        Assert.Empty(PageLinks.Empty);
    }
}
