using TwitchSite.Content.Rendering;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class MeasureProseTests
{
    [Fact]
    public void Given_a_title_printed_by_the_layout_When_measured_Then_it_counts_as_a_sentence_before_the_body()
    {
        var page = ModuleRunner.Page("a.md", "").WithValue(PageKeys.Title, "Caffeine and twitching").WithValue(MarkdownKeys.TitleInContent, false);

        var prose = MeasureProse.Of(page, StepSupport.Parse("Cut down slowly. Drink water.\n"), StepSupport.Page);

        Assert.Equal((8, 3), (prose.Words, prose.Sentences));
    }

    [Fact]
    public void Given_a_body_with_its_own_h1_When_measured_Then_the_title_is_not_counted_twice()
    {
        var page = ModuleRunner.Page("a.md", "").WithValue(PageKeys.Title, "Caffeine").WithValue(MarkdownKeys.TitleInContent, true);

        var prose = MeasureProse.Of(page, StepSupport.Parse("# Caffeine\n\nCut down slowly.\n"), StepSupport.Page);

        Assert.Equal(4, prose.Words);
        Assert.Equal(6, prose.SentenceSpans[^1].Line);
    }
}
