using System.Text;
using TwitchSite.Building;
using TwitchSite.Engine.Documents;
using TwitchSite.Site;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Pages are rendered two ways: streamed into UTF-8 buffers and written at once when the build
/// has an output, kept as text when it has none. Both must give the same bytes.
/// </summary>
public sealed class StreamedOutputTests
{
    [Fact]
    public void Given_the_feature_site_When_built_with_and_without_an_output_Then_every_page_has_the_same_bytes()
    {
        using var site = FixtureSite.Create(FeatureSite.Files);

        var written = site.Build();
        var inMemory = SiteBuilder.Build(new BuildOptions { Input = site.Input, Output = site.Output, Theme = site.Theme, WriteOutput = false });

        Assert.True(written.Succeeded);
        Assert.True(inMemory.Succeeded);
        var streamed = written.Engine.DocumentsOf(PipelineNames.Content);
        Assert.All(streamed, page => Assert.IsType<WrittenContent>(page.Content));
        var pages = inMemory.Engine.DocumentsOf(PipelineNames.Content);
        Assert.Equal(streamed.Length, pages.Length);
        var files = site.OutputFiles();
        foreach (var page in pages)
        {
            var text = Assert.IsType<TextContent>(page.Content).Text;
            Assert.Equal(Encoding.UTF8.GetBytes(text), files[page.Destination!]);
        }
    }
}
