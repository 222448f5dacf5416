using TwitchSite.Readability;

namespace TwitchSite.Tests.Readability;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("One two. Three four five! Six?", new[] { 2, 3, 1 })]
    [InlineData("A bullet without a full stop", new[] { 6 })]
    [InlineData("Take 2.5 mg, e.g. with food. Then rest.", new[] { 6, 2 })]
    [InlineData("Ask Dr. Patel (the GP). She knows.", new[] { 5, 2 })]
    [InlineData("It is \"done.\" Next one.", new[] { 3, 2 })]
    [InlineData("Well-known twitches don't last.", new[] { 4 })]
    [InlineData("See example.com for more", new[] { 4 })]
    [InlineData("...", new int[0])]
    public void Given_text_When_split_Then_sentences_end_at_full_stops_and_the_rest_is_one_more(string text, int[] wordsPerSentence)
    {
        Assert.Equal(wordsPerSentence, SentenceSplitter.Split(text).Select(s => s.Words.Count));
    }

    [Fact]
    public void Given_text_When_split_Then_each_sentence_knows_where_it_starts()
    {
        Assert.Equal([0, 9], SentenceSplitter.Split("One two. Three.").Select(s => s.Start));
    }
}
