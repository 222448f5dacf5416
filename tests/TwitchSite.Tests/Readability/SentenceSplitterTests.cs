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
        Assert.Equal(wordsPerSentence, Sentences(text).Select(s => s.WordCount));
    }

    [Fact]
    public void Given_text_When_split_Then_each_sentence_knows_where_it_starts()
    {
        Assert.Equal([0, 9], Sentences("One two. Three.").Select(s => s.Start));
    }

    [Fact]
    public void Given_text_When_split_Then_words_are_joined_across_apostrophes_hyphens_and_inner_full_stops()
    {
        const string text = "Well-known twitches don't last, e.g. 2.5 days.";
        var words = new List<Range>();
        SentenceSplitter.Split(text, words, []);
        Assert.Equal(["Well-known", "twitches", "don't", "last", "e.g", "2.5", "days"], words.Select(w => text[w]));
    }

    [Fact]
    public void Given_lists_used_before_When_split_again_Then_only_the_new_text_is_in_them()
    {
        var words = new List<Range>();
        var sentences = new List<Sentence>();
        SentenceSplitter.Split("First text here. And more.", words, sentences);
        SentenceSplitter.Split("Second.", words, sentences);
        Assert.Equal([new Sentence(0, 0, 1)], sentences);
        Assert.Single(words);
    }

    private static List<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, [], sentences);
        return sentences;
    }
}
