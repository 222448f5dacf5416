using TwitchSite.Search.Synonyms;


namespace TwitchSite.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("cramps", "cramp")]
    [InlineData("Twitches", "twitch")]
    [InlineData("neurones", "neurone")]
    [InlineData("injuries", "injury")]
    [InlineData("stress", "stress")]
    [InlineData("sclerosis", "sclerosis")]
    [InlineData("gas", "gas")]
    public void Given_a_word_When_folded_Then_case_and_a_plural_ending_go(string word, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(word));
    }

    [Fact]
    public void Given_html_When_read_as_text_Then_tags_scripts_and_entities_are_gone_and_words_stay_apart()
    {
        var text = SearchText.FromHtml("<p>Low <em>potassium</em><br>level</p><script>var cramp = 1;</script><p title=\"a>b\">Tom &amp; Jerry&#39;s</p>");

        Assert.Equal(["Low", "potassium", "level", "Tom", "Jerrys"], SearchText.Words(text).Select(w => w.Original));
    }
}
