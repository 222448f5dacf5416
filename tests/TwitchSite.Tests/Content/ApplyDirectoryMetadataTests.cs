using System.Collections.Immutable;
using TwitchSite.Content;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content;

public sealed class ApplyDirectoryMetadataTests
{
    [Fact]
    public void Given_folder_defaults_When_applied_Then_page_over_nearest_folder_over_outer_folder_over_settings()
    {
        var settings = Metadata.Create([KeyValuePair.Create<string, object?>("layout", "page"), KeyValuePair.Create<string, object?>("language", "en-GB")]);
        var documents = new[]
        {
            ModuleRunner.Page("causes/_directory.yml", "layout: wide\norder: 5\n"),
            ModuleRunner.Page("causes/deep/_directory.yml", "order: 7\n"),
            ModuleRunner.Page("causes/deep/a.md", "---\ntitle: A\n---\n"),
            ModuleRunner.Page("causes/b.md", "---\ntitle: B\nlayout: page\n---\n"),
            ModuleRunner.Page("c.md", "---\ntitle: C\n---\n"),
        };

        var (pages, sink) = ModuleRunner.Run(documents, settings, new ExtractFrontMatter(), new ApplyDirectoryMetadata(), new ValidateFrontMatter());

        Assert.Empty(sink.All.Select(d => d.ToString()));
        Assert.Equal(["causes/deep/a.md", "causes/b.md", "c.md"], pages.Select(p => p.Source));
        Assert.Equal(("wide", 7, "en-GB"), (pages[0].Metadata.GetString("layout"), pages[0].Get<int>("order"), pages[0].Metadata.GetString("language")));
        Assert.Equal(("page", 5), (pages[1].Metadata.GetString("layout"), pages[1].Get<int>("order")));
        Assert.Equal("page", pages[2].Metadata.GetString("layout"));
        var origins = pages[0].Get<SourceOrigins>(FrontMatterKeys.Origins)!;
        Assert.Equal(("/site/input/causes/_directory.yml", 1, 9), (origins["layout"].FullPath, origins["layout"].Line, origins["layout"].Column));
        Assert.Equal("/site/input/causes/deep/_directory.yml", origins["order"].FullPath);
    }

    [Fact]
    public void Given_invalid_folder_defaults_When_applied_Then_TW0102_in_that_file()
    {
        var (_, sink) = ModuleRunner.Run([ModuleRunner.Page("causes/_directory.yml", "layout: [topic\n"), ModuleRunner.Page("causes/a.md", "x")], null, new ExtractFrontMatter(), new ApplyDirectoryMetadata());

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0102", "/site/input/causes/_directory.yml"), (error.Code, error.Location!.FullPath));
    }
}
