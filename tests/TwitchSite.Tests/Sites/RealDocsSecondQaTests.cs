using AngleSharp.Html.Parser;
using TwitchSite.Content.Rendering;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// What the 2026-12-03 QA round left open, each as a small fixture written here: MyST directive
/// targets (<c>:name:</c>, glossary terms, object directives) and references this generator cannot
/// know (autodoc objects, other projects' inventories); Docusaurus' <c>baseUrl</c> and MkDocs'
/// <c>site_url</c> written into links; Liquid variables inside raw HTML; a page too large to read.
/// </summary>
public sealed class RealDocsSecondQaTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("docusaurus.config.js", "module.exports = {\n  title: 'Demo',\n  baseUrl: '/my-project/',\n  presets: [['classic', { docs: { routeBasePath: 'docs' } }]],\n};\n", "/my-project/docs/guide/start")]
    [InlineData("docusaurus.config.ts", "const config: Config = {\n  url: 'https://example.org',\n  baseUrl: \"/my-project/\",\n};\nexport default config;\n", "/my-project/docs/guide/start")]
    [InlineData("mkdocs.yml", "site_name: Demo\nsite_url: https://example.org/my-project/\ndocs_dir: input\n", "/my-project/guide/start/")]
    public void Given_links_with_the_generators_site_path_written_out_When_built_Then_they_are_read_from_the_site_root(string configFile, string config, string written)
    {
        using var site = FixtureSite.Create($$"""
            -- {{configFile}} --
            {{config}}
            -- input/index.md --
            # Home

            [start]({{written}}) [start steps]({{written}}#steps) <a href="{{written}}">raw</a>
            -- input/guide/start.md --
            # Start

            ## Steps
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        var links = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main p a")
            .Where(a => a.GetAttribute("href") != "#top").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("/guide/start/", links["start"]);
        Assert.Equal("/guide/start/#steps", links["start steps"]);
        Assert.Equal("/guide/start/", links["raw"]);
    }

    [Fact]
    public void Given_a_site_path_that_is_the_root_or_made_at_build_time_When_built_Then_links_under_that_name_stay_checked()
    {
        // baseUrl '/' (the usual case) and one from an environment variable give no prefix: '/my-project/x' is a missing page.
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { baseUrl: process.env.BASE_URL ?? '/', url: 'https://example.org' };
            -- input/index.md --
            # Home

            [start](/my-project/docs/start)
            -- input/start.md --
            # Start
            """);

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0301");
        Assert.Contains("/my-project/docs/start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_page_whose_markdown_passes_the_limit_When_built_Then_TW0411_refuses_it_before_its_markdown_is_read()
    {
        // A table just over the limit, with a broken link in its last row: that link is never reported,
        // because the page's markdown is not parsed at all (parsing such a table took seconds and
        // hundreds of MB; at 40 MB, 111 s and 6.6 GB).
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            [The data](big.md)
            """);
        const string row = "| x1 | y2 | z3 | w4 |\n";
        var rows = string.Concat(Enumerable.Repeat(row, (ParseMarkdown.MaxBodyChars / row.Length) + 1));
        site.Write("input/big.md", "# Big\n\n| a | b | c | d |\n|---|---|---|---|\n" + rows + "| [gone](missing.md) | | | |\n");

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Code.StartsWith("TW0", StringComparison.Ordinal) && d.Severity == TwitchSite.Engine.Diagnostics.Severity.Error);
        Assert.Equal("TW0411", error.Code);
        Assert.EndsWith("big.md", error.Location!.FullPath, StringComparison.Ordinal);
        Assert.Contains("'big.md' is too large to publish", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 8 million", error.Message, StringComparison.Ordinal);
        Assert.Contains("split the page", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0301");
    }

    [Fact]
    public void Given_liquid_variables_in_raw_html_addresses_When_raw_html_is_escaped_Then_the_tags_are_shown_as_written()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            raw_html: escape
            -- input/index.md --
            # Posts

            <a href="{{ post.url }}">Latest</a> and <img src='{{ site.logo | relative_url }}' alt="Logo">
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var text = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main p")!.TextContent;
        Assert.Equal("<a href=\"{{ post.url }}\">Latest</a> and <img src='{{ site.logo | relative_url }}' alt=\"Logo\">", text);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
    }

    [Theory]
    [InlineData("allow")]
    [InlineData("refuse")]
    public void Given_liquid_variables_in_raw_html_addresses_When_html_is_published_Then_the_unknown_addresses_are_left_out_with_a_warning_at_the_line(string mode)
    {
        using var site = FixtureSite.Create($$$"""
            -- input/_site.yml --
            raw_html: {{{mode}}}
            -- input/index.md --
            # Posts

            <a class="post" href="{{ post.url }}">Latest</a> <a href='/img/{{ post.image }}'>picture</a>
            <img src="{{ site.logo }}" alt="Logo"> <a href="{{ site.baseurl }}/other/">known</a>
            -- input/other.md --
            # Other
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Equal(3, warning.Location!.Line);
        Assert.Contains("{{ post.url }}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2 more", warning.Message, StringComparison.Ordinal);
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        var links = main.QuerySelectorAll("p a").Where(a => a.TextContent is "Latest" or "picture" or "known").ToList();
        Assert.Equal(["Latest", "picture", "known"], links.Select(a => a.TextContent).ToList());
        // No empty address (which would link the page to itself): the unknown ones are left out, the known one kept.
        Assert.Equal([null, null, "/other/"], links.Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("post", links[0].GetAttribute("class"));
        var image = main.QuerySelector("img[alt='Logo']")!;
        Assert.False(image.HasAttribute("src"));
    }

    [Fact]
    public void Given_myst_directive_names_glossary_terms_and_object_directives_When_built_Then_references_to_them_resolve_and_unknowable_ones_are_warnings()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.intersphinx"]
            -- input/index.md --
            # Home

            {ref}`fig-flow`, [](#code-main), {ref}`the note <note-x>`, {term}`virtual environment`,
            {term}`an env <Virtual Environment>`, [other](<#my other term>), [](#pkg.Widget), [](#pkg.Gadget),
            {ref}`rst-label`, [nested](#after-nested), [ext](some-other-site){.external}.

            Unknowable: [member](#pkg.Gadget.run), [inventory](#sphinx:rst-roles).
            -- input/guide.md --
            # Guide

            ```{figure} flow.png
            :name: fig-flow
            :width: 80%

            The flow.
            ```

            ```{code-block} python
            :name: code-main
            print("hi")
            ```

            :::{note}
            :name: note-x
            :class: tip
            A note.
            :::

            ```{note}
            ```

            ````{note}
            ```{warning}
            Nested.
            ```
            ````

            (after-nested)=
            ## After

            ```{py:class} pkg.Widget
            A widget.
            ```

            ```{autoclass} pkg.Gadget
            :members:
            ```

            ```{eval-rst}
            .. _rst-label:

            Some reStructuredText.
            ```
            -- input/terms.md --
            # Terms

            ```{glossary}
            :sorted:

            Virtual Environment
              A folder with its own packages.

              More about it.

            Cache
              Kept results.
            ```

            {.glossary}
            my other term
            : Its definition.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var links = outcome.Diagnostics.Where(d => d.Code.StartsWith("TW03", StringComparison.Ordinal)).ToList();
        var unknowable = links.Where(d => d.Code == "TW0305").OrderBy(d => d.Location!.Column).ToList();
        Assert.Equal(2, unknowable.Count);
        Assert.All(unknowable, d => Assert.Equal(TwitchSite.Engine.Diagnostics.Severity.Warning, d.Severity));
        Assert.Contains("'pkg.Gadget.run'", unknowable[0].Message, StringComparison.Ordinal);
        Assert.Contains("Python object", unknowable[0].Message, StringComparison.Ordinal);
        Assert.Contains("'sphinx:rst-roles'", unknowable[1].Message, StringComparison.Ordinal);
        Assert.Contains("intersphinx", unknowable[1].Message, StringComparison.Ordinal);
        Assert.Equal(links.Count, unknowable.Count);

        var hrefs = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main p a")
            .Where(a => a.GetAttribute("href") != "#top").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [
                ("fig-flow", "/guide/#fig-flow"),
                ("code-main", "/guide/#code-main"),
                ("the note", "/guide/#note-x"),
                ("virtual environment", "/terms/#term-Virtual-Environment"),
                ("an env", "/terms/#term-Virtual-Environment"),
                ("other", "/terms/#term-my-other-term"),
                ("pkg.Widget", "/guide/#pkg.Widget"),
                ("pkg.Gadget", "/guide/#pkg.Gadget"),
                ("rst-label", "/guide/#rst-label"),
                ("nested", "/guide/#after-nested"),
                ("ext", "some-other-site"),
                ("member", "#pkg.Gadget.run"),
                ("inventory", "#sphinx:rst-roles"),
            ],
            hrefs);

        var guide = Parser.ParseDocument(site.ReadOutput("guide/index.html"));
        foreach (var id in new[] { "fig-flow", "code-main", "note-x", "after-nested", "pkg.Widget", "pkg.Gadget", "rst-label" })
        {
            Assert.NotNull(guide.GetElementById(id));
        }

        Assert.DoesNotContain(":class: tip", guide.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(guide.QuerySelectorAll("code[py\\:class], code[note]"));

        // The glossary is a definition list: each term an anchor with Sphinx's id, its definition under it.
        var terms = Parser.ParseDocument(site.ReadOutput("terms/index.html"));
        var glossaryTerms = terms.QuerySelectorAll("main dl dt").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Virtual Environment", "Cache", "my other term"], glossaryTerms);
        Assert.Contains("More about it.", terms.QuerySelector("main dl dd")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(terms.GetElementById("term-Cache"));
        Assert.DoesNotContain(":sorted:", terms.Body!.TextContent, StringComparison.Ordinal);

        // A plain label no page defines is still a missing anchor, an error.
        site.Write("input/index.md", File.ReadAllText(Path.Combine(site.Input, "index.md")) + "\n[typo](#no-such-label)\n");
        var broken = Assert.Single(site.Build().Diagnostics, d => d.Severity == TwitchSite.Engine.Diagnostics.Severity.Error);
        Assert.Equal("TW0302", broken.Code);
        Assert.Contains("no-such-label", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_myst_code_directives_and_r_markdown_chunks_When_built_Then_they_are_code_in_their_language_without_their_options()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser"]
            -- input/index.md --
            # Home

            See [the listing](#main-listing).

            ```{code-block} python
            :caption: The main loop
            :name: main-listing
            :linenos:
            while True:
                pass
            ```

            ```{r}
            x <- c(1, 2)
            ```

            ```{note}
            A note.
            ```
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var blocks = page.QuerySelectorAll("main pre code").ToList();
        // Highlighted as the language the directive or chunk names, as a plain fence would be.
        Assert.Equal(["language-python", "language-r"], blocks.Select(b => b.ClassName ?? ""));
        Assert.StartsWith("while True:", blocks[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(":caption:", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(":linenos:", page.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("main-listing"));
        Assert.Equal("x <- c(1, 2)", blocks[1].TextContent.Trim());
    }

    [Fact]
    public void Given_starlight_docs_whose_translations_link_to_untranslated_pages_When_built_Then_the_links_reach_the_default_languages_page()
    {
        using var site = FixtureSite.Create("""
            -- astro.config.mjs --
            import starlight from '@astrojs/starlight';
            export default defineConfig({ integrations: [starlight({ title: 'Demo', defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, de: { label: 'Deutsch' } } })] });
            -- src/content/docs/index.md --
            # Home

            [Setup](/guides/setup/)
            -- src/content/docs/guides/setup.md --
            # Setup

            ## Options
            -- src/content/docs/de/index.md --
            # Startseite

            [Einrichtung](/de/guides/setup/#options) [missing](/de/guides/gone/)
            """);

        var outcome = TwitchSite.Building.SiteBuilder.Build(new TwitchSite.Building.BuildOptions
        {
            Input = Path.Combine(site.Root, "src", "content", "docs"), Output = site.Output, Theme = site.Theme, NoSearch = true, Today = FixtureSite.TestToday,
        });

        // The untranslated page is the English one (Starlight shows it at /de/guides/setup/); a page no language has is still missing.
        var error = Assert.Single(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        Assert.Equal("TW0301", error.Code);
        Assert.Contains("/de/guides/gone/", error.Message, StringComparison.Ordinal);
        site.Write("src/content/docs/de/index.md", "# Startseite\n\n[Einrichtung](/de/guides/setup/#options)\n");
        outcome = TwitchSite.Building.SiteBuilder.Build(new TwitchSite.Building.BuildOptions
        {
            Input = Path.Combine(site.Root, "src", "content", "docs"), Output = site.Output, Theme = site.Theme, NoSearch = true, Today = FixtureSite.TestToday,
        });
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var link = Parser.ParseDocument(site.ReadOutput("de/index.html")).QuerySelectorAll("main p a").Single(a => a.TextContent == "Einrichtung");
        Assert.Equal("/guides/setup/#options", link.GetAttribute("href"));
    }

    [Fact]
    public void Given_one_version_of_docusaurus_versioned_docs_When_built_Then_the_projects_static_files_and_doc_addresses_are_known()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo', baseUrl: '/' };
            -- static/img/logo.png --
            not really a png
            -- versioned_docs/version-1.0/intro.md --
            # Intro

            ![Logo](/img/logo.png) See the [options](/docs/options#quotes).
            -- versioned_docs/version-1.0/options.md --
            # Options

            ## Quotes
            """);

        var outcome = TwitchSite.Building.SiteBuilder.Build(new TwitchSite.Building.BuildOptions
        {
            Input = Path.Combine(site.Root, "versioned_docs", "version-1.0"), Output = site.Output, Theme = site.Theme, NoSearch = true, Today = FixtureSite.TestToday,
        });

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("intro/index.html"));
        Assert.Equal("/options/#quotes", page.QuerySelectorAll("main p a").Single(a => a.TextContent == "options").GetAttribute("href"));
        Assert.True(site.OutputExists("img/logo.png"));
    }
}
