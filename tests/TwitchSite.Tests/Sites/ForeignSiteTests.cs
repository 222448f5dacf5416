using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Markdown written for other tools (GitHub READMEs, Hugo sections, Jekyll front matter)
/// builds with the default theme, every internal link resolved, and no errors.
/// </summary>
public sealed class ForeignSiteTests
{
    [Fact]
    public void Given_another_sites_markdown_When_built_Then_every_page_is_written_and_every_link_resolves()
    {
        using var site = FixtureSite.Create("""
            -- input/README.md --
            # Project docs

            Start with the [guide](docs/) or the [install steps](docs/install.md#on-linux).
            See also [Changelog](CHANGELOG.md), the [API](docs/api/) and the [logo](assets/logo.png).
            -- input/CHANGELOG.md --
            # Changelog

            ## 1.0.0

            First release. Back to the [readme](README.md).
            -- input/docs/_index.md --
            ---
            title: Guide
            weight: 10
            ---
            Pages: [install](install.md), [API](api/index.md), [up](../README.md#project-docs).
            -- input/docs/install.md --
            ---
            layout: post
            title: "Install"
            date: 2024-01-01
            tags: [setup]
            ---
            ## On Linux

            Run it. Then read the [API reference](./api/index.md#functions) or [home](/).

            ## On Windows

            See [Linux](#on-linux).
            -- input/docs/api/index.md --
            # API reference

            ## Functions

            Back to the [guide](../_index.md) and the [changelog](/CHANGELOG.md).
            -- input/assets/logo.png --
            not really a png
            """);
        site.Write("input/docs/install.md", File.ReadAllText(Path.Combine(site.Input, "docs/install.md")).Replace("layout: post\n", "", StringComparison.Ordinal));

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.All(outcome.Diagnostics, d => Assert.Equal("TW0105", d.Code)); // only unknown keys (weight, date, tags) as warnings
        Assert.Equal(
            ["assets/logo.e15f48aafa.png", "changelog/index.html", "docs/api/index.html", "docs/index.html", "docs/install/index.html", "index.html", "robots.txt"],
            site.OutputFiles().Keys.Where(k => !k.StartsWith('.') && !(k.StartsWith("assets/", StringComparison.Ordinal) && !k.StartsWith("assets/logo", StringComparison.Ordinal))));
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("Project docs", home.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(
            ["/docs/", "/docs/install/#on-linux", "/changelog/", "/docs/api/", "/assets/logo.e15f48aafa.png"],
            home.QuerySelectorAll("main .prose a, main article p a").Select(a => a.GetAttribute("href")).Distinct());
    }

    [Fact]
    public void Given_docs_nested_five_folders_deep_When_a_deep_page_is_built_with_the_default_theme_Then_the_menu_opens_its_branch_down_to_it()
    {
        // Hugo's docs/guide/shortcodes/callout.md is four levels down; the menu stopped at three,
        // so the page's own siblings were missing and nothing was marked as the page read.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/docs/index.md --
            # Docs
            -- input/docs/guide/index.md --
            # Guide
            -- input/docs/guide/shortcodes/index.md --
            # Shortcodes
            -- input/docs/guide/shortcodes/callout.md --
            # Callout
            -- input/docs/guide/shortcodes/cards/index.md --
            # Cards
            -- input/docs/guide/shortcodes/cards/small.md --
            # Small cards
            -- input/docs/guide/shortcodes/cards/large.md --
            # Large cards
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("docs/guide/shortcodes/cards/small/index.html"));
        var menu = page.QuerySelector("nav.sidebar")!;
        var current = Assert.Single(menu.QuerySelectorAll("a[aria-current=page]"));
        Assert.Equal("/docs/guide/shortcodes/cards/small/", current.GetAttribute("href"));
        var depth = 0;
        for (var element = current.ParentElement; element is not null; element = element.ParentElement)
        {
            depth += element.TagName == "UL" ? 1 : 0;
        }

        Assert.Equal(5, depth);
        var links = menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/docs/guide/shortcodes/callout/", links);
        Assert.Contains("/docs/guide/shortcodes/cards/large/", links);
    }
}
