using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>
/// An mdBook book's old addresses (<c>[output.html.redirect]</c> in book.toml) keep working: each
/// is a forwarding page and a Netlify rule to the chapter at this site's address; one leading
/// to no chapter is a TW0255 warning at its line.
/// </summary>
public sealed class BookRedirectsTests
{
    [Fact]
    public void Given_a_book_with_old_addresses_When_built_Then_each_forwards_to_its_chapter()
    {
        using var site = FixtureSite.Create("""
            -- book.toml --
            [book]
            title = "The Book"
            src = "input"

            [output.html.redirect]
            "/appendix/build-scripts.html" = "../reference/build-scripts.html"
            '/guide/old.html' = "/guide/new.html#install"  # moved in 1.2
            "/gone.html" = "https://example.org/elsewhere"
            "/broken.html" = "nowhere.html"
            "/guide/new.html#setup" = "new.html#install"
            "/guide/new.html#old" = "new.html"

            [output.html.search]
            "/not/a/redirect.html" = "x.html"
            -- input/SUMMARY.md --
            # Summary

            - [Build scripts](reference/build-scripts.md)
            - [New guide](guide/new.md)
            -- input/reference/build-scripts.md --
            # Build scripts
            -- input/guide/new.md --
            # New guide

            ## Install
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal(
            ["book.toml redirects '/broken.html' to 'nowhere.html', which is no page of the site: skipped", "book.toml redirects '/guide/new.html#setup' and 1 more anchors of pages (#…): skipped"],
            outcome.Diagnostics.Where(d => d.Code == "TW0255").Select(d => d.Message));
        Assert.Equal([9, 10], outcome.Diagnostics.Where(d => d.Code == "TW0255").Select(d => d.Location!.Line));
        var parser = new HtmlParser();
        Assert.Equal("0; url=/reference/build-scripts/", parser.ParseDocument(site.ReadOutput("appendix/build-scripts.html")).QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("0; url=/guide/new/#install", parser.ParseDocument(site.ReadOutput("guide/old.html")).QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("0; url=https://example.org/elsewhere", parser.ParseDocument(site.ReadOutput("gone.html")).QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.False(site.OutputExists("not/a/redirect.html"));
        Assert.Equal(
            "/appendix/build-scripts.html /reference/build-scripts/ 301\n/gone.html https://example.org/elsewhere 301\n/guide/old.html /guide/new/#install 301\n",
            site.ReadOutput("_redirects"));
    }

    [Fact]
    public void Given_old_addresses_written_relative_to_the_book_When_built_Then_they_forward_as_mdBook_reads_them()
    {
        // rust-lang/nomicon writes "./vec-alloc.html" = "./vec/vec-alloc.html", google/comprehensive-rust
        // 'basic/x.html' = '../other/y.html': mdBook reads the old path from the book's root and the new
        // one relative to the old page, whatever the old path starts with.
        using var site = FixtureSite.Create("""
            -- book.toml --
            [book]
            src = "input"

            [output.html.redirect]
            "./vec-alloc.html" = "./vec/vec-alloc.html"
            "basic/old.html" = "../vec/vec-alloc.html"
            "./basic/./older.html" = "/vec/vec-alloc.html"
            -- input/SUMMARY.md --
            # Summary

            - [Alloc](vec/vec-alloc.md)
            -- input/vec/vec-alloc.md --
            # Alloc
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0255");
        var parser = new HtmlParser();
        foreach (var old in new[] { "vec-alloc.html", "basic/old.html", "basic/older.html" })
        {
            Assert.Equal("0; url=/vec/vec-alloc/", parser.ParseDocument(site.ReadOutput(old)).QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        }

        Assert.Equal(
            "/basic/old.html /vec/vec-alloc/ 301\n/basic/older.html /vec/vec-alloc/ 301\n/vec-alloc.html /vec/vec-alloc/ 301\n",
            site.ReadOutput("_redirects"));
    }
}
