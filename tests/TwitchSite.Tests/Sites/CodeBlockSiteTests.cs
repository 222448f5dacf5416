using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Code blocks in a built site: highlighted with both themes, written plain with
/// <c>highlight: false</c>, a bad value refused (TW0260), and the copy button's script linked from
/// every page as a file (the CSP forbids inline script).
/// </summary>
public sealed class CodeBlockSiteTests
{
    private static string Site(string? highlight) => $"""
        -- input/_site.yml --
        title: Fixture
        language: en-GB
        base_url: https://fixture.example
        {(highlight is null ? "" : "highlight: " + highlight)}
        -- input/index.md --
        ---
        title: Home
        description: Home.
        ---
        Run this:

        ```bash
        echo "hello" # greet
        ```
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_a_page_with_code_When_built_with_either_theme_Then_the_code_is_highlighted_and_the_copy_script_is_linked_as_a_file(bool defaultTheme)
    {
        using var site = FixtureSite.Create(Site(null));
        var outcome = defaultTheme
            ? SiteBuilder.Build(new BuildOptions { Input = site.Input, Output = site.Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = true, Today = FixtureSite.TestToday })
            : site.Build();

        Assert.DoesNotContain(site.Headers(outcome), h => h.Contains("error", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var code = page.QuerySelector("pre > code.language-bash")!;
        Assert.Equal("echo \"hello\" # greet\n", code.TextContent);
        Assert.NotNull(code.QuerySelector("span.hl-com"));
        Assert.NotNull(code.QuerySelector("span.hl-str"));

        var copy = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(src => src.Contains("code-copy", StringComparison.Ordinal));
        Assert.True(site.OutputExists(copy.TrimStart('/')), $"{copy} is linked but not written");
        Assert.Contains("aria-label", site.ReadOutput(copy.TrimStart('/')), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void Given_highlight_false_When_built_Then_code_is_written_plain()
    {
        using var site = FixtureSite.Create(Site("false"));
        site.Build();

        var code = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("pre > code.language-bash")!;
        Assert.Equal("echo \"hello\" # greet\n", code.TextContent);
        Assert.Empty(code.Children);
    }

    [Fact]
    public void Given_a_highlight_setting_that_is_not_true_or_false_When_built_Then_it_is_an_error_at_its_line()
    {
        using var site = FixtureSite.Create(Site("sometimes"));
        var outcome = site.Build();

        Assert.Contains("input/_site.yml:4:12: error TW0260: `highlight` must be true or false, not 'sometimes'", site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }
}
