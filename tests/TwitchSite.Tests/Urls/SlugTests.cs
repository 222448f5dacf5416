using TwitchSite.Urls;

namespace TwitchSite.Tests.Urls;

public sealed class SlugTests
{
    [Theory]
    [InlineData("caffeine-and-stimulants", "caffeine-and-stimulants")]
    [InlineData("Caffeine & Stimulants", "caffeine-stimulants")]
    [InlineData("Second Page", "second-page")]
    [InlineData("  spaced__out--name ", "spaced-out-name")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("ALS (MND)", "als-mnd")]
    [InlineData("肌肉", "肌肉")]
    [InlineData("!!!", "page")]
    [InlineData("-lead", "lead")]
    [InlineData("trail-", "trail")]
    [InlineData("a--b", "a-b")]
    [InlineData("page-00123", "page-00123")]
    [InlineData("Page-1", "page-1")]
    public void Given_a_name_When_slugged_Then_lower_case_words_joined_by_dashes(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name));
    }
}
