using TwitchSite.Search.Synonyms;


namespace TwitchSite.Tests.Search;

/// <summary>How synonym groups reach a page: which other names a page's text earns.</summary>
public sealed class SynonymMatcherTests
{
    private static readonly SynonymMatcher Matcher = new(
    [
        new SynonymGroup(["muscle wasting", "muscle atrophy", "amyotrophy"]),
        new SynonymGroup(["eye twitch", "eyelid twitch", "myokymia"]),
        new SynonymGroup(["multiple sclerosis", "MS"]),
        new SynonymGroup(["cramp", "charley horse"]),
        new SynonymGroup(["motor neurone disease", "ALS", "Lou Gehrig's disease"]),
        new SynonymGroup(["tiredness", "fatigue", "exhaustion"]),
    ]);

    [Fact]
    public void Given_a_page_using_a_lay_term_When_expanded_Then_it_gets_the_medical_terms_it_lacks()
    {
        var added = Matcher.Expand("Get help if your muscles are getting thinner (muscle wasting).");

        Assert.Equal(["muscle atrophy", "amyotrophy"], added);
    }

    [Fact]
    public void Given_a_page_using_a_medical_term_When_expanded_Then_it_gets_the_lay_terms()
    {
        Assert.Equal(["eye twitch", "eyelid twitch"], Matcher.Expand("Myokymia is common."));
    }

    [Fact]
    public void Given_a_page_using_no_term_of_any_group_When_expanded_Then_it_gets_nothing()
    {
        Assert.Empty(Matcher.Expand("Bananas and sweet potatoes are rich in potassium."));
    }

    [Fact]
    public void Given_a_page_using_two_names_of_a_group_When_expanded_Then_only_the_names_it_lacks_are_added()
    {
        Assert.Equal(["myokymia"], Matcher.Expand("An eye twitch, or eyelid twitch, is harmless."));
    }

    [Theory]
    [InlineData("Leg cramps at night.")]
    [InlineData("CRAMP!")]
    [InlineData("a sudden cramp")]
    public void Given_case_punctuation_or_a_plural_When_expanded_Then_the_term_still_matches(string text)
    {
        Assert.Equal(["charley horse"], Matcher.Expand(text));
    }

    [Fact]
    public void Given_the_words_of_a_term_apart_When_expanded_Then_it_does_not_match()
    {
        Assert.Empty(Matcher.Expand("The eye can twitch."));
    }

    [Theory]
    [InlineData("Multiple sclerosis (MS) affects nerves.", new string[0])]
    [InlineData("It is called MS.", new[] { "multiple sclerosis" })]
    [InlineData("Wait 10 ms and see.", new string[0])]
    [InlineData("Ms Smith is a GP.", new string[0])]
    public void Given_an_abbreviation_When_expanded_Then_it_matches_only_in_capitals(string text, string[] expected)
    {
        Assert.Equal(expected, Matcher.Expand(text));
    }

    [Fact]
    public void Given_an_apostrophe_When_expanded_Then_the_term_matches_with_or_without_it()
    {
        Assert.Equal(["motor neurone disease", "ALS"], Matcher.Expand("Also known as Lou Gehrig’s disease."));
        Assert.Equal(["motor neurone disease", "ALS"], Matcher.Expand("Also known as Lou Gehrigs disease."));
    }

    [Fact]
    public void Given_a_page_in_parts_When_expanded_Then_names_are_sorted_by_how_much_the_page_is_about_them()
    {
        var expansion = Matcher.Expand(
            titleText: "Tiredness and overuse",
            prominentText: "Twitching and muscle wasting",
            bodyText: "A cramp can come after exercise. Eye twitch, eye twitch and another eye twitch.");

        Assert.Equal(["fatigue", "exhaustion"], expansion.Title);
        Assert.Equal(["muscle atrophy", "amyotrophy"], expansion.Main);
        Assert.Equal(["eyelid twitch", "myokymia", "charley horse"], expansion.Related);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void Given_a_group_named_only_in_the_body_When_expanded_Then_however_often_it_is_only_related(int mentions)
    {
        // A long page names many things several times; what it is about is in its title,
        // description and keywords, so a page that only mentions cramps does not get "charley horse".
        var body = string.Join(" ", Enumerable.Repeat("A cramp can come after exercise.", mentions));

        var expansion = Matcher.Expand(titleText: "When to see a doctor", prominentText: "Signs that need a GP", bodyText: body);

        Assert.Empty(expansion.Main);
        Assert.Contains("charley horse", expansion.Related);
    }

    [Fact]
    public void Given_a_name_used_anywhere_on_the_page_When_expanded_Then_no_tier_repeats_it()
    {
        var expansion = Matcher.Expand("Fatigue", "", "Exhaustion is common.");

        Assert.Equal(["tiredness"], expansion.Title);
        Assert.Empty(expansion.Main);
        Assert.Empty(expansion.Related);
    }

    [Fact]
    public void Given_a_page_title_naming_what_the_site_title_names_When_expanded_Then_those_names_are_not_the_pages_own()
    {
        // "Causes of eye twitch" on an "Eye Twitch Guide": every page is about eye twitches.
        var expansion = Matcher.Expand(titleText: "Causes of eye twitch", prominentText: "", bodyText: "An eye twitch can come from tiredness.", siteTitleText: "Eye Twitch Guide");

        // Named twice, so only mentioned: the site's subject ranks as a related term here.
        Assert.Empty(expansion.Title);
        Assert.Empty(expansion.Main);
        Assert.Equal(["eyelid twitch", "myokymia", "fatigue", "exhaustion"], expansion.Related);
    }

    [Fact]
    public void Given_a_page_whose_title_does_not_name_the_sites_subject_When_expanded_Then_it_gets_none_of_the_subjects_names()
    {
        // Every page of an "Eye Twitch Guide" talks about eye twitches; the subject's other
        // names go to the pages whose title names it, not to every page.
        var expansion = Matcher.Expand(titleText: "Tiredness", prominentText: "", bodyText: "An eye twitch can come from tiredness. An eye twitch stops. An eye twitch is common.", siteTitleText: "Eye Twitch Guide");

        Assert.DoesNotContain("myokymia", expansion.Title.Concat(expansion.Main).Concat(expansion.Related));
        Assert.Equal(["fatigue", "exhaustion"], expansion.Title);
    }
}
