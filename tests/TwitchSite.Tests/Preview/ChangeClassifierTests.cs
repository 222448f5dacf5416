using TwitchSite.Preview;
using TwitchSite.Site;

namespace TwitchSite.Tests.Preview;

public sealed class ChangeClassifierTests
{
    private static readonly SitePaths Paths = SitePaths.From("/site/input", "/site/theme", "/site/output");

    [Theory]
    [InlineData("/site/input/causes/caffeine.md", ChangeKind.ContentPage, "input/causes/caffeine.md")]
    [InlineData("/site/input/index.md", ChangeKind.ContentPage, "input/index.md")]
    [InlineData("/site/input/_site.yml", ChangeKind.Settings, "input/_site.yml")]
    [InlineData("/site/input/causes/_directory.yml", ChangeKind.Settings, "input/causes/_directory.yml")]
    [InlineData("/site/input/_data/glossary.yml", ChangeKind.Data, "input/_data/glossary.yml")]
    [InlineData("/site/input/layouts/page.liquid", ChangeKind.Layout, "input/layouts/page.liquid")]
    [InlineData("/site/theme/layouts/base.liquid", ChangeKind.Layout, "theme/layouts/base.liquid")]
    [InlineData("/site/theme/assets/css/site.css", ChangeKind.Asset, "theme/assets/css/site.css")]
    [InlineData("/site/input/images/diagram.svg", ChangeKind.Asset, "input/images/diagram.svg")]
    [InlineData("/site/input/_drafts/idea.md", ChangeKind.Other, "input/_drafts/idea.md")]
    [InlineData("/site/theme/package.json", ChangeKind.Other, "theme/package.json")]
    [InlineData("/elsewhere/file.md", ChangeKind.Other, "/elsewhere/file.md")]
    public void Given_a_changed_file_When_classified_Then_its_kind_and_how_it_is_shown(string path, ChangeKind kind, string display)
    {
        var change = new ChangeClassifier(Paths).Classify(path);

        Assert.Equal((kind, display), (change.Kind, change.Display));
    }

    [Fact]
    public void Given_a_changed_html_page_with_front_matter_When_classified_Then_it_is_a_content_page_and_a_plain_html_file_an_asset()
    {
        using var site = Support.FixtureSite.Create("""
            -- input/ref/page.html --
            ---
            title: Page
            ---
            <p>Text.</p>
            -- input/plain.html --
            <p>Text.</p>
            """);
        var classifier = new ChangeClassifier(SitePaths.From(site.Input, site.Theme, site.Output));

        Assert.Equal(ChangeKind.ContentPage, classifier.Classify(Path.Combine(site.Input, "ref", "page.html")).Kind);
        Assert.Equal(ChangeKind.Asset, classifier.Classify(Path.Combine(site.Input, "plain.html")).Kind);
    }
}
