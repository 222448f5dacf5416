using TwitchSite.Urls;

namespace TwitchSite.Tests.Urls;

public sealed class LinkResolverTests
{
    [Theory]
    [InlineData("causes/a.md", "b.md", LinkKind.Page, "causes/b.md", "", "/causes/b/")]
    [InlineData("causes/a.md", "b.md#why", LinkKind.Page, "causes/b.md", "why", "/causes/b/#why")]
    [InlineData("causes/a.md", "../remedies/water.md?x=1#drink", LinkKind.Page, "remedies/water.md", "drink", "/remedies/water/?x=1#drink")]
    [InlineData("causes/a.md", "./index.md", LinkKind.Page, "causes/index.md", "", "/causes/")]
    [InlineData("causes/a.md", "/remedies/index.md", LinkKind.Page, "remedies/index.md", "", "/remedies/")]
    [InlineData("a.md", "My%20Page.md", LinkKind.Page, "My Page.md", "", "/my-page/")]
    [InlineData("a/b/c.md", "../../x.md", LinkKind.Page, "x.md", "", "/x/")]
    [InlineData("a/b/c.md", ".//../b//./d.md", LinkKind.Page, "a/b/d.md", "", "/a/b/d/")]
    [InlineData("a/b/c.md", "/a/../e/f.md", LinkKind.Page, "e/f.md", "", "/e/f/")]
    [InlineData("causes/a.md", "../images/x.png", LinkKind.File, "/images/x.png", "", "/images/x.png")]
    [InlineData("causes/a.md", "diagram.svg", LinkKind.File, "/causes/diagram.svg", "", "/causes/diagram.svg")]
    [InlineData("causes/a.md", "../remedies/", LinkKind.File, "/remedies/", "", "/remedies/")]
    [InlineData("causes/a.md", "/glossary/#cramp", LinkKind.File, "/glossary/", "cramp", "/glossary/#cramp")]
    [InlineData("causes/a.md", "#top", LinkKind.SamePage, null, "top", "#top")]
    [InlineData("causes/a.md", "https://www.nhs.uk/", LinkKind.External, null, "", "https://www.nhs.uk/")]
    [InlineData("causes/a.md", "mailto:team@example.org", LinkKind.External, null, "", "mailto:team@example.org")]
    [InlineData("causes/a.md", "//cdn.example.org/x.js", LinkKind.External, null, "", "//cdn.example.org/x.js")]
    [InlineData("causes/a.md", "../../outside.md", LinkKind.LeavesSite, null, "", "../../outside.md")]
    [InlineData("a.md", "../etc/passwd", LinkKind.LeavesSite, null, "", "../etc/passwd")]
    [InlineData("a.md", "..%2F..%2Fsecret.md", LinkKind.LeavesSite, null, "", "..%2F..%2Fsecret.md")]
    [InlineData("a.md", "..\\secret.md", LinkKind.LeavesSite, null, "", "..\\secret.md")]
    public void Given_a_link_When_resolved_Then_kind_target_and_output_url(string from, string url, LinkKind kind, string? target, string fragment, string output)
    {
        var resolved = LinkResolver.Resolve(from, url);

        Assert.Equal(new ResolvedLink(kind, target, fragment, output), resolved);
    }

    [Theory]
    // mdBook's appendix/glossary.md is appendix/glossary.html there and /appendix/glossary/ here: one folder deeper.
    [InlineData("appendix/glossary.md", "/appendix/glossary/", "../../edition-guide/index.html", "../../../edition-guide/index.html")]
    [InlineData("ch01.md", "/ch01/", "../std/index.html#macros", "../../std/index.html#macros")]
    [InlineData("index.md", "/", "../CONTRIBUTING.md", "../CONTRIBUTING.md")]
    [InlineData("guide/index.md", "/guide/", "../../pkg/x/?tab=doc", "../../pkg/x/?tab=doc")]
    [InlineData("a/b.md", "/a/b/", "./../../../up/", "../../../../up/")]
    // A Jekyll permalink puts the page anywhere: the link is made from its address.
    [InlineData("_posts/x.md", "/blog/2025/x/", "../../outside.md", "../../../../outside.md")]
    public void Given_a_relative_link_above_the_site_When_relocated_Then_it_lands_where_it_did_from_the_file(string source, string pageUrl, string url, string expected)
    {
        Assert.Equal(expected, LinkResolver.Relocate(source, pageUrl, url));
    }

    [Theory]
    [InlineData("a/b.md", "/a/b/", "../c.md")]
    [InlineData("a/b.md", "/a/b/", "/x/")]
    [InlineData("a/b.md", "/a/b/", "https://example.org/../x")]
    [InlineData("a.md", "/a/", "..%2F..%2Fsecret.md")]
    public void Given_a_link_that_stays_in_the_site_When_relocated_Then_null(string source, string pageUrl, string url)
    {
        Assert.Null(LinkResolver.Relocate(source, pageUrl, url));
    }
}
