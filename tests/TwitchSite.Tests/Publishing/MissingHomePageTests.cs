using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>
/// A docs folder without a home page (Docusaurus' docs, whose home is a React page; MkDocs docs
/// without index.md): the site's own address forwards to its first page instead of being a
/// "not found" or a folder listing; a site's own home, page or file, is never replaced.
/// </summary>
public sealed class MissingHomePageTests
{
    [Fact]
    public void Given_docs_without_a_home_page_When_built_Then_the_site_address_forwards_to_the_first_page_in_reading_order()
    {
        using var site = FixtureSite.Create("""
            -- input/intro.md --
            ---
            title: Getting started
            sidebar_position: 1
            ---
            Welcome.
            -- input/advanced.md --
            ---
            title: Advanced
            sidebar_position: 2
            ---
            More.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("0; url=/intro/", home.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("/intro/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("This site starts at Getting started.", home.Body!.TextContent.Trim());
        Assert.Equal("noindex", home.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    // containerd's docs: no README at the top, no order anywhere, and a man page in a folder whose
    // title ("/etc/containerd/config.toml 5") sorts before every word. The reader starts at the page
    // named as the place to start, else at the top folder's first page, never deep in a folder.
    [Theory]
    [InlineData("-- input/getting-started.md --\n# Getting started with widgets\n", "/getting-started/")]
    [InlineData("-- input/guide/introduction.md --\n# Introduction\n", "/guide/introduction/")]
    [InlineData("", "/client-opts/")]
    public void Given_docs_without_a_home_page_or_any_order_When_built_Then_the_site_address_forwards_to_the_page_to_start_at(string extra, string expected)
    {
        using var site = FixtureSite.Create("""
            -- input/client-opts.md --
            # Client options
            -- input/features.md --
            # Features
            -- input/man/widget-config.toml.5.md --
            # /etc/widget/config.toml 5
            -- input/guide/advanced.md --
            # Advanced use
            """ + "\n" + extra);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("0; url=" + expected, home.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public void Given_docs_whose_pages_set_their_order_When_built_Then_the_first_in_that_order_is_the_start_whatever_its_name()
    {
        using var site = FixtureSite.Create("""
            -- input/getting-started.md --
            ---
            title: Getting started
            weight: 2
            ---
            -- input/concepts.md --
            ---
            title: Concepts
            weight: 1
            ---
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains("url=/concepts/", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/index.md", "# Home\n\nThe real home.", "The real home.")]
    [InlineData("input/index.html", "<!DOCTYPE html><title>Own</title><p>A home of its own.</p>", "A home of its own.")]
    public void Given_a_site_with_its_own_home_When_built_Then_it_is_not_replaced(string path, string content, string expected)
    {
        using var site = FixtureSite.Create($"""
            -- input/intro.md --
            # Getting started
            -- {path} --
            {content}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains(expected, site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("This site starts at", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
