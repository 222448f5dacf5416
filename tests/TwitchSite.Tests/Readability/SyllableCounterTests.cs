using TwitchSite.Readability;

namespace TwitchSite.Tests.Readability;

public sealed class SyllableCounterTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]         // one vowel group; short words never lose their "e"
    [InlineData("make", 1)]        // a, e -> 2, silent final e -> 1
    [InlineData("more", 1)]
    [InlineData("caffeine", 2)]    // a, ei, e -> 3, silent e -> 2
    [InlineData("muscle", 2)]      // u, e -> 2, "-le" after a consonant is said
    [InlineData("whole", 1)]       // "-le" after a vowel is silent
    [InlineData("agree", 2)]       // "-ee" is said
    [InlineData("twitched", 1)]    // i, e -> 2, "-ed" after h is silent
    [InlineData("needed", 2)]      // "-ed" after d is said
    [InlineData("agreed", 2)]      // "-ed" after a vowel keeps its group
    [InlineData("makes", 1)]       // "-es" after k is silent
    [InlineData("causes", 2)]      // "-es" after s is said
    [InlineData("twitches", 2)]    // "-es" after ch is said
    [InlineData("changes", 2)]     // "-es" after g is said
    [InlineData("muscles", 2)]     // "-les" after a consonant is said
    [InlineData("rules", 1)]       // "-les" after a vowel is silent
    [InlineData("yes", 1)]         // a first y is a consonant
    [InlineData("difficulty", 4)]  // i, i, u, y
    [InlineData("swallowing", 3)]  // a, o, i
    [InlineData("fasciculation", 5)] // a, i, u, a, io
    [InlineData("GP", 1)]          // no vowel: at least 1
    [InlineData("2", 1)]           // a number counts as one syllable
    [InlineData("don't", 1)]
    [InlineData("Twitching", 2)]
    [InlineData("YELLOW", 2)]      // capitals read as their letters: a first Y is a consonant
    [InlineData("café", 1)]        // letters outside a-z are dropped: "caf"
    [InlineData("na\u00EFve", 1)] // ï dropped: "nave", a, e -> 2, silent final e -> 1
    [InlineData("\u212Aite", 1)]   // the Kelvin sign lower-cases to k: "kite"
    public void Given_a_word_When_counted_Then_the_documented_rule_gives_its_syllables(string word, int syllables)
    {
        Assert.Equal(syllables, SyllableCounter.Count(word));
    }

    [Fact]
    public void Given_a_word_longer_than_64_letters_When_counted_Then_only_its_first_64_letters_are_read()
    {
        // 64 letters of "ba" (32 syllables), then syllables that would count if they were read.
        var word = string.Concat(Enumerable.Repeat("ba", 32)) + "bibibi";
        Assert.Equal(32, SyllableCounter.Count(word));
    }
}
