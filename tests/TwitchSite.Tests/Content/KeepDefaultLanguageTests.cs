using TwitchSite.Content;
using TwitchSite.Site;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content;

public sealed class KeepDefaultLanguageTests
{
    private static readonly HugoLanguages EnglishAndFarsi = new("en", new HashSet<string>(["en", "fa"], StringComparer.Ordinal));

    [Fact]
    public void Given_pages_named_for_their_language_When_kept_Then_the_default_languages_lose_it_and_the_others_go_with_one_note()
    {
        var documents = new[]
        {
            ModuleRunner.Page("_index.en.md", "# Home\n"),
            ModuleRunner.Page("_index.fa.md", "# Fa\n"),
            ModuleRunner.Page("blog/v0.10.en.md", "# Release\n"),
            ModuleRunner.Page("blog/v0.10.fa.md", "# Release fa\n"),
            ModuleRunner.Page("blog/0.12.0.md", "# 0.12.0\n"),
            ModuleRunner.Page("guide.md", "# Guide\n"),
            ModuleRunner.Page("guide.en.md", "# Guide again\n"),
        };

        var (pages, sink) = ModuleRunner.Run(documents, null, new KeepDefaultLanguage(EnglishAndFarsi));

        Assert.Equal(["_index.md", "blog/v0.10.md", "blog/0.12.0.md", "guide.md", "guide.en.md"], pages.Select(p => p.Source));
        var note = Assert.Single(sink.All);
        Assert.Equal(("TW0241", TwitchSite.Engine.Diagnostics.Severity.Info, "/site/input/_index.fa.md"), (note.Code, note.Severity, note.Location!.FullPath));
        Assert.Equal("2 pages in other languages (fa) are not published, the first '_index.fa.md': this site is its default language, 'en'", note.Message);
    }

    [Fact]
    public void Given_a_site_of_one_language_When_kept_Then_every_page_is_as_it_was()
    {
        var documents = new[] { ModuleRunner.Page("blog/v0.10.fa.md", "# Release\n") };

        var (pages, sink) = ModuleRunner.Run(documents, null, new KeepDefaultLanguage(null));

        Assert.Equal(["blog/v0.10.fa.md"], pages.Select(p => p.Source));
        Assert.Empty(sink.All);
    }

    [Theory]
    [InlineData("hugo.toml", "defaultContentLanguage = \"fa\"\n[languages.en]\nweight = 2\n[languages.fa.params]\nx = 1\n", "fa", "en,fa")]
    [InlineData("config.yaml", "title: Docs\nlanguages:\n  en:\n    weight: 1\n  pt-br:\n    weight: 2\nparams:\n  x: 1\n", "en", "en,pt-br")]
    [InlineData("hugo.toml", "title = 'Docs'\n", null, null)]
    [InlineData("hugo.toml", "[languages.en]\nweight = 1\n", null, null)]
    public void Given_a_hugo_configuration_When_its_languages_are_read_Then_the_default_and_every_language_are_found(string file, string config, string? expectedDefault, string? expectedLanguages)
    {
        var project = Directory.CreateTempSubdirectory("hugo-languages-");
        try
        {
            Directory.CreateDirectory(Path.Combine(project.FullName, "content"));
            File.WriteAllText(Path.Combine(project.FullName, file), config);

            var languages = HugoLanguages.Of(Path.Combine(project.FullName, "content"));

            Assert.Equal(expectedDefault, languages?.Default);
            Assert.Equal(expectedLanguages, languages is null ? null : string.Join(',', languages.Languages.Order(StringComparer.Ordinal)));
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }
}
