using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A folder of markdown without <c>_site.yml</c> (so without a site title), built with the
/// default theme: every page's <c>&lt;title&gt;</c> and the header name the site after its home
/// page, and never read empty or as "Page | ".
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

    [Fact]
    public void Given_no_site_title_and_no_home_page_When_built_Then_a_page_is_titled_by_itself_alone()
    {
        using var site = FixtureSite.Create("""
            -- input/guide.md --
            # Getting started

            Text.
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var guide = new HtmlParser().ParseDocument(site.ReadOutput("guide/index.html"));
        Assert.Equal("Getting started", guide.Title);
        Assert.Null(guide.QuerySelector(".header-title"));
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
