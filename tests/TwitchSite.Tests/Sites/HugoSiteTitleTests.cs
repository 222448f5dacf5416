using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A Hugo project names its site in its configuration's top-level <c>title</c> (gohugoio/hugoDocs:
/// <c>title = "Hugo"</c>): every page's <c>&lt;title&gt;</c> and the header name the site by it, the
/// home page keeping its own heading, whether the project or its content folder is built.
/// </summary>
public sealed class HugoSiteTitleTests
{
    private static readonly HtmlParser Parser = new();

    private const string Pages = """
        -- input/content/_index.md --
        # Welcome

        Read the [guide](guide.md).
        -- input/content/guide.md --
        # Getting started
        """;

    [Theory]
    [InlineData("input/hugo.toml", "baseURL = 'https://example.org/'\nTitle = \"Widget Docs\" # the site's name\n[params]\n  title = 'Params title'\n[languages.en]\n  title = 'Language title'\n")]
    [InlineData("input/hugo.yaml", "params:\n  title: Params title\ntitle: 'Widget Docs'\n")]
    [InlineData("input/hugo.json", "{ \"params\": { \"title\": \"Params title\" }, \"title\": \"Widget Docs\" }")]
    [InlineData("input/config.toml", "title = 'Widget Docs'\n")]
    [InlineData("input/config/_default/hugo.toml", "title = 'Widget Docs'\n")]
    public void Given_a_hugo_project_titled_in_its_configuration_When_built_Then_every_page_names_the_site_by_it(string configFile, string config)
    {
        using var site = FixtureSite.Create(Pages);
        site.Write(configFile, config);

        foreach (var input in new[] { site.Input, Path.Combine(site.Input, "content") })
        {
            var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Output = site.Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = true, Today = FixtureSite.TestToday });

            Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
            var guide = Parser.ParseDocument(site.ReadOutput("guide/index.html"));
            Assert.Equal("Getting started | Widget Docs", guide.Title);
            Assert.Equal("Widget Docs", guide.QuerySelector(".header-title")!.TextContent.Trim());
            var home = Parser.ParseDocument(site.ReadOutput("index.html"));
            Assert.Equal("Widget Docs", home.Title);
            Assert.Equal("Welcome", home.QuerySelector("main h1")!.TextContent);
        }
    }

    [Fact]
    public void Given_a_hugo_title_only_inside_a_table_When_built_Then_the_site_is_named_after_its_home_page()
    {
        using var site = FixtureSite.Create(Pages + "\n-- input/hugo.toml --\n[params]\ntitle = 'Params title'\n");

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Getting started | Welcome", Parser.ParseDocument(site.ReadOutput("guide/index.html")).Title);
    }

    [Fact]
    public void Given_a_hugo_configuration_that_links_out_of_the_project_When_built_Then_nothing_of_the_linked_file_reaches_the_pages()
    {
        using var site = FixtureSite.Create(Pages + "\n-- elsewhere/hugo.toml --\ntitle = 'Build Machine Secret'\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "hugo.toml"), Path.Combine(site.Root, "elsewhere", "hugo.toml"));

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain("Build Machine Secret", site.ReadOutput("guide/index.html"), StringComparison.Ordinal);
    }
}
