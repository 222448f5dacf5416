using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// <c>{{ … }}</c> and <c>{% … %}</c> are templates only where the docs' own generator runs templates on
/// markdown: MkDocs without the macros plugin and mdBook print them as written (mkdocs/mkdocs' release
/// notes: <c>favicon | {{ base_url }}/img/favicon.ico</c>), so they are shown, with no TW0250; with the
/// macros plugin they are Jinja, which is not run, so they are removed with the warning as before.
/// </summary>
public sealed class TemplatesAsTextTests
{
    private static readonly HtmlParser Parser = new();

    private const string Page = """
        # Release notes

        setting | default
        --- | ---
        favicon | {{ base_url }}/img/favicon.ico

        Write {% include "x.md" %} where the theme wants it, or `{{ config.site_name }}`.
        """;

    [Theory]
    [InlineData("")]
    [InlineData("plugins:\n  - search\n  - mkdocstrings:\n      handlers: {}\n")]
    public void Given_an_mkdocs_project_without_the_macros_plugin_When_built_Then_template_syntax_is_shown_as_written(string plugins)
    {
        using var site = FixtureSite.Create($$"""
            -- mkdocs.yml --
            site_name: Tool
            docs_dir: input
            {{plugins}}
            -- input/index.md --
            {{Page}}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal("{{ base_url }}/img/favicon.ico", main.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("Write {% include \"x.md\" %} where", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("{{ config.site_name }}", main.QuerySelector("p code")!.TextContent);
    }

    [Theory]
    [InlineData("plugins:\n  - search\n  - macros\n")]
    [InlineData("plugins:\n  - macros:\n      module_name: main\n")]
    [InlineData("plugins: [search, macros]\n")]
    public void Given_an_mkdocs_project_with_the_macros_plugin_When_built_Then_template_syntax_is_removed_with_the_warning(string plugins)
    {
        using var site = FixtureSite.Create($$"""
            -- mkdocs.yml --
            site_name: Tool
            docs_dir: input
            {{plugins}}
            -- input/index.md --
            {{Page}}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Equal(5, warning.Location!.Line);
        var main = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal("/img/favicon.ico", main.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("{{ config.site_name }}", main.QuerySelector("p code")!.TextContent); // code is never touched
    }

    [Fact]
    public void Given_an_mdbook_book_When_built_Then_template_syntax_other_than_its_includes_is_shown_as_written()
    {
        using var site = FixtureSite.Create("""
            -- book.toml --
            [book]
            title = "Book"
            -- input/SUMMARY.md --
            # Summary

            - [Theme](theme.md)
            -- input/theme.md --
            # Theme

            The template gets {{ mdbook_version }} and {{ language }}.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Contains("The template gets {{ mdbook_version }} and {{ language }}.", Parser.ParseDocument(site.ReadOutput("theme/index.html")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
