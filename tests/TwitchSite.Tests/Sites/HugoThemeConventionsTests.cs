using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Hugo sites laid out the way popular docs themes lay them out: content folders named per
/// language in the configuration (<c>contentDir</c>, as Hugo Book's example site does), and the
/// themes' admonition shortcodes (Docsy's <c>alert</c>, Hugo Book's <c>hint</c>, Hextra's and Doks'
/// <c>callout</c>) around markdown.
/// </summary>
public sealed class HugoThemeConventionsTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("hugo.toml", "title = 'Book'\ndefaultContentLanguage = 'en'\n[languages]\n[languages.zh]\n  contentDir = 'content.zh'\n  weight = 2\n[languages.en]\n  contentDir = 'content.en'\n  weight = 1\n")]
    [InlineData("hugo.yaml", "title: Book\nlanguages:\n  zh:\n    contentDir: content.zh\n  en:\n    label: English\n    contentDir: content.en\n")]
    [InlineData("hugo.toml", "title = 'Book'\ncontentDir = 'content.en'\n")]
    public void Given_a_hugo_project_whose_configuration_names_its_content_folders_When_built_Then_the_default_languages_pages_are_the_site(string configFile, string config)
    {
        using var site = FixtureSite.Create($$"""
            -- input/{{configFile}} --
            {{config}}
            -- input/content.en/_index.md --
            # Home

            Read [the guide](/docs/guide/).
            -- input/content.en/docs/guide.md --
            # Guide
            -- input/content.zh/_index.md --
            # 首页
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Home", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h1")!.TextContent);
        Assert.True(site.OutputExists("docs/guide/index.html"));
    }

    [Fact]
    public void Given_hugo_themes_admonition_shortcodes_When_built_Then_each_is_an_alert_of_its_kind_with_its_markdown_and_nothing_is_reported()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home

            {{% alert title="Before you start" color="warning" %}}
            Back up your **data**.
            {{% /alert %}}

            {{% hint danger %}}
            This deletes files.
            {{% /hint %}}

            {{< callout type="info" >}}
            A plain note.
            {{< /callout >}}

            {{% hint %}}
            No kind given.
            {{% /hint %}}

            {{< tabs >}}
            Kept text.
            {{< /tabs >}}

            {{< note >}}

            After an opening tag that nothing closes.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        var boxes = main.QuerySelectorAll(".markdown-alert").ToList();
        Assert.Equal(["warning", "caution", "note", "note"], boxes.Select(b => b.ClassList.Single(c => c.StartsWith("markdown-alert-", StringComparison.Ordinal))["markdown-alert-".Length..]));
        Assert.Equal("Before you start", boxes[0].QuerySelectorAll("strong")[0].TextContent);
        Assert.Equal("data", boxes[0].QuerySelectorAll("strong")[1].TextContent);
        Assert.Contains("This deletes files.", boxes[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", main.TextContent, StringComparison.Ordinal);

        // Only the shortcodes that are not admonitions are reported as removed: the tabs, and a
        // note that nothing closes (it is not a box around the rest of the page).
        var removed = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Contains("tabs", removed.Message, StringComparison.Ordinal);
        Assert.Contains("(and 2 more in this file)", removed.Message, StringComparison.Ordinal);
        Assert.Contains("Kept text.", main.TextContent, StringComparison.Ordinal);
        var after = main.QuerySelectorAll("p").Single(p => p.TextContent.Contains("After an opening tag", StringComparison.Ordinal));
        Assert.Null(after.Closest(".markdown-alert"));
    }

    [Fact]
    public void Given_hugo_shortcodes_written_over_several_lines_When_built_Then_each_goes_as_on_one_line_and_no_quote_is_left()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home

            {{< hextra/feature-grid >}}
              {{< hextra/feature-card
                title="Fast"
                subtitle="Builds in seconds"
              >}}
            {{< /hextra/feature-grid >}}

            {{% include-code
              file="x.go" %}}

            {{< callout
              type="warning"
            >}}
            Back up first.
            {{< /callout >}}

            ```go-html-template
            {{< card
              title="Kept" >}}
            ```

            After.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("blockquote"));
        Assert.DoesNotContain("subtitle", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("x.go", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("warning", Assert.Single(main.QuerySelectorAll(".markdown-alert")).ClassList.Single(c => c.StartsWith("markdown-alert-", StringComparison.Ordinal))["markdown-alert-".Length..]);
        Assert.Contains("{{< card\n  title=\"Kept\" >}}", main.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("After.", main.TextContent, StringComparison.Ordinal);

        // The grid's two tags, the card and the include: one warning, at the first, counting the rest.
        var removed = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Contains("(and 3 more in this file)", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_hugo_escaped_shortcodes_When_built_Then_they_show_the_shortcode_in_code_and_text_and_nothing_is_reported()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home

            Open a box with `{{</* callout type="info" */>}}`, or {{%/* hint */%}} in Hugo Book.

            Close it with {{</*/callout*/>}}.

            ```go-html-template
            {{</* callout */>}}
            A note.
            {{</* /callout */>}}
            ```
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal("{{< callout type=\"info\" >}}", main.QuerySelector("p code")!.TextContent);
        Assert.Contains("or {{% hint %}} in Hugo Book.", main.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Close it with {{</callout>}}.", main.QuerySelectorAll("p")[1].TextContent);
        Assert.Equal("{{< callout >}}\nA note.\n{{< /callout >}}\n", main.QuerySelector("pre")!.TextContent);
        Assert.Empty(main.QuerySelectorAll(".markdown-alert"));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
    }

    [Theory]
    [InlineData("hugo.toml", "title = 'Docs'\ndefaultContentLanguage = 'en'\n[languages]\n  [languages.en]\n    weight = 1\n  [languages.fa]\n    weight = 2\n")]
    [InlineData("hugo.yaml", "title: Docs\nlanguages:\n  en:\n    languageName: English\n  fa:\n    languageName: Farsi\n")]
    [InlineData("config/_default/languages.toml", "[en]\nlanguageName = 'English'\n[fa]\nlanguageName = 'Farsi'\n")]
    public void Given_a_multilingual_hugo_site_with_the_language_in_file_names_When_built_Then_the_default_language_is_the_site_and_one_note_says_the_rest_is_left_out(string configFile, string config)
    {
        using var site = FixtureSite.Create($$"""
            -- input/config.toml --
            title = 'Docs'
            -- input/{{configFile}} --
            {{config}}
            -- input/content/_index.en.md --
            # Home

            Read [the release notes](/blog/v0.10/).
            -- input/content/_index.fa.md --
            # خانه
            -- input/content/blog/_index.md --
            # Blog
            -- input/content/blog/v0.10.en.md --
            ---
            title: Version 0.10
            aliases: [/old/v0.10/]
            ---
            Text.
            -- input/content/blog/v0.10.fa.md --
            ---
            title: نسخه 0.10
            aliases: [/old/v0.10/]
            ---
            متن.
            -- input/content/blog/0.12.0.md --
            # 0.12.0
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code is "TW0803" or "TW0202");
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("Home", home.QuerySelector("main h1")!.TextContent);
        Assert.True(site.OutputExists("blog/v0.10/index.html"));
        Assert.True(site.OutputExists("blog/0.12.0/index.html"));
        Assert.False(site.OutputExists("blog/v0.10.fa/index.html"));
        Assert.False(site.OutputExists("blog/v0.10.en/index.html"));
        var menu = Parser.ParseDocument(site.ReadOutput("blog/index.html")).QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/blog/", "/blog/0.12.0/", "/blog/v0.10/"], menu.Order(StringComparer.Ordinal));

        Assert.Equal(
            ["input/content/_index.fa.md:1:1: info TW0241: 2 pages in other languages (fa) are not published, the first '_index.fa.md': this site is its default language, 'en'"],
            site.Headers(outcome));
    }

    [Fact]
    public void Given_a_hugo_site_without_languages_When_a_file_name_has_a_dot_Then_it_is_a_page_as_before()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home
            -- input/content/blog/v0.10.fa.md --
            # Release
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("blog/v0.10.fa/index.html"));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0241");
    }
}
