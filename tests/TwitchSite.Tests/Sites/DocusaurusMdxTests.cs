using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// MDX as Docusaurus projects write it (react-native-website's docs): several imports on a line,
/// escaped characters in import paths, JSX expression attributes, component tags over several
/// lines, indented tabs, the current version's <c>/docs/next/</c> addresses and an extensionless
/// <c>sidebarPath</c>. Each is read as Docusaurus reads it, for any page that writes it so.
/// </summary>
public sealed class DocusaurusMdxTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_several_mdx_imports_and_exports_on_one_line_When_built_Then_none_is_shown_and_a_partial_among_them_is_included()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- input/intro.md --
            ---
            title: Intro
            ---

            import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';
            import {A, B} from './_parts'; export const meta = {a: 'x; y'};
            import Tabs2 from '@theme/Tabs'; import Warn from './_warn.mdx';

            <Warn />

            Text; import nothing from here.
            -- input/_warn.mdx --
            Partial text here.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain("@theme", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("export", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Partial text here.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Text; import nothing from here.", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_mdx_import_path_with_javascript_escapes_When_built_Then_the_partial_it_names_is_included()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- input/intro.md --
            ---
            title: Intro
            ---

            import CanaryWarning from './\_canary-warning.mdx';
            import Other from "./\x5fother\u{2D}part.md";

            <CanaryWarning />

            <Other />
            -- input/_canary-warning.mdx --
            Canary text.
            -- input/_other-part.md --
            Other text.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        Assert.Contains("Canary text.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Other text.", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_jsx_expression_attributes_on_html_elements_When_built_Then_the_elements_stay_html_without_them()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- static/img/x.png --
            png
            -- input/intro.md --
            ---
            title: Intro
            ---

            | Name | Color |
            | --- | --- |
            | aliceblue | <ins style={{background: '#f0f8ff'}} className="color-box" /> `#f0f8ff` |

            Text <ins style={{background: '#f0f8ff', nested: {a: '}'}}} className="color-box" /> aliceblue

            <img style={{ "max-height": "600px" }} src="/img/x.png" alt="X" />

            <span {...props} title="kept">Spread</span>
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain("style=", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<ins", main.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, main.QuerySelectorAll("ins.color-box").Length);
        Assert.All(main.QuerySelectorAll("ins.color-box"), ins => Assert.Equal("", ins.TextContent));
        Assert.Contains(" aliceblue", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("/img/x.png", main.QuerySelector("img[alt=X]")!.GetAttribute("src"));
        Assert.Null(main.QuerySelector("img[alt=X]")!.GetAttribute("style"));
        Assert.Equal("kept", main.QuerySelector("span[title]")!.GetAttribute("title"));
    }

    [Fact]
    public void Given_a_component_whose_name_is_alone_on_its_first_line_When_built_Then_the_whole_tag_is_removed()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- input/intro.md --
            ---
            title: Intro
            ---

            Before.

            <ThemedImage
            alt="Xcode"
            sources={{
                light: '/img/x.png',
                dark: '/img/x.png',
              }}
            />

            After.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain("ThemedImage", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("sources", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("light", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("After.", main.TextContent, StringComparison.Ordinal);
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Equal(7, warning.Location!.Line);
    }

    [Fact]
    public void Given_versioned_docusaurus_docs_When_a_page_links_to_the_current_versions_address_Then_the_link_reaches_the_page()
    {
        using var site = FixtureSite.Create("""
            -- website/versions.json --
            ["1.0"]
            -- website/docusaurus.config.js --
            module.exports = {
              title: 'Demo',
              presets: [['classic', { docs: { path: '../input' } }]],
              plugins: [['content-docs', { id: 'architecture', path: 'architecture', routeBasePath: '/architecture' }]],
            };
            -- input/a.md --
            ---
            title: A
            ---

            See [B](/docs/next/b), [its part](/docs/next/guides/c#part) and [B2](/docs/b).
            -- input/b.md --
            ---
            title: B
            ---

            B
            -- input/guides/c.md --
            # C

            ## Part
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var links = Parser.ParseDocument(site.ReadOutput("a/index.html")).QuerySelectorAll("main p a").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.Equal(["/b/", "/guides/c/#part", "/b/"], links);
    }

    [Fact]
    public void Given_a_sidebar_path_without_its_extension_When_built_Then_the_sidebar_is_found_as_node_finds_it()
    {
        using var site = FixtureSite.Create("""
            -- website/sidebars.ts --
            export default {
              docs: {
                'The Basics': ['zeta', 'alpha'],
              },
            };
            -- website/docusaurus.config.ts --
            export default {
              title: 'Demo',
              presets: [['classic', { docs: { path: '../input', sidebarPath: require.resolve('./sidebars') } }]],
            };
            -- input/alpha.md --
            ---
            title: Alpha
            ---
            A
            -- input/zeta.md --
            ---
            title: Zeta
            ---
            Z
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0259");
        var menu = Parser.ParseDocument(site.ReadOutput("alpha/index.html")).QuerySelectorAll("nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.True(menu.IndexOf("Zeta") >= 0 && menu.IndexOf("Zeta") < menu.IndexOf("Alpha"), string.Join(", ", menu));
        Assert.Contains("The Basics", menu);
    }

    [Fact]
    public void Given_a_sidebar_path_naming_no_file_When_built_Then_it_is_a_warning_at_the_configuration()
    {
        using var site = FixtureSite.Create("""
            -- website/docusaurus.config.js --
            module.exports = {
              title: 'Demo',
              presets: [['classic', { docs: { path: '../input', sidebarPath: require.resolve('./sidebarz') } }]],
            };
            -- input/alpha.md --
            # Alpha
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0259");
        Assert.Equal(("sidebarPath './sidebarz' in docusaurus.config.js names no file", 3), (warning.Message, warning.Location!.Line));
    }

    [Fact]
    public void Given_docusaurus_tabs_with_indented_children_When_built_Then_each_tab_is_its_content_under_its_label()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- input/intro.md --
            ---
            title: Intro
            ---

            <Tabs groupId="x" queryString defaultValue="android" values={[{label: 'Android', value: 'android'}]}>
                <TabItem value="android" label="Android">

                ```kotlin
                val x = 1
                ```

                </TabItem>
                <TabItem value="ios">
                    Swift text.
                </TabItem>
            </Tabs>

            <Tabs>
            <TabItem value="web" label="Web">

            ```bash
            yarn web
            ```

            </TabItem>
            </Tabs>

            After.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        Assert.DoesNotContain("TabItem", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Tabs", main.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Android", "ios", "Web"], main.QuerySelectorAll("p > strong").Select(s => s.TextContent).ToList());
        var code = main.QuerySelectorAll("pre code").Select(c => (c.ClassName, c.TextContent.Trim())).ToList();
        Assert.Equal([("language-kotlin", "val x = 1"), ("language-bash", "yarn web")], code);
        Assert.Contains("Swift text.", main.QuerySelector("p:has(> strong)")?.ParentElement?.TextContent ?? main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
    }

    [Fact]
    public void Given_a_partial_with_imports_included_far_down_a_page_When_built_Then_its_statements_are_removed_there_as_at_the_top_and_prose_stays()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- input/intro.md --
            ---
            title: Intro
            ---

            import Q from './_q.md';

            Line 1.
            Line 2.
            Line 3.
            Line 4.
            Line 5.
            Line 6.
            Line 7.
            Line 8.
            Line 9.
            Line 10.
            Line 11.
            Line 12.
            Line 13.
            Line 14.
            Line 15.
            Line 16.
            Line 17.
            Line 18.
            Line 19.
            Line 20.
            Line 21.
            Line 22.
            Line 23.
            Line 24.
            Line 25.
            Line 26.
            Line 27.
            Line 28.
            Line 29.
            Line 30.
            Line 31.
            Line 32.
            Line 33.
            Line 34.
            Line 35.
            Line 36.
            Line 37.
            Line 38.
            Line 39.
            Line 40.
            Line 41.
            Line 42.
            Line 43.
            Line 44.
            Line 45.

            <Q />

            import {
              first,
              second
            } from './constants';
            export const meta = {
              a: 'x',
            };

            Prose goes on, and the next line starts with the word
            import X from '@theme/X'; that is still prose.

            The end.
            -- input/_q.md --
            import X from '@theme/X';
            import {getTemplateBranchNameForCurrentVersion} from '@site/src/getTemplateBranchNameForCurrentVersion';

            Partial text here.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("intro/index.html")).QuerySelector("main")!;
        var paragraphs = main.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("Partial text here.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("import", StringComparison.Ordinal) || p.StartsWith("export", StringComparison.Ordinal) || p.Contains("second", StringComparison.Ordinal));
        Assert.Empty(main.QuerySelectorAll("[getTemplateBranchNameForCurrentVersion]"));
        Assert.Contains("Prose goes on, and the next line starts with the word\nimport X from '@theme/X'; that is still prose.", paragraphs);
        Assert.Contains("The end.", paragraphs);
        Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
    }
}
