using AngleSharp.Html.Parser;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// What trying real docs folders (an mdBook book, Hugo's docs, a Just the Docs site, MkDocs'
/// own docs) showed this generator misread, each written here as a small fixture in its own
/// words: the folder builds with no error, and the convention means what it meant there.
/// </summary>
public sealed class RealDocsConventionsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_an_mdbook_book_whose_src_includes_listings_beside_it_When_built_Then_the_code_is_included_and_links_to_sibling_books_only_warn()
    {
        var keywords = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"- **`kw{i}`**: keyword number {i}."));
        using var site = FixtureSite.Create($$$"""
            -- book.toml --
            [book]
            title = "A book"
            -- listings/ch01/src/main.rs --
            fn main() {
                // ANCHOR: here
                println!("hello");
                // ANCHOR_END: here
            }
            -- input/SUMMARY.md --
            # Summary

            - [Hello](ch01.md)
            - [Keywords](appendix.md)
            -- input/ch01.md --
            # Hello

            ```rust
            {{#rustdoc_include ../listings/ch01/src/main.rs:here}}
            ```

            See the [standard library](../std/index.html).
            -- input/appendix.md --
            # Keywords

            {{{keywords}}}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        // The book's listings folder is part of the book; a link to a book published beside this one cannot be checked.
        var leaves = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0303");
        Assert.Equal(Severity.Warning, leaves.Severity);
        var page = Parser.ParseDocument(site.ReadOutput("ch01/index.html"));
        Assert.Equal("println!(\"hello\");", page.QuerySelector("main pre code")!.TextContent.Trim());
        // mdBook publishes ch01.md as ch01.html, here it is /ch01/: the link still reaches the book beside this one.
        Assert.Equal("../../std/index.html", page.QuerySelector("main a[href*='std']")!.GetAttribute("href"));
        // Forty bold list items are not emphasis nested forty deep.
        Assert.Equal(40, Parser.ParseDocument(site.ReadOutput("appendix/index.html")).QuerySelectorAll("main li strong").Length);
    }

    [Fact]
    public void Given_a_jekyll_site_with_liquid_links_decimal_nav_order_and_template_assets_When_built_Then_links_resolve_and_templates_are_left_out()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: Home
            nav_order: 1
            ---
            Read the [configuration]({% link docs/configuration.md %}#colours), the [home]({{ site.baseurl }}/),
            the [layout]({{ "/docs/layout/" | relative_url }}) and [the source]({{ site.github.repository_url }}/blob/main/x.json).

            [Layout][layout-ref]

            [layout-ref]: {% link docs/layout.md %}
            -- input/docs/configuration.md --
            ---
            title: Configuration
            nav_order: 2.5
            ---
            ## Colours

            ![Small](../../assets/images/small.png)
            -- input/docs/layout.md --
            ---
            title: Layout
            nav_order: 2
            ---
            Back to [the configuration](../configuration/).
            -- input/docs/utilities.md --
            ---
            title: Utilities
            nav_order: 3
            ---
            Text.
            -- input/assets/images/small.png --
            not really a png
            -- input/assets/css/theme-dark.scss --
            ---
            ---
            body { color: {{ site.color }}; }
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var skipped = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0253");
        Assert.EndsWith("theme-dark.scss", skipped.Location!.FullPath, StringComparison.Ordinal);
        Assert.False(site.OutputExists("assets/css/theme-dark.scss"));
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(
            ["/docs/configuration/#colours", "/", "/docs/layout/", "/docs/layout/"],
            home.QuerySelectorAll("main p a:not([href='#top'])").Select(a => a.GetAttribute("href")).Where(h => h != "").ToList());
        Assert.DoesNotContain("{{", home.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        // nav_order 2.5 sits between 2 and 3.
        Assert.Equal(["Layout", "Configuration", "Utilities"], home.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent.Trim()).Where(t => t is "Layout" or "Configuration" or "Utilities").ToList());
        // "../../assets/…" written for the page's address (/docs/configuration/), as Jekyll publishes it.
        Assert.StartsWith("/assets/images/small.", Parser.ParseDocument(site.ReadOutput("docs/configuration/index.html")).QuerySelector("main img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_mkdocs_project_When_built_Then_its_nav_gives_order_nesting_and_titles_and_its_snippets_and_attribute_ids_work()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Tool
            docs_dir: input
            markdown_extensions:
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
              - pymdownx.snippets
            nav:
              - Home: index.md
              - Getting started: start.md
              - User guide: guide/
              - Reference:
                  - reference/index.md
                  - Options: reference/options.md
              - About:
                  - Licence: about/licence.md
                  - about/changes.md
              - Source: https://example.com/tool
              - Missing: missing.md
            -- includes/abbreviations.md --
            Shared text from the project.
            -- input/index.md --
            # Tool

            --8<-- "includes/abbreviations.md"

            See [the option](reference/options.md#opt-color), [release 1.0](about/changes.md#1.0)
            and [the heading](reference/options.md#colour-heading). Follow [@tool on X] for news.

            [@tool on X]: https://example.com/tool
            -- input/start.md --
            # Start
            -- input/guide/index.md --
            # Guide
            -- input/guide/install.md --
            # Install
            -- input/reference/index.md --
            # Reference index
            -- input/reference/options.md --
            # Options

            * **`color`**{ #opt-color }: the colour.

            ## Colour {: #colour-heading }

            > ```jinja
            > {{ config.color }}
            > ```
            -- input/about/licence.md --
            # Licence
            -- input/about/changes.md --
            # Changes

            ## 1.0 <small>2025</small> { id="1.0" }
            -- input/unlisted.md --
            # Not in the nav
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var missing = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0254");
        Assert.Equal(Severity.Warning, missing.Severity);
        Assert.EndsWith("mkdocs.yml", missing.Location!.FullPath, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250"); // the template in quoted code is code

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Contains("Shared text from the project.", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // "[@tool on X]" with its reference definition is a link, not a malformed citation.
        Assert.Equal("https://example.com/tool", home.QuerySelectorAll("main a").Single(a => a.TextContent == "@tool on X").GetAttribute("href"));
        // Order and titles from nav; a section with an index page is that page; a section without one hangs its pages where it is.
        Assert.Equal(
            ["Home", "Getting started", "User guide", "Reference", "Licence", "Changes"],
            home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        var options = Parser.ParseDocument(site.ReadOutput("reference/options/index.html"));
        Assert.Equal(["Options"], options.QuerySelectorAll("nav.site-nav .nav-level-2 > li > a").Select(a => a.TextContent.Trim()).Where(t => t == "Options"));
        Assert.Contains("{{ config.color }}", options.QuerySelector("main pre code")!.TextContent, StringComparison.Ordinal);
        // A folder listed as a whole keeps its pages under its page; a page the nav does not list is published but not listed.
        Assert.Contains("Install", Parser.ParseDocument(site.ReadOutput("guide/index.html")).QuerySelector("nav.site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.OutputExists("unlisted/index.html"));
        Assert.DoesNotContain("Not in the nav", home.QuerySelector("nav.site-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1.0", Parser.ParseDocument(site.ReadOutput("about/changes/index.html")).QuerySelector("main h2")!.Id);
    }

    [Fact]
    public void Given_hugo_docs_with_root_relative_links_definition_terms_and_aliases_When_built_Then_links_resolve_and_redirects_are_made()
    {
        using var site = FixtureSite.Create("""
            -- input/_index.md --
            # Docs
            -- input/templates/introduction.md --
            ---
            title: Introduction
            aliases: [/templates/introduction/, /old/intro/, /blog/2018/*]
            ---
            Use [date](methods/page/date/) and [all settings](/configuration/all/#cachedir),
            or [the other page]({{< relref "/configuration/all.md" >}}).
            -- input/methods/page/date.md --
            # Date
            -- input/configuration/all.md --
            # All settings

            `cacheDir`
            : The cache folder.

            ## cacheDir

            Second mention.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var pattern = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0255");
        Assert.Equal(Severity.Warning, pattern.Severity);
        var intro = Parser.ParseDocument(site.ReadOutput("templates/introduction/index.html"));
        Assert.Equal(["/methods/page/date/", "/configuration/all/#cachedir", "/configuration/all/"], intro.QuerySelectorAll("main p a:not([href='#top'])").Select(a => a.GetAttribute("href")));
        // The definition term is a link target; the heading written the same way takes the next id.
        var all = Parser.ParseDocument(site.ReadOutput("configuration/all/index.html"));
        Assert.Equal("cachedir-1", all.QuerySelector("main dt")!.Id);
        Assert.Equal("cachedir", all.QuerySelector("main h2")!.Id);
        var redirects = site.ReadOutput("_redirects");
        Assert.Contains("/old/intro/ /templates/introduction/ 301", redirects, StringComparison.Ordinal);
        Assert.DoesNotContain("/templates/introduction/ /templates/introduction/", redirects, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_docusaurus_docs_with_category_files_and_mdx_When_built_Then_folders_take_their_label_and_position_and_mdx_is_a_page()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Docs
            -- input/tutorial/index.md --
            # Tutorial basics
            -- input/tutorial/_category_.json --
            { "label": "Tutorial", "position": 2, "link": { "type": "generated-index" } }
            -- input/advanced/README.md --
            # Advanced topics
            -- input/advanced/_category_.yml --
            label: Advanced
            position: 1
            -- input/intro.mdx --
            ---
            sidebar_position: 3
            ---
            import Tabs from '@theme/Tabs';

            # Introduction

            {/* a comment for writers */}
            Read the [tutorial](tutorial/index.md).
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(["Docs", "Advanced", "Tutorial", "Introduction"], home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        var intro = Parser.ParseDocument(site.ReadOutput("intro/index.html"));
        Assert.DoesNotContain("comment for writers", intro.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/tutorial/", intro.QuerySelectorAll("main p a").Single(a => a.TextContent == "tutorial").GetAttribute("href"));
    }

    [Fact]
    public void Given_a_category_file_that_is_not_json_When_built_Then_TW0256_warns_and_the_folder_keeps_its_own_title()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Docs
            -- input/tutorial/index.md --
            # Tutorial basics
            -- input/tutorial/_category_.json --
            { "label": "Tutorial",
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var unreadable = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0256");
        Assert.Equal(Severity.Warning, unreadable.Severity);
        Assert.StartsWith("'_category_.json' cannot be read: ", unreadable.Message, StringComparison.Ordinal);
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Contains("Tutorial basics", home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Given_a_generator_project_folder_as_input_When_built_Then_its_docs_folder_is_built_and_hugo_static_files_are_published()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = "Docs"
            -- input/content/_index.md --
            # Docs

            ![Logo](/images/logo.png)
            -- input/static/images/logo.png --
            not really a png
            -- input/README.md --
            # The repository's readme, not a page
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.False(site.OutputExists("content/index.html"));
        Assert.True(site.OutputExists("images/logo.png"));
        Assert.Equal("/images/logo.png", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main img")!.GetAttribute("src"));
        Assert.DoesNotContain("repository's readme", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
