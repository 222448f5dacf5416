using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// The conventions the 2026-12-02 round left open, each as a small fixture written here: kramdown
/// footnote links by name, MkDocs' heading ids, Jekyll permalinks, a Hugo project configured in
/// <c>config/_default</c> with its pages in <c>content/en</c> and Docsy's theme beside it. Each
/// builds with no error and means what it meant under its own generator.
/// </summary>
public sealed class RealDocsGapsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_links_to_footnotes_by_name_as_kramdown_writes_them_When_built_Then_the_footnotes_have_those_ids()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Notes

            First claim.[^later] Second claim.[^source]

            See [the source note](#fn:source) and [back to the claim](#fnref:source).
            Markdig's numbers still find it: [second note](#fn:2), [second citation](#fnref:2).

            [^later]: Said later.
            [^source]: Where it comes from.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var links = page.QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#fn:source", links);
        Assert.Contains("#fnref:source", links);
        Assert.DoesNotContain("#fn:2", links);
        Assert.DoesNotContain("#fnref:2", links);
        Assert.Contains("Where it comes from.", page.GetElementById("fn:source")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#fn:source", page.GetElementById("fnref:source")!.GetAttribute("href"));
    }

    [Fact]
    public void Given_mkdocs_links_to_another_pages_footnotes_When_built_Then_they_resolve_to_ids_that_page_has()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            -- input/index.md --
            # Home

            See [the first note](notes.md#fn:1), [the named one](notes.md#fn:why),
            [where it is cited](notes.md#fnref:why) and [its second citation](notes.md#fnref2:why).
            -- input/notes.md --
            # Notes

            A claim.[^1] Another.[^why] Again.[^why]

            [^1]: The first.
            [^why]: The reason.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0302");
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        var notes = Parser.ParseDocument(site.ReadOutput("notes/index.html"));
        var hrefs = home.QuerySelectorAll("main p a[href*='fn']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/notes/#fn:1", "/notes/#fn:why", "/notes/#fnref:why", "/notes/#fnref2:why"], hrefs);
        Assert.All(hrefs, href => Assert.NotNull(notes.GetElementById(href["/notes/#".Length..])));

        Assert.Equal(2, notes.QuerySelectorAll("#fn\\:why a.footnote-back-ref").Length);
    }

    [Fact]
    public void Given_vitepress_docs_When_built_Then_headings_get_vitepress_ids_that_its_links_use()
    {
        using var site = FixtureSite.Create("""
            -- input/.vitepress/config.mts --
            export default {}
            -- input/index.md --
            # Home

            See [server.open](./config/server-options#server-open), [the café](/config/server-options.html#the-cafe-menu),
            [the second](config/server-options.md#usage-1), [a number](config/server-options#_2-0-release) and [own id](config/server-options#mine).
            -- input/config/server-options.md --
            # Server options

            ## server.open

            ## The Café -- menu

            ## Usage

            ## Usage

            ## 2.0 release

            ## Custom {#mine}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code is "TW0302" or "TW0304");
        var page = Parser.ParseDocument(site.ReadOutput("config/server-options/index.html"));
        Assert.Equal(["server-open", "the-cafe-menu", "usage", "usage-1", "_2-0-release", "mine"], page.QuerySelectorAll("main .prose h2, main .content h2").Select(h => h.Id));
    }

    [Fact]
    public void Given_links_to_top_of_a_page_without_such_an_id_When_built_Then_they_are_valid_as_browsers_scroll_to_the_top()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            [Back to top](#top), [the guide's top](guide.md#top) and [a missing one](guide.md#topp).
            -- input/guide.md --
            # Guide

            Text.
            """);

        var outcome = site.Build();

        Assert.Equal(["input/index.md:3:58: error TW0302: link to 'guide.md#topp': no heading 'topp' on 'guide.md'"], site.Headers(outcome));
    }

    [Fact]
    public void Given_an_mkdocs_project_When_built_Then_headings_get_python_markdown_ids_that_its_links_use()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            -- input/index.md --
            # Home

            Read [FORWARD vs TUNNEL](guide.md#forward-vs-tunnel), [the café](guide.md#cafe-menu),
            [the second usage](guide.md#usage_1) and [own id](guide.md#mine).
            -- input/guide.md --
            # Guide

            ## FORWARD - vs - TUNNEL

            ## Café menu

            ## Usage

            ## Usage

            ## Written id {#mine}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var ids = Parser.ParseDocument(site.ReadOutput("guide/index.html")).QuerySelectorAll("main h2").Select(h => h.Id).Where(id => id is not ("toc-title" or "feedback-title")).ToList();
        Assert.Equal(["forward-vs-tunnel", "cafe-menu", "usage", "usage_1", "mine"], ids);
    }

    [Fact]
    public void Given_mkdocstrings_directives_When_built_Then_they_are_left_out_with_a_warning_and_links_to_their_anchors_only_warn()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            -- input/index.md --
            # Home

            See [ConfigDict](api/config.md#pydantic.config.ConfigDict), [the usage](api/config.md#usage)
            and [a missing heading](guide.md#nowhere).
            -- input/guide.md --
            # Guide

            Plain text.
            -- input/api/config.md --
            # Configuration

            ::: pydantic.config.ConfigDict
                options:
                  show_root_heading: true

            ::: pydantic
            ## Usage

            Text after the directives.

            :::note Kept
            A Docusaurus note with a title.
            :::
            """);

        var outcome = site.Build();

        // Only the link to a page with no template syntax is an error; the others cannot be checked.
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("TW0302", error.Code);
        var uncheckable = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0304");
        Assert.Equal(Severity.Warning, uncheckable.Severity);
        Assert.Contains("pydantic.config.ConfigDict", uncheckable.Message, StringComparison.Ordinal);
        var removed = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Equal(3, removed.Location!.Line);
        Assert.Contains("(and 1 more in this file)", removed.Message, StringComparison.Ordinal);

        site.Write("input/index.md", "# Home\n\nSee [ConfigDict](api/config.md#pydantic.config.ConfigDict) and [the usage](api/config.md#usage).\n");
        outcome = site.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("api/config/index.html"));
        var main = page.QuerySelector("main")!;
        Assert.DoesNotContain(":::", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("show_root_heading", main.TextContent, StringComparison.Ordinal);
        // What follows the directives is the page's own text, not swallowed into a note or code block.
        Assert.NotNull(page.GetElementById("usage"));
        Assert.DoesNotContain(main.QuerySelectorAll("blockquote, pre"), e => e.TextContent.Contains("Text after", StringComparison.Ordinal));
        Assert.Contains("A Docusaurus note with a title.", main.QuerySelector(".markdown-alert, blockquote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_plugin_directives_in_headings_quotes_and_with_options_When_built_Then_they_are_left_out_and_links_to_their_anchors_only_warn()
    {
        // mkdocs/mkdocs: "#### ::: mkdocs.plugins.event_priority" (mkdocstrings writes the heading at
        // that level), "> #### ::: …" in a quote, and mkdocs-click's "::: mkdocs-click" with ":module:"
        // options, which writes the CLI reference (and its anchors) from code. VitePress' "::: code-group"
        // has no options: a container whose body is kept.
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            -- input/index.md --
            # Home

            See [get-deps](cli.md#mkdocs-get-deps) and [priority](plugins.md#mkdocs.plugins.event_priority).
            -- input/cli.md --
            # Command Line Interface

            ::: mkdocs-click
                :module: mkdocs.__main__
                :command: cli

            After the reference.
            -- input/plugins.md --
            # Plugins

            #### ::: mkdocs.plugins.event_priority

            > NEW: **New in version 1.6**
            >
            > #### ::: mkdocs.plugins.CombinedEvent
            >
            > Quoted text after it.

            ::: code-group
            Kept body.
            :::
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal(2, outcome.Diagnostics.Count(d => d.Code == "TW0304"));
        Assert.Equal([(3, "mkdocs-click"), (3, "#### ::: mkdocs.plugins.event_priority")],
            outcome.Diagnostics.Where(d => d.Code == "TW0250").OrderBy(d => d.Location!.FullPath, StringComparer.Ordinal)
                .Select(d => (d.Location!.Line, d.Message.Contains("mkdocs-click", StringComparison.Ordinal) ? "mkdocs-click" : d.Message[(d.Message.IndexOf("####", StringComparison.Ordinal))..d.Message.IndexOf(" (and", StringComparison.Ordinal)])));
        var cli = Parser.ParseDocument(site.ReadOutput("cli/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain(":::", cli.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(":module:", cli.TextContent, StringComparison.Ordinal);
        Assert.Contains("After the reference.", cli.TextContent, StringComparison.Ordinal);
        var plugins = Parser.ParseDocument(site.ReadOutput("plugins/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain(":::", plugins.TextContent, StringComparison.Ordinal);
        Assert.Empty(plugins.QuerySelectorAll("h4"));
        Assert.Contains("Quoted text after it.", plugins.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kept body.", plugins.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_mkdocs_project_with_pymdownx_slugs_When_built_Then_headings_keep_github_style_ids()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - toc:
                  slugify: !!python/object/apply:pymdownx.slugs.slugify
                    kwds:
                      case: lower
            -- input/index.md --
            # Home

            ## A - B
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("a---b", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h2")!.Id);
    }

    [Fact]
    public void Given_an_mkdocs_project_whose_pymdownx_slugs_are_only_tabbeds_When_built_Then_headings_get_python_markdowns_ids()
    {
        // As mkdocs-material's own mkdocs.yml: pymdownx.slugs names only the tabs' ids; toc has no slugify, so its default applies.
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - footnotes
              - toc:
                  permalink: true
              - pymdownx.tabbed:
                  alternate_style: true
                  slugify: !!python/object/apply:pymdownx.slugs.slugify
                    kwds:
                      case: lower
            -- input/index.md --
            # Home

            See [the symbols](#caret-mark-tilde).

            ### Caret, Mark & Tilde
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("caret-mark-tilde", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h3")!.Id);
    }

    [Fact]
    public void Given_mkdocs_extensions_as_a_mapping_with_toc_slugify_of_pymdownx_When_built_Then_headings_keep_github_style_ids()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              markdown.extensions.toc:
                slugify: !!python/name:pymdownx.slugs.uslugify
            -- input/index.md --
            # Home

            ### Caret, Mark & Tilde
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("caret-mark--tilde", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h3")!.Id);
    }

    [Fact]
    public void Given_mkdocs_footnotes_indented_two_spaces_with_their_body_below_When_built_Then_each_is_a_footnote_other_pages_can_link_to()
    {
        // As mkdocs-material's blog: each definition indented two spaces, its body on the next lines, link definitions between.
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - footnotes
            -- input/index.md --
            # Home

            See [the seventh note](post.md#fn:7) and [where it is cited](post.md#fnref:7).
            -- input/post.md --
            # Post

            It was hard.[^6] It got better.[^7]

              [^6]:
                Our [proof] covered some features.

              [proof]: https://example.org/proof

              [^7]:
                After we raised it again, work started.

                A second paragraph.

            The post goes on.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("post/index.html"));
        var main = page.QuerySelector("main")!;
        Assert.DoesNotContain("[^", main.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.GetElementById("fn:7")!.QuerySelectorAll("p").Length);
        Assert.DoesNotContain("After we raised", page.GetElementById("fn:6")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#fn:7", page.GetElementById("fnref:7")!.GetAttribute("href"));
        Assert.DoesNotContain(main.QuerySelectorAll(".footnotes p"), p => p.TextContent.Contains("goes on", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_mkdocs_snippets_auto_append_When_built_Then_every_page_has_the_appended_link_definitions()
    {
        // As mkdocs-material: includes/mkdocs.md (beside mkdocs.yml) defines links its pages use without defining them.
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - pymdownx.snippets:
                  auto_append:
                    - includes/mkdocs.md
                    - includes/abbreviations.md
            -- includes/mkdocs.md --
              [mkdocs]: https://www.mkdocs.org
              [mkdocs.nav]: https://www.mkdocs.org/user-guide/configuration/#nav
            -- includes/abbreviations.md --
            *[YAML]: YAML Ain't Markup Language
            -- input/index.md --
            # Home

            Built with [MkDocs][mkdocs], whose [nav][mkdocs.nav] gives the order in YAML.
            -- input/guide/setup.md --
            ---
            title: Setup
            ---

            Read [mkdocs] first.

            !!! note
                Written in a note: [nav][mkdocs.nav].
            -- input/_directory.yml --
            layout: page
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Empty(outcome.Diagnostics);
        var home = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal(["https://www.mkdocs.org", "https://www.mkdocs.org/user-guide/configuration/#nav"], home.QuerySelectorAll("p a[href^='https:']").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("[", home.TextContent, StringComparison.Ordinal);
        Assert.Equal("YAML Ain't Markup Language", home.QuerySelector("abbr")!.GetAttribute("title"));
        var setup = Parser.ParseDocument(site.ReadOutput("guide/setup/index.html")).QuerySelector("main")!;
        Assert.Equal(["https://www.mkdocs.org", "https://www.mkdocs.org/user-guide/configuration/#nav"], setup.QuerySelectorAll("p a[href^='https:']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Given_mkdocs_snippets_auto_append_naming_no_file_When_built_Then_it_is_a_warning_at_its_line_of_mkdocs_yml()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - pymdownx.snippets:
                  auto_append: [includes/missing.md]
            -- input/index.md --
            # Home

            Text.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal(["mkdocs.yml:5:21: warning TW0257: auto_append 'includes/missing.md' in mkdocs.yml: no such file"], site.Headers(outcome));
    }

    [Fact]
    public void Given_jekyll_pages_with_permalinks_When_built_Then_each_is_published_at_its_permalink_and_links_to_either_address_work()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            [Install]({{ '/docs/installation/' | relative_url }}), [by file](pages/install.md), [about](/about.html)
            and [no slash](/docs/guide).
            -- input/pages/install.md --
            ---
            title: Installation
            permalink: /docs/installation/
            ---
            Back [home](/).
            -- input/pages/about.md --
            ---
            title: About
            permalink: /about.html
            ---
            About.
            -- input/pages/guide.md --
            ---
            title: Guide
            permalink: /docs/guide
            ---
            Guide.
            -- input/pages/pattern.md --
            ---
            title: Pattern
            permalink: /:path/
            ---
            Kept at its file's address.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("docs/installation/index.html"));
        Assert.True(site.OutputExists("about.html"));
        Assert.True(site.OutputExists("docs/guide/index.html"));
        Assert.True(site.OutputExists("pages/pattern/index.html"));
        Assert.False(site.OutputExists("pages/install/index.html"));
        var hrefs = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(4).ToList();
        Assert.Equal(["/docs/installation/", "/docs/installation/", "/about.html", "/docs/guide/"], hrefs);
    }

    [Fact]
    public void Given_a_hugo_project_configured_in_config_default_with_language_folders_and_a_hugo_theme_beside_When_built_from_its_folder_Then_the_default_language_builds_with_the_built_in_theme()
    {
        using var site = FixtureSite.Create("""
            -- input/config/_default/hugo.yaml --
            defaultContentLanguage: en
            -- input/content/en/_index.md --
            ---
            title: Docsy-like
            ---
            Read the [guide](/docs/guide/).
            -- input/content/en/docs/guide.md --
            ---
            title: Guide
            weight: 2
            ---
            Guide.
            -- input/content/fr/_index.md --
            ---
            title: Version française
            ---
            Bonjour.
            -- theme/layouts/partials/head.html --
            <head></head>
            """);
        var output = Path.Combine(site.Root, "out");

        var result = site.RunCli("build", "-i", site.Input, "-o", output, "--no-search");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "docs", "guide", "index.html")), result.Stdout + result.Stderr);
        Assert.Contains("Docsy-like", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hugo_docs_with_template_made_addresses_a_heading_ending_in_raw_html_and_a_relative_alias_When_built_Then_no_false_error()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            raw_html: allow
            -- input/index.md --
            # Home

            ## Doc-rooted sites <a id="alternative-structure"></a>

            See [doc-rooted](#doc-rooted-sites), [the example][example], [base.js][] and <{{% param github_repo %}}/issues>.

            [example]: <{{% param github_repo %}}-example>
            [base.js]:
              {{% param github_repo %}}/blob/main/assets/js/base.js?plain=1
            -- input/project/about/changelog.md --
            ---
            title: Changelog
            aliases: [../changelog]
            ---
            Changes.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.NotNull(page.GetElementById("doc-rooted-sites"));
        // The made addresses are unknown: the links stay links (with the text), and the build says what it removed.
        Assert.Equal(["#doc-rooted-sites", "", ""], page.QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(3).ToList());
        Assert.Contains(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.True(site.OutputExists("project/changelog/index.html"), "the alias ../changelog redirects from /project/changelog/");
    }

    [Fact]
    public void Given_docusaurus_docs_with_folders_without_index_pages_ids_slugs_and_static_images_When_built_Then_folders_get_pages_and_every_link_resolves()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { presets: [['classic', { docs: { sidebarPath: './sidebars.js' } }]] };
            -- static/img/logo.png --
            not really a png
            -- input/intro.md --
            ---
            id: intro
            slug: /
            sidebar_position: 1
            ---
            # Introduction

            Start with [first steps](/docs/guides/first-steps), browse [all guides](/category/guides),
            the [API](/docs/api/) and the [call](./api/call.md).

            ![Logo](/img/logo.png)
            -- input/guides/_category_.json --
            { "label": "Guides", "position": 2, "link": { "type": "generated-index", "description": "Every guide, one task each." } }
            -- input/guides/first.md --
            ---
            id: first-steps
            ---
            # First steps

            Back to the [introduction](/docs/).
            -- input/api/call.md --
            # Call
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var intro = Parser.ParseDocument(site.ReadOutput("intro/index.html"));
        Assert.Equal(["/guides/first/", "/guides/", "/api/", "/api/call/"], intro.QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(4).ToList());
        Assert.True(site.OutputExists("img/logo.png"), "Docusaurus' static/ is published at the root");
        var guides = Parser.ParseDocument(site.ReadOutput("guides/index.html"));
        Assert.Equal("Guides", guides.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Every guide, one task each.", guides.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(guides.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/guides/first/");
        Assert.True(site.OutputExists("api/index.html"), "a folder without a category file gets a page too in a Docusaurus project");
        Assert.Equal("/intro/", Parser.ParseDocument(site.ReadOutput("guides/first/index.html")).QuerySelectorAll("main p a")[0].GetAttribute("href"));
    }

    [Fact]
    public void Given_docusaurus_pages_at_the_docs_root_with_ids_When_linked_by_id_Then_the_links_resolve_as_in_a_sub_folder()
    {
        // Jest's docs link "/docs/upgrading-to-jest29" to UpgradingToJest29.md (id: upgrading-to-jest29)
        // at the docs root; the same id in a sub-folder already resolved.
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'X', presets: [['classic', { docs: {} }]] };
            -- input/FooPage.md --
            ---
            id: foo-page
            slug: foo-slug
            title: Foo
            ---
            Text.
            -- input/sub/SubPage.md --
            ---
            id: sub-page
            title: Sub
            ---
            Text.
            -- input/Bar.md --
            ---
            title: Bar
            ---
            [a](/docs/foo-page) [b](foo-page) [c](/docs/sub/sub-page) [d](sub/sub-page) [e](/docs/foo-slug)
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var bar = Parser.ParseDocument(site.ReadOutput("bar/index.html"));
        Assert.Equal(["/foopage/", "/foopage/", "/sub/subpage/", "/sub/subpage/", "/foopage/"], bar.QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(5).ToList());
    }

    [Fact]
    public void Given_an_mdx_page_that_imports_a_markdown_partial_When_built_Then_the_partial_text_is_in_the_page_with_its_links_working()
    {
        using var site = FixtureSite.Create("""
            -- input/tutorials/page.mdx --
            ---
            title: Tutorial
            ---
            import Warning from '../components/_warning.mdx';
            import Tabs from '@theme/Tabs';

            <Warning />

            After the warning.
            -- input/components/_warning.mdx --
            :::caution
            This tutorial uses **old patterns**: read [the new guide](../guide.md#start) instead.
            :::
            -- input/guide.md --
            # Guide

            ## Start
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("tutorials/page/index.html")).QuerySelector("main")!;
        Assert.Equal("old patterns", main.QuerySelector("strong")!.TextContent);
        // The partial's link was written from its own folder, as Docusaurus compiles it.
        Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/guide/#start");
        Assert.DoesNotContain("import", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("After the warning.", main.TextContent, StringComparison.Ordinal);
        // The JavaScript component's import is still removed with a warning.
        Assert.Contains(outcome.Diagnostics, d => d.Code == "TW0250");
    }

    [Fact]
    public void Given_an_mdx_partial_outside_the_site_When_built_Then_it_is_refused_like_any_include()
    {
        using var site = FixtureSite.Create("""
            -- input/index.mdx --
            import Warning from '../shared/_warning.mdx';

            <Warning />
            -- shared/_warning.mdx --
            Outside.
            """);

        var outcome = site.Build();

        Assert.Contains(outcome.Diagnostics, d => d.Code == "TW0252");
    }

    [Fact]
    public void Given_a_jekyll_site_with_collections_and_posts_When_built_Then_they_are_published_at_jekylls_addresses()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Docs
            collections:
              docs:
                permalink: "/:collection/:path/"
                output: true
              drafts_notes:
                output: false
              posts:
                permalink: "/news/:year/:month/:day/:title/"
                output: true
            -- input/index.md --
            # Home

            [Install](/docs/installation/), [macOS](/docs/installation/macos/), [news](/news/2013/05/06/jekyll-1-0-0-released/)
            and [by file]({% link _docs/installation.md %}).
            -- input/_docs/installation.md --
            ---
            title: Installation
            permalink: /docs/installation/
            ---
            How to install.
            -- input/_docs/installation/macos.md --
            ---
            title: macOS
            ---
            On a Mac.
            -- input/_posts/2013-05-06-jekyll-1-0-0-released.markdown --
            ---
            title: Jekyll 1.0.0 Released
            ---
            Released.
            -- input/_drafts_notes/secret.md --
            # Not published
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("docs/installation/index.html"));
        Assert.True(site.OutputExists("docs/installation/macos/index.html"));
        Assert.True(site.OutputExists("news/2013/05/06/jekyll-1-0-0-released/index.html"));
        Assert.DoesNotContain(site.OutputFiles().Keys, f => f.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_kramdown_ids_on_the_line_after_headings_and_links_to_old_addresses_When_built_Then_the_ids_and_links_work()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            See [3.1.1](/docs/history/#v3-1-1) and [templates](/docs/templates/).
            -- input/docs/history.md --
            # History

            ## 3.1.1 / 2016-01-29
            {: #v3-1-1}

            Fixes.
            -- input/docs/liquid.md --
            ---
            title: Liquid
            redirect_from: "/docs/templates/"
            ---
            Liquid.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.NotNull(Parser.ParseDocument(site.ReadOutput("docs/history/index.html")).GetElementById("v3-1-1"));
        Assert.Equal(["/docs/history/#v3-1-1", "/docs/liquid/"], Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(2).ToList());
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
    }

    [Fact]
    public void Given_a_page_listing_one_old_address_in_two_letter_cases_When_built_Then_it_builds_with_one_forward_and_another_page_claiming_it_is_still_an_error()
    {
        // Homebrew's docs list "/linux" and "/Linux" (jekyll-redirect-from writes both). Forwards are
        // claimed ignoring case, so the output also works on a case-insensitive disk; the same page
        // naming both is one forward, not a clash.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/linux.md --
            ---
            title: Linux
            redirect_from:
              - /linux-install
              - /Linux-Install
            ---
            Text.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains("/linux/", site.ReadOutput("linux-install/index.html"), StringComparison.Ordinal);
        Assert.Equal(["/Linux-Install /linux/ 301", "/linux-install /linux/ 301"], site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries));

        using var clash = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/a.md --
            ---
            redirect_from: /old
            ---
            A.
            -- input/b.md --
            ---
            redirect_from: /OLD
            ---
            B.
            """);

        Assert.Contains(clash.Build().Diagnostics, d => d.Code == "TW0803");
    }

    [Fact]
    public void Given_a_repository_docs_folder_linked_from_the_repository_root_When_built_Then_the_links_reach_its_pages()
    {
        // containerd's docs/ link "/docs/PLUGINS.md", as GitHub reads a leading "/" from the
        // repository's root; the fixture's folder is "input", so its pages write "/input/...".
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            See [plugins](/input/PLUGINS.md), [a man page](/input/man/config.5.md#options) and [home](/input/).
            -- input/PLUGINS.md --
            # Plugins
            -- input/man/config.5.md --
            # config

            ## Options
            -- input/input/odd.md --
            # A folder with the site's own name

            [itself](/input/odd.md)
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(["/plugins/", "/man/config.5/#options", "/"], home.QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(3).ToList());
        Assert.Equal("/input/odd/", Parser.ParseDocument(site.ReadOutput("input/odd/index.html")).QuerySelector("main p a")!.GetAttribute("href"));
    }

    [Fact]
    public void Given_hugo_links_by_a_page_name_alone_and_to_a_relative_alias_When_built_Then_they_resolve_to_the_one_page_with_that_name()
    {
        using var site = FixtureSite.Create("""
            -- input/_index.md --
            ---
            title: Home
            ---
            Home.
            -- input/docs/content/_index.md --
            ---
            title: Content
            ---
            ## Landing
            -- input/docs/content/navigation.md --
            ---
            title: Navigation
            ---
            See the [landing pages](content#landing) and [look and feel](lookandfeel/#style), and [the upgrade](/blog/2023/docsy-0.7/).
            -- input/docs/content/lookandfeel.md --
            ---
            title: Look and feel
            ---
            ## Style
            -- input/blog/2023/0.7.x.md --
            ---
            title: Upgrade to 0.7
            aliases: [docsy-0.7]
            ---
            Upgrade.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var hrefs = Parser.ParseDocument(site.ReadOutput("docs/content/navigation/index.html")).QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.Equal(["/docs/content/#landing", "/docs/content/lookandfeel/#style", "/blog/2023/0.7.x/"], hrefs);
    }
}
