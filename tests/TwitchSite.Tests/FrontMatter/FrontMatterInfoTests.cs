using TwitchSite.FrontMatter;
using TwitchSite.Yaml;

namespace TwitchSite.Tests.FrontMatter;

/// <summary>What a page keeps of its front matter record between the checks and its markdown (issue #19: memory per page).</summary>
public sealed class FrontMatterInfoTests
{
    private const string Path = "/site/input/a.md";

    [Fact]
    public void Given_front_matter_without_sources_When_cut_for_rendering_Then_its_text_and_key_positions_go_and_the_rest_stays()
    {
        var yaml = "title: A\ndescription: B\n";
        var read = YamlReader.Read(yaml, Path, firstLine: 2);
        var info = new FrontMatterInfo(FrontMatterState.Closed, 4, read.Locations, Valid: true) { Yaml = yaml };

        var cut = info.ForRendering();

        Assert.Null(cut.Yaml);
        Assert.Empty(cut.Locations);
        Assert.Same(FrontMatterInfo.NoLocations, cut.Locations);
        Assert.Equal((FrontMatterState.Closed, 4, true), (cut.State, cut.BodyFirstLine, cut.Valid));
    }

    [Fact]
    public void Given_front_matter_with_sources_When_cut_for_rendering_Then_the_text_and_the_sources_key_position_stay_for_the_citations()
    {
        var yaml = "title: A\nsources:\n  - id: nhs\n    title: NHS\n";
        var read = YamlReader.Read(yaml, Path, firstLine: 2);
        var info = new FrontMatterInfo(FrontMatterState.Closed, 7, read.Locations, Valid: true) { Yaml = yaml };

        var cut = info.ForRendering();

        Assert.Same(yaml, cut.Yaml);
        var sources = Assert.Single(cut.Locations);
        Assert.Equal(PageKeys.Sources, sources.Key);
        Assert.Equal(3, sources.Value.Key.Line);
        // What the citations step reads from them: each source's own line.
        Assert.Equal(4, Assert.Single(SourceEntryLocator.Find(cut.Yaml!, sources.Value.Key.Line, Path)).Entry.Line);
    }

    [Fact]
    public void Given_no_front_matter_When_cut_for_rendering_Then_the_record_is_kept_as_it_is()
    {
        var info = new FrontMatterInfo(FrontMatterState.None, 1, FrontMatterInfo.NoLocations, Valid: true);

        Assert.Same(info, info.ForRendering());
    }
}
