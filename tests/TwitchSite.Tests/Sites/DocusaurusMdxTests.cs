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
}
