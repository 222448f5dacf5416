using TwitchSite.Engine.Documents;
using TwitchSite.Layouts;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Layouts;

public sealed class EditLinkTests
{
    private static Metadata Settings(params (string Key, object? Value)[] values) =>
        Metadata.Create(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    [Theory]
    [InlineData("https://github.com/org/site", null, null, "causes/caffeine.md", "https://github.com/org/site/edit/main/input/causes/caffeine.md")]
    [InlineData("https://github.com/org/site/", "develop", "docs/site", "index.md", "https://github.com/org/site/edit/develop/docs/site/index.md")]
    [InlineData("https://github.com/org/site", null, "", "guide/Second Page.md", "https://github.com/org/site/edit/main/guide/Second%20Page.md")]
    [InlineData("javascript:alert(1)", null, null, "index.md", null)]
    [InlineData("not a url", null, null, "index.md", null)]
    [InlineData(null, null, null, "index.md", null)]
    public void Given_repository_settings_When_a_page_is_rendered_Then_its_edit_link_points_at_its_source_file(string? repository, string? branch, string? path, string source, string? expected)
    {
        var settings = Settings(("repository", repository), ("repository_branch", branch), ("repository_path", path));

        Assert.Equal(expected, EditLink.For(source, TwitchSite.Settings.SiteSettings.Of(settings)));
    }

    [Fact]
    public void Given_a_site_with_a_repository_When_built_Then_every_page_has_an_edit_this_page_link_to_its_own_file()
    {
        using var site = FixtureSite.Create(FeatureSite.Files.Replace("base_url: https://fixture.example", "base_url: https://fixture.example\nrepository: https://github.com/example/fixture", StringComparison.Ordinal));

        Assert.True(site.Build().Succeeded);

        Assert.Contains("<p class=\"edit-page\"><a href=\"https://github.com/example/fixture/edit/main/input/guide/Second%20Page.md\">Edit this page", site.ReadOutput("guide/second-page/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://github.com/example/fixture/edit/main/input/404.md\"", site.ReadOutput("404.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://github.com/example/fixture/edit/main/input/glossary.md\"", site.ReadOutput("glossary/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_site_without_a_repository_When_built_Then_no_edit_link()
    {
        using var site = FixtureSite.Create(FeatureSite.Files);

        Assert.True(site.Build().Succeeded);

        Assert.DoesNotContain("edit-page", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
