using TwitchSite.Urls;

namespace TwitchSite.Tests.Urls;

public sealed class UrlMapperTests
{
    [Theory]
    [InlineData("index.md", "/", "index.html")]
    [InlineData("about.md", "/about/", "about/index.html")]
    [InlineData("causes/index.md", "/causes/", "causes/index.html")]
    [InlineData("causes/caffeine-and-stimulants.md", "/causes/caffeine-and-stimulants/", "causes/caffeine-and-stimulants/index.html")]
    [InlineData("Causes/Second Page.md", "/causes/second-page/", "causes/second-page/index.html")]
    [InlineData("docs/README.md", "/docs/", "docs/index.html")]
    [InlineData("404.md", "/404.html", "404.html")]
    [InlineData("errors/404.md", "/errors/404/", "errors/404/index.html")]
    [InlineData("notes.markdown", "/notes/", "notes/index.html")]
    public void Given_a_source_When_mapped_Then_pretty_url_and_output_file(string source, string url, string destination)
    {
        Assert.Equal(url, UrlMapper.UrlOf(source));
        Assert.Equal(destination, UrlMapper.DestinationOfSource(source));
    }
}
