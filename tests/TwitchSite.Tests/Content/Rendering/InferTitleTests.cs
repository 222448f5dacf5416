using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class InferTitleTests
{
    [Theory]
    [InlineData("# Plain notes\n\nText.\n", "Plain notes", true)]
    [InlineData("Intro.\n\n# Later heading\n", "Later heading", false)]
    [InlineData("Text only.\n", "Caffeine and more", false)]
    public void Given_a_page_without_a_title_When_inferred_Then_it_takes_its_first_h1_or_its_file_name(string markdown, string title, bool inContent)
    {
        var syntax = StepSupport.Parse(markdown);

        var page = InferTitle.Apply(ModuleRunner.Page("guide/caffeine-and-more.md", markdown), GatherHeadings.Of(syntax, StepSupport.Page), Metadata.Empty);

        Assert.Equal((title, inContent), (page.Metadata.GetString(PageKeys.Title), InferTitle.IsInContent(syntax)));
    }

    [Fact]
    public void Given_a_page_that_sets_its_title_When_inferred_Then_it_keeps_it()
    {
        var page = ModuleRunner.Page("a.md", "# Heading\n").WithValue(PageKeys.Title, "Own");

        Assert.Equal("Own", InferTitle.Apply(page, GatherHeadings.Of(StepSupport.Parse("# Heading\n"), StepSupport.Page), Metadata.Empty).Metadata.GetString(PageKeys.Title));
    }

    [Theory]
    [InlineData("getting-started.md", "Getting started")]
    [InlineData("causes/index.md", "Causes")]
    [InlineData("index.md", "Home")]
    [InlineData("notes/README.md", "Notes")]
    public void Given_a_file_name_When_made_a_title_Then_words_are_spaced_and_capitalised(string source, string title)
    {
        Assert.Equal(title, InferTitle.TitleFromFileName(source));
    }
}
