using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Layouts;

/// <summary>
/// The default theme shows its search box only in a site built with search: with
/// <c>--no-search</c> no page asks for <c>/pagefind/pagefind.js</c>, which every page had done,
/// each getting a 404 and a console error (the Rust book built without search).
/// </summary>
public sealed class DefaultThemeSearchBoxTests
{
    private const string Pages = """
        -- input/index.md --
        # Home

        Text.
        -- input/guide.md --
        # Guide
        """;

    [Fact]
    public void Given_a_build_without_search_When_a_page_is_read_Then_it_has_no_search_box_to_load_an_index_for()
    {
        using var site = FixtureSite.Create(Pages);

        var outcome = site.BuildWithDefaultTheme(search: false);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain("data-search", site.ReadOutput("guide/index.html"), StringComparison.Ordinal);
        Assert.False(site.OutputExists("pagefind/pagefind.js"));
    }

    [Fact]
    public void Given_a_build_with_search_When_a_page_is_read_Then_it_has_the_search_box()
    {
        using var site = FixtureSite.Create(Pages);

        var outcome = site.BuildWithDefaultTheme(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains("data-search", site.ReadOutput("guide/index.html"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("pagefind/pagefind.js"));
    }
}
