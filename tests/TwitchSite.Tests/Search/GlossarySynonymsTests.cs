using TwitchSite.Search.Synonyms;


namespace TwitchSite.Tests.Search;

public sealed class GlossarySynonymsTests
{
    [Fact]
    public void Given_glossary_entries_When_turned_into_groups_Then_term_its_bracketed_name_and_aliases_form_one_group()
    {
        List<object?> glossary =
        [
            new Dictionary<string, object?> { ["term"] = "Myokymia (eyelid twitch)", ["aliases"] = new List<object?> { "eye twitch", "myokymia" } },
            new Dictionary<string, object?> { ["term"] = "Cramp", ["definition"] = "A painful tightening." },
            new Dictionary<string, object?> { ["term"] = "Spasm", ["aliases"] = new List<object?> { "muscle spasm" } },
        ];

        var groups = GlossarySynonyms.From(glossary);

        Assert.Equal(2, groups.Count); // a term without aliases names nothing else
        Assert.Equal(["Myokymia", "eyelid twitch", "eye twitch"], groups[0].Terms);
        Assert.Equal(["Spasm", "muscle spasm"], groups[1].Terms);
    }

    [Fact]
    public void Given_no_glossary_When_turned_into_groups_Then_there_are_none()
    {
        Assert.Empty(GlossarySynonyms.From(null));
        Assert.Empty(GlossarySynonyms.From("not a list"));
    }
}
