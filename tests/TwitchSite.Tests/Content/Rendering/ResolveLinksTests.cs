using Markdig;
using TwitchSite.Content.Rendering;
using TwitchSite.Markdown;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class ResolveLinksTests
{
    private static readonly PageIndex Pages = new([("guide/a.md", "/guide/a/"), ("guide/b.md", "/guide/b/"), ("index.md", "/")]);

    [Fact]
    public void Given_links_in_markdown_and_raw_html_When_resolved_Then_the_tree_points_at_output_urls_and_each_link_is_recorded_in_order()
    {
        var syntax = StepSupport.Parse("See [b](b.md#why) and <a href=\"../index.md\">home</a>.\n\n[out](https://example.org)\n");

        var links = new ResolveLinks(Pages, assets: null).Apply(syntax, StepSupport.Page);

        Assert.Equal(
            [("b.md#why", 4, 5, LinkKind.Page), ("../index.md", 4, 26, LinkKind.Page), ("https://example.org", 6, 1, LinkKind.External)],
            links.Select(l => (l.Url, l.Location.Line, l.Location.Column, l.Target.Kind)));
        var html = syntax.ToHtml(MarkdownPipelineFactory.Shared);
        Assert.Contains("<a href=\"/guide/b/#why\">b</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">home</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_link_written_as_the_page_address_When_resolved_Then_it_points_at_that_page()
    {
        var links = new ResolveLinks(Pages, assets: null).Apply(StepSupport.Parse("[b](b.html)\n"), StepSupport.Page);

        Assert.Equal(("guide/b.md", LinkKind.Page), (Assert.Single(links).Target.Target, links[0].Target.Kind));
    }
}
