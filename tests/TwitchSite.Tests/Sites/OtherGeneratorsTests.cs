using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Docs folders written for other generators (Hugo, Jekyll with Just the Docs, Docusaurus,
/// mdBook) build as they are: their titles, order, labels, drafts and links mean what they
/// meant there, and their own front matter keys pass quietly.
/// </summary>
public sealed class OtherGeneratorsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    [Trait("Category", "Slow")] // over ten seconds on a busy machine
    public void Given_hugo_jekyll_and_docusaurus_front_matter_When_built_Then_titles_order_and_labels_follow_it()
    {
        using var site = FixtureSite.Create("""
            -- input/_index.md --
            ---
            title: Docs
            ---
            Welcome.
            -- input/getting-started.md --
            ---
            weight: 2
            linkTitle: Start
            date: 2024-05-01
            tags: [intro]
            ---
            # Getting started with the tool

            Text.
            -- input/install.md --
            ---
            title: Installation
            nav_order: 1
            parent: Docs
            has_children: false
            colour: blue
            ---
            Install it.
            -- input/configure.md --
            ---
            sidebar_position: 3
            sidebar_label: Config
            custom_edit_url: null
            colour: red
            ---
            # Configuring
            -- input/notes.md --
            Just notes, no heading.
            -- input/secret.md --
            ---
            title: Not yet
            draft: true
            colour: green
            ---
            Unfinished.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        // Foreign keys (date, tags, parent, has_children, custom_edit_url) are quiet; the unknown
        // one is reported once for the whole site, at its first page, with the count.
        var warnings = outcome.Diagnostics.Where(d => d.Code == "TW0105").ToList();
        var colour = Assert.Single(warnings);
        Assert.Equal("unknown front matter key 'colour' (on 2 pages; shown once)", colour.Message);
        Assert.EndsWith("configure.md", colour.Location!.FullPath, StringComparison.Ordinal);
        Assert.Equal(1, outcome.Drafts);
        Assert.False(site.OutputExists("secret/index.html"));

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(
            ["Docs", "Installation", "Start", "Config", "Notes"],
            home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Getting started with the tool", Parser.ParseDocument(site.ReadOutput("getting-started/index.html")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Configuring", Parser.ParseDocument(site.ReadOutput("configure/index.html")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Notes", Parser.ParseDocument(site.ReadOutput("notes/index.html")).QuerySelector("h1")!.TextContent.Trim());

        var cli = site.RunCli("build", "-i", site.Input, "-o", site.Output, "-t", site.Theme, "--today", "2026-12-01", "--no-search");
        Assert.Contains("(1 draft skipped)", cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hugo_front_matter_keys_written_in_lower_case_When_built_Then_they_mean_what_hugo_reads_and_nothing_is_reported()
    {
        using var site = FixtureSite.Create("""
            -- input/_index.md --
            ---
            title: Docs
            ---
            Welcome.
            -- input/getting-started.md --
            ---
            title: Getting started with the tool
            linktitle: Start
            Weight: 1
            publishdate: 2024-05-01
            ---
            Text.
            -- input/install.md --
            ---
            title: Installation
            weight: 2
            Aliases: [/setup/]
            ---
            Install it.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0105");
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(["Docs", "Start", "Installation"], home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        Assert.True(site.OutputExists("setup/index.html"));
    }

    [Fact]
    public void Given_links_written_as_addresses_When_built_Then_each_resolves_to_its_page_and_is_rewritten_to_its_url()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            Read [installing](ch01-01-installation.html#troubleshooting), the [settings](config/),
            [usage](/guide/usage/), [usage again](/guide/usage), [usage as source](guide/usage.md),
            and the [release notes](blog/2025/0.12.0.md).

            <p class="banner"><img src="images/logo.png" alt="Logo"> <a href="config.html">Settings</a></p>

            Inline <a href="guide/usage.html#usage">raw link</a>.
            -- input/images/logo.png --
            not really a png
            -- input/README.md --
            # Repository readme

            For people browsing the repository.
            -- input/ch01-01-installation.md --
            # Installation

            ## Fixing problems {#troubleshooting}

            Back [home](index.html) or to the [notes](/blog/2025/0.12.0/).
            -- input/config.md --
            # Configuration
            -- input/guide/usage.md --
            ---
            aliases: [/old-usage/, how-to-use/]
            ---
            # Usage

            See [installing](../ch01-01-installation.html).
            -- input/blog/2025/0.12.0.md --
            # 0.12.0
            -- input/robots.txt --
            User-agent: *
            Disallow: /drafts/
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == TwitchSite.Engine.Diagnostics.Severity.Warning);
        var readme = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0240");
        Assert.Contains("'index.md' is this folder's page", readme.Message, StringComparison.Ordinal);

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("Home", home.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(
            ["/ch01-01-installation/#troubleshooting", "/config/", "/guide/usage/", "/guide/usage/", "/guide/usage/", "/blog/2025/0.12.0/"],
            home.QuerySelectorAll("main p:not(.banner) a:not([href='#top'])").Select(a => a.GetAttribute("href")).Take(6));
        // Raw HTML's links and images are resolved like markdown's.
        Assert.StartsWith("/images/logo.", home.QuerySelector("p.banner img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("/config/", home.QuerySelector("p.banner a")!.GetAttribute("href"));
        Assert.Equal("/guide/usage/#usage", home.QuerySelectorAll("main p a").Last(a => a.TextContent == "raw link").GetAttribute("href"));

        var install = Parser.ParseDocument(site.ReadOutput("ch01-01-installation/index.html"));
        var heading = install.QuerySelector("h2#troubleshooting")!;
        Assert.Equal("Fixing problems", heading.TextContent.Trim());
        Assert.Equal(["/", "/blog/2025/0.12.0/"], install.QuerySelectorAll("main p a:not([href='#top'])").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/ch01-01-installation/"], Parser.ParseDocument(site.ReadOutput("guide/usage/index.html")).QuerySelectorAll("main p a:not([href='#top'])").Select(a => a.GetAttribute("href")));

        Assert.True(site.OutputExists("blog/2025/0.12.0/index.html"));
        Assert.Equal("User-agent: *\nDisallow: /drafts/\n", site.ReadOutput("robots.txt").ReplaceLineEndings("\n"));
        Assert.Contains("/old-usage/ /guide/usage/ 301", site.ReadOutput("_redirects"), StringComparison.Ordinal);
        Assert.Contains("/guide/how-to-use/ /guide/usage/ 301", site.ReadOutput("_redirects"), StringComparison.Ordinal); // relative, as in Hugo
    }

    [Fact]
    public void Given_a_link_whose_case_differs_from_the_page_address_When_built_Then_it_is_an_error_that_names_the_right_address()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            See [Linux](/Linux).

            <img src="missing.png" alt="">

            The [file's own name](/Windows/) is not a mismatch.
            -- input/linux.md --
            # Linux
            -- input/Windows.md --
            # Windows
            """);

        var outcome = site.Build();

        var errors = outcome.Diagnostics.Where(d => d.Code == "TW0301").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("did you mean '/linux/'? addresses are case-sensitive on the web", errors[0].Hint);
        Assert.Equal(3, errors[0].Location!.Line);
        // An image in raw HTML is checked too, at its own line and column.
        Assert.Equal(("link to 'missing.png': nothing in the site has the address '/missing.png'", 5, 6), (errors[1].Message, errors[1].Location!.Line, errors[1].Location!.Column));
    }

    [Fact]
    public void Given_a_link_that_names_a_page_as_its_file_is_named_When_built_Then_it_resolves_to_the_page_url()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            The [file's own name](/Windows/), [underscores](/commands/tool_run/) and
            [in lower case](/commands/tool_tojson/), as Hugo publishes them.
            -- input/Windows.md --
            # Windows
            -- input/commands/tool_run.md --
            # tool run
            -- input/commands/tool_toJSON.md --
            # tool toJSON
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(["/windows/", "/commands/tool-run/", "/commands/tool-tojson/"], home.QuerySelectorAll("main p a:not([href='#top'])").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Given_an_mdbook_src_folder_When_built_Then_its_summary_gives_titles_order_and_nesting()
    {
        using var site = FixtureSite.Create("""
            -- input/SUMMARY.md --
            # Summary

            [Introduction](README.md)

            - [Getting Started](guide/start.md)
              - [Installation](guide/installation.md)
              - [Reading Books](guide/reading.md)
            - [Format](format/index.md)
              - [Config](format/config.md)
            - [Draft chapter]()
            -- input/README.md --
            # mdBook

            Read [installation](guide/installation.html).
            -- input/guide/start.md --
            # Start here
            -- input/guide/installation.md --
            # Install
            -- input/guide/reading.md --
            # Reading
            -- input/format/index.md --
            # Format files
            -- input/format/config.md --
            # Configuration file
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.False(site.OutputExists("summary/index.html"));
        var page = Parser.ParseDocument(site.ReadOutput("guide/installation/index.html"));
        // The page's own heading stays its h1; the summary's link text names it everywhere else.
        Assert.Equal("Install", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Installation", page.Title, StringComparison.Ordinal);
        // Getting Started is the parent of Installation, though both are files of one folder.
        Assert.Equal(["Introduction", "Getting Started", "Format"], page.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Installation", "Reading Books"], page.QuerySelectorAll("nav.site-nav .nav-level-2 > li > a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Introduction", "Getting Started"], page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Given_template_syntax_and_admonitions_of_other_generators_When_built_Then_admonitions_render_as_alerts_and_templates_are_removed_with_one_warning_per_file()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            * TOC
            {:toc}

            ## Install

            {{< figure src="a.png" >}}Before {% include note.html %}after.

            Shortcodes in code stay: `{{< ref "x" >}}`.

            ```go-html-template
            {{< highlight go >}}
            ```

            ## Admonitions

            :::tip[Good to know]

            Docusaurus tip.

            :::

            !!! warning "Careful"
                MkDocs warning.

            Text after.
            {: .lead}
            -- input/other.md --
            import Tabs from '@theme/Tabs';

            # Other

            <Tabs><TabItem value="a">Inside tabs.</TabItem></Tabs>
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warnings = outcome.Diagnostics.Where(d => d.Code == "TW0250").OrderBy(d => d.Location!.FullPath, StringComparer.Ordinal).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(("template syntax this generator does not run was removed: {{< figure src=\"a.png\" >}} (and 1 more in this file)", 8, 1), (warnings[0].Message, warnings[0].Location!.Line, warnings[0].Location!.Column));
        Assert.Equal(("template syntax this generator does not run was removed: import Tabs from '@theme/Tabs'; (and 4 more in this file)", 1), (warnings[1].Message, warnings[1].Location!.Line));

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        var text = home.QuerySelector("main")!.TextContent;
        Assert.Contains("Before after.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{:", text, StringComparison.Ordinal);
        Assert.Contains("{{< ref \"x\" >}}", home.QuerySelector("main p code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("{{< highlight go >}}", home.QuerySelector("main pre code")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#install", "#admonitions"], home.QuerySelectorAll("nav.toc-inline a").Select(a => a.GetAttribute("href")));
        var alerts = home.QuerySelectorAll("main .markdown-alert").ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("markdown-alert-tip", alerts[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("Good to know", alerts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Docusaurus tip.", alerts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("markdown-alert-warning", alerts[1].ClassName, StringComparison.Ordinal);
        Assert.Contains("Careful", alerts[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("MkDocs warning.", alerts[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Text after.", alerts[1].TextContent, StringComparison.Ordinal);

        var other = Parser.ParseDocument(site.ReadOutput("other/index.html"));
        Assert.Contains("Inside tabs.", other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("import", other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_mdbook_includes_When_built_Then_files_lines_and_anchors_are_included_and_bad_ones_are_located_errors()
    {
        using var site = FixtureSite.Create("""
            -- input/guide/page.md --
            # Page

            ```rust
            {{#include ../listings/main.rs:body}}
            ```

            ```text
            {{#include ../listings/main.rs:2:3}}
            ```

            {{#include snippet.md}}

            Written as is: \{{#include snippet.md}}
            -- input/guide/snippet.md --
            Included **text**.
            -- input/listings/main.rs --
            fn main() {
                // ANCHOR: body
                println!("hello");
                // ANCHOR_END: body
            }
            -- input/broken.md --
            # Broken

            {{#include missing.rs}}

            {{#include ../../secret.txt}}
            """);
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "not for the site");

        var outcome = site.Build();

        var errors = outcome.Diagnostics.Where(d => d.Severity == TwitchSite.Engine.Diagnostics.Severity.Error).ToList();
        Assert.Equal(
            [("TW0251", "include 'missing.rs': no such file", 3), ("TW0252", "include '../../secret.txt' is outside the site folder", 5)],
            errors.Select(e => (e.Code, e.Message, e.Location!.Line)));
        Assert.All(errors, e => Assert.EndsWith("broken.md", e.Location!.FullPath, StringComparison.Ordinal));

        site.Write("input/broken.md", "# Fixed\n");
        outcome = site.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("guide/page/index.html"));
        var blocks = page.QuerySelectorAll("main pre code").Select(c => c.TextContent.TrimEnd('\n')).ToList();
        // The anchor's lines, and lines 2 to 3 without the ANCHOR marker line among them.
        Assert.Equal(["    println!(\"hello\");", "    println!(\"hello\");"], blocks);
        Assert.Equal("Included text.", page.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).First(t => t.StartsWith("Included", StringComparison.Ordinal)));
        Assert.Contains("Written as is: {{#include snippet.md}}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
