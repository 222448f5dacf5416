using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A folder of markdown without <c>_site.yml</c> (so without a site title), built with the
/// default theme: every page's <c>&lt;title&gt;</c> and the header name the site after its home
/// page (else after its folder), and never read empty or as "Page | ".
/// </summary>
public sealed class DefaultThemeTitleTests
{
    [Fact]
    public void Given_no_site_title_When_built_Then_titles_name_the_site_after_its_home_page()
    {
        using var site = FixtureSite.Create("""
            -- input/README.md --
            # Widget docs

            Read the [guide](guide.md).
            -- input/guide.md --
            # Getting started

            Text.
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("Widget docs", home.Title);
        Assert.Equal("Widget docs", home.QuerySelector(".header-title")!.TextContent.Trim());
        var guide = new HtmlParser().ParseDocument(site.ReadOutput("guide/index.html"));
        Assert.Equal("Getting started | Widget docs", guide.Title);
    }

    // containerd's docs: no README at the top, no configuration. The site is named after its folder,
    // or the project's folder above a folder named only for holding docs, as GitHub Pages names a
    // site after its repository: spelled as it is ("containerd", not "Containerd").
    [Theory]
    [InlineData("containerd/docs", "containerd")]
    [InlineData("acme-cli/Documentation/source", "acme-cli")]
    [InlineData("Widget Guide", "Widget Guide")]
    public void Given_no_site_title_and_no_home_page_When_built_Then_the_site_is_named_after_its_folder(string folder, string expected)
    {
        using var site = FixtureSite.Create($"""
            -- {folder}/guide.md --
            # Getting started

            Text.
            """);
        var input = Path.Combine(site.Root, folder);

        var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Output = site.Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = true, Today = FixtureSite.TestToday });

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var guide = new HtmlParser().ParseDocument(site.ReadOutput("guide/index.html"));
        Assert.Equal("Getting started | " + expected, guide.Title);
        Assert.Equal(expected, guide.QuerySelector(".header-title")!.TextContent.Trim());
    }

    [Fact]
    public void Given_a_site_title_When_built_Then_it_names_the_site_rather_than_the_home_page()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            title: Widgets
            -- input/index.md --
            # Welcome

            Text.
            -- input/guide.md --
            # Getting started

            Text.
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Widgets", new HtmlParser().ParseDocument(site.ReadOutput("index.html")).Title);
        Assert.Equal("Getting started | Widgets", new HtmlParser().ParseDocument(site.ReadOutput("guide/index.html")).Title);
    }
}
