using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Conventions the 2026-12-03 QA round found built wrongly from public docs folders, each as a
/// small fixture: MyST targets and references, VitePress' Vue bindings and <c>public/</c>
/// folder, media in raw HTML, Jekyll's <c>relative_url</c> of page variables and hard-coded
/// baseurl prefixes, site titles from Jekyll's and MkDocs' configuration, and a page too large
/// to read. Each builds as it does under its own generator.
/// </summary>
public sealed class RealDocsQaTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_vue_attribute_bindings_in_vitepress_markdown_When_built_Then_they_are_not_checked_as_links()
    {
        using var site = FixtureSite.Create("""
            -- input/.vitepress/config.js --
            export default {}
            -- input/_site.yml --
            raw_html: allow
            -- input/index.md --
            # Thanks

            <a :href="npmUrl(dep.name)" v-bind:title="dep.name">{{ dep.name }}</a>
            <a v-bind:href="dep.repository">repository</a>
            <img :src="author.avatar" data-src="lazy/missing.png"> <a :href='dep.funding'>fund</a>

            <a href="missing-page.md">a real link still checked</a>
            """);

        var outcome = site.Build();

        // Only the plain href is a link; the bindings and data-src are left as they were written.
        var error = Assert.Single(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        Assert.Contains("missing-page.md", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Location!.Line);
    }

    [Fact]
    public void Given_video_audio_source_and_track_in_raw_html_When_built_Then_their_files_are_checked_published_and_linked_like_images()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            raw_html: allow
            -- input/guide/index.md --
            # Media

            <video src="clips/demo.mp4" poster="clips/poster.png" controls></video>

            <audio controls><source src="clips/sound.ogg" type="audio/ogg"></audio>

            <video controls>
              <source src="clips/demo.webm" type="video/webm">
              <track src="clips/captions.vtt" kind="captions">
            </video>

            <video src="clips/gone.mp4"></video>
            """);
        foreach (var file in new[] { "demo.mp4", "poster.png", "sound.ogg", "demo.webm", "captions.vtt" })
        {
            site.WriteBytes("input/guide/clips/" + file, [1, 2, 3]);
        }

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0301");
        Assert.Contains("clips/gone.mp4", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.Location!.Line);
        site.Write("input/guide/index.md", File.ReadAllText(Path.Combine(site.Input, "guide/index.md")).Replace("<video src=\"clips/gone.mp4\"></video>", "", StringComparison.Ordinal));
        outcome = site.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("guide/index.html"));
        var sources = page.QuerySelectorAll("main video[src], main video[poster], main source, main track")
            .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("poster") }).OfType<string>().ToList();
        Assert.Equal(5, sources.Count);
        Assert.All(sources, src =>
        {
            Assert.StartsWith("/guide/clips/", src, StringComparison.Ordinal);
            Assert.True(site.OutputExists(src.TrimStart('/')), src + " is published");
        });
    }

    [Fact]
    public void Given_a_page_whose_own_html_passes_the_page_limit_When_built_Then_TW0411_names_the_page_the_limit_and_a_fix_and_other_pages_still_render()
    {
        // 40,000 uses of one reference to a 2,000-character address are 280 KB of markdown (under the
        // markdown limit) and 80 MB of HTML, past the 64 MB a page may have.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            [The log](big.md)
            """);
        site.Write("input/big.md", "# Big\n\n" + string.Concat(Enumerable.Repeat("[a][r] ", 40_000)) + "\n\n[r]: https://example.org/" + new string('x', 2_000) + "\n");

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0411");
        Assert.EndsWith("big.md", error.Location!.FullPath, StringComparison.Ordinal);
        Assert.Contains("'big.md' is too large", error.Message, StringComparison.Ordinal);
        Assert.Contains("64 MB limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("split the page", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Location?.FullPath.EndsWith(".liquid", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Given_vitepress_docs_with_a_public_folder_When_built_Then_its_files_are_published_at_the_site_root_only()
    {
        using var site = FixtureSite.Create("""
            -- input/.vitepress/config.mts --
            export default { title: 'Demo' }
            -- input/index.md --
            # Home

            ![Logo](/logo.svg) [the manual](/pdf/manual.pdf)
            """);
        site.WriteBytes("input/public/logo.svg", [60, 115, 118, 103, 47, 62]);
        site.WriteBytes("input/public/pdf/manual.pdf", [37, 80, 68, 70]);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("logo.svg") || site.OutputFiles().Keys.Any(k => k.StartsWith("logo.", StringComparison.Ordinal) && k.EndsWith(".svg", StringComparison.Ordinal)));
        Assert.True(site.OutputExists("pdf/manual.pdf"));
        Assert.DoesNotContain(site.OutputFiles().Keys, k => k.StartsWith("public/", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_vitepress_project_whose_config_sets_srcDir_When_built_from_its_root_Then_the_source_folder_is_built_with_its_public_files_at_the_root()
    {
        using var site = FixtureSite.Create("""
            -- input/.vitepress/config.ts --
            export default defineConfig({
              srcDir: './src',
            })
            -- input/README.md --
            # The repository's readme, not a page of the docs
            -- input/src/index.md --
            # Home

            ![Logo](/logo.png) See [the guide](./guide/start.md#server-open).
            -- input/src/guide/start.md --
            # Start

            ## server.open
            """);
        site.WriteBytes("input/src/public/logo.png", [137, 80, 78, 71]);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("guide/start/index.html"));
        Assert.False(site.OutputExists("src/index.html"));
        Assert.Contains(site.OutputFiles().Keys, k => k.StartsWith("logo", StringComparison.Ordinal) && k.EndsWith(".png", StringComparison.Ordinal));
        Assert.NotNull(Parser.ParseDocument(site.ReadOutput("guide/start/index.html")).GetElementById("server-open"));
    }

    [Fact]
    public void Given_jekyll_links_through_page_url_and_with_the_baseurl_written_out_When_built_Then_each_reaches_its_page()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Demo
            baseurl: "/projectname"
            -- input/index.md --
            ---
            title: Home
            ---
            [a](/projectname/docs/install/) [b](/projectname/docs/install.html#steps) [home](/projectname/)
            [self]({{ page.url | relative_url }}) [self top]({{ site.baseurl }}{{ page.url }}#top)
            <a href="/projectname/docs/install/">c</a>
            -- input/docs/install.md --
            ---
            title: Install
            ---
            [this page]({{ page.url | relative_url }})

            ## Steps
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var links = page.QuerySelectorAll("main a").Where(a => a.TextContent.Length <= 9).ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("/docs/install/", links["a"]);
        Assert.Equal("/docs/install/#steps", links["b"]);
        Assert.Equal("/docs/install/", links["c"]);
        Assert.Equal("/", links["home"]);
        Assert.Equal("/", links["self"]);
        Assert.Equal("/#top", links["self top"]);
        var install = Parser.ParseDocument(site.ReadOutput("docs/install/index.html"));
        Assert.Equal("/docs/install/", install.QuerySelectorAll("main a").Single(a => a.TextContent == "this page").GetAttribute("href"));
    }

    [Theory]
    [InlineData("input/_config.yml", "title: \"Widget Docs\" # the site's name\nbaseurl: \"\"\n")]
    [InlineData("mkdocs.yml", "site_name: Widget Docs\ndocs_dir: input\n")]
    // The navbar's and a footer link's titles come first but sit deeper in the object.
    [InlineData("docusaurus.config.js", "module.exports = {\n  themeConfig: {\n    navbar: {\n      title: 'Navbar Name',\n    },\n    footer: { links: [{ title: \"Docs\" }] },\n  },\n  title: 'Widget Docs',\n  url: 'https://example.org',\n};\n")]
    public void Given_a_site_named_in_jekyll_or_mkdocs_configuration_When_built_with_the_default_theme_Then_pages_are_titled_by_it_and_site_yml_wins(string config, string text)
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Welcome

            Read the [guide](guide.md).
            -- input/guide.md --
            # Getting started
            """);
        site.Write(config, text);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Getting started | Widget Docs", Parser.ParseDocument(site.ReadOutput("guide/index.html")).Title);
        Assert.Equal("Widget Docs", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector(".header-title")!.TextContent.Trim());

        site.Write("input/_site.yml", "title: Own Name\n");
        outcome = site.BuildWithDefaultTheme();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Getting started | Own Name", Parser.ParseDocument(site.ReadOutput("guide/index.html")).Title);
    }

    [Theory]
    [InlineData("input/_config.yml", "title: Build Machine Secret\n")]
    [InlineData("mkdocs.yml", "site_name: Build Machine Secret\ndocs_dir: input\n")]
    [InlineData("docusaurus.config.js", "module.exports = { title: 'Build Machine Secret' };\n")]
    public void Given_a_generator_configuration_that_links_out_of_its_folder_When_built_Then_nothing_of_the_linked_file_reaches_the_pages(string config, string text)
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Welcome
            """);
        var outside = Directory.CreateTempSubdirectory("twitchsite-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "config.yml"), text);
            File.CreateSymbolicLink(Path.Combine(site.Root, config), Path.Combine(outside, "config.yml"));

            var outcome = site.BuildWithDefaultTheme();

            Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
            Assert.DoesNotContain("Build Machine Secret", site.ReadOutput("index.html"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Given_myst_targets_and_references_to_them_in_every_form_When_built_Then_the_labels_are_anchors_and_every_reference_resolves()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser"]
            -- input/index.md --
            # Home

            See {ref}`install-steps`, {ref}`the steps <install-steps>`, [the steps](#install-steps),
            [](#install-steps), [bare](install-steps), [the options](#syntax/options) and [here](#local-target).

            (local-target)=
            A paragraph named by its target, also [by its bare label](local-target).

            {doc}`guide/install` and {doc}`Installing <guide/install>`.
            -- input/guide/install.md --
            # Install

            (install-steps)=

            ## Steps to install

            (syntax/options)=
            ## Options

            ```text
            (not-a-target)=
            ```
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        var install = Parser.ParseDocument(site.ReadOutput("guide/install/index.html"));
        Assert.NotNull(install.GetElementById("install-steps"));
        Assert.NotNull(install.GetElementById("syntax/options"));
        Assert.NotNull(install.GetElementById("steps-to-install"));
        Assert.Null(install.GetElementById("not-a-target"));
        Assert.Contains("(not-a-target)=", install.QuerySelector("main pre")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("install-steps)=", install.Body!.TextContent, StringComparison.Ordinal);

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        var links = home.QuerySelectorAll("main p a").Where(a => a.GetAttribute("href") != "#top").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [
                ("Steps to install", "/guide/install/#install-steps"),
                ("the steps", "/guide/install/#install-steps"),
                ("the steps", "/guide/install/#install-steps"),
                ("Steps to install", "/guide/install/#install-steps"),
                ("bare", "/guide/install/#install-steps"),
                ("the options", "/guide/install/#syntax/options"),
                ("here", "#local-target"),
                ("by its bare label", "#local-target"),
                ("guide/install", "/guide/install/"),
                ("Installing", "/guide/install/"),
            ],
            links);
        Assert.NotNull(home.GetElementById("local-target"));
        Assert.DoesNotContain("{ref}", home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_mdbook_summary_that_nests_a_folders_index_under_a_page_of_that_folder_When_built_Then_it_ends_and_the_summary_order_wins()
    {
        // rust-lang/async-book: the folder makes index.md intro.md's parent, SUMMARY.md the reverse (the build never ended).
        using var site = FixtureSite.Create("""
            -- input/SUMMARY.md --
            # Summary

            [Introduction](intro.md)

            - [Navigation](navigation/intro.md)
              - [By topic](navigation/topics.md)
              - [Index](navigation/index.md)
            -- input/intro.md --
            # Introduction
            -- input/navigation/intro.md --
            # Navigation
            -- input/navigation/topics.md --
            # By topic
            -- input/navigation/index.md --
            # Index
            """);

        var outcome = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var index = Parser.ParseDocument(site.ReadOutput("navigation/index.html"));
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/navigation/intro/");
    }
}
