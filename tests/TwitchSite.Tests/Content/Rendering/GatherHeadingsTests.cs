using TwitchSite.Content.Rendering;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class GatherHeadingsTests
{
    [Fact]
    public void Given_headings_also_inside_a_quote_When_gathered_Then_each_has_level_id_plain_text_and_file_line_in_order()
    {
        var headings = GatherHeadings.Of(StepSupport.Parse("# Top\n\n> ### In *quote*\n\n## Own id {#mine}\n"), StepSupport.Page);

        Assert.Equal([new HeadingInfo(1, "top", "Top", 4), new HeadingInfo(3, "in-quote", "In quote", 6), new HeadingInfo(2, "mine", "Own id", 8)], headings);
    }
}
