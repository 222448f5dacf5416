using TwitchSite.Content.Rendering;
using TwitchSite.FrontMatter;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class GatherAnchorsTests
{
    [Fact]
    public void Given_headings_footnotes_and_raw_html_ids_When_gathered_Then_each_is_an_anchor()
    {
        var anchors = GatherAnchors.Of(StepSupport.Parse("## Why\n\nText[^1] and <a id=\"here\"></a>.\n\n<div name='box'></div>\n\n[^1]: Note.\n"));

        Assert.Equal(["why", "fnref:1", "here", "box", "fn:1"], anchors);
    }

    [Fact]
    public void Given_ids_written_after_elements_When_the_steps_share_one_walk_Then_the_ids_assigned_in_it_are_anchors_and_headings_keep_theirs()
    {
        // RenderMarkdown shows each node to AssignElementIds before GatherAnchors: a link to "#locale"
        // or to a definition term must find its target although both are made during that walk.
        var syntax = StepSupport.Parse("## Settings\n\n**`locale`**{ id=\"locale\" } sets the language.\n\ncacheDir\n: Where the cache goes.\n");
        var anchors = new GatherAnchors();

        TwitchSite.Markdown.SyntaxWalker.Visit(syntax, [new AssignElementIds(syntax), anchors]);

        Assert.Equal(["locale", "cachedir", "settings"], anchors.Finish());
    }

    [Fact]
    public void Given_numbered_sources_When_added_Then_the_sources_and_the_places_they_are_cited_are_anchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);

        GatherAnchors.AddSources(anchors, [
            new SourceReference("NHS", "https://nhs.uk", null, "nhs") { Number = 1, CitedAt = ["cite-1"] },
            new SourceReference("Uncited", "https://example.org", null, "other"),
        ]);

        Assert.Equal(["source-nhs", "cite-1"], anchors);
    }
}
