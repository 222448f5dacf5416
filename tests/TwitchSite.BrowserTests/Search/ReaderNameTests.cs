using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// Readers type the name on the packet, the can or their own body, not the class or the part a
/// page names: a medicine's generic or brand name (UK or US), a drink, a nearby body part, an
/// everyday word. No page uses these names; the synonym groups of <c>input/_data/synonyms.yml</c>
/// link each to the page that answers it, which comes first.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class ReaderNameTests(SearchSite site)
{
    private const string Medicines = "/causes/medicines-and-substances/";
    private const string Caffeine = "/causes/caffeine-and-stimulants/";
    private const string Symptoms = "/symptoms/triggers-and-symptoms/";

    // One or two names of each medicine class the medicines page names (diuretics, corticosteroids,
    // estrogen medicines, HRT, the combined pill, stimulant ADHD medicines), generic and brand,
    // UK and US.
    [Theory]
    [InlineData("furosemide", Medicines)]
    [InlineData("Lasix", Medicines)]
    [InlineData("bendroflumethiazide", Medicines)]
    [InlineData("hydrochlorothiazide", Medicines)]
    [InlineData("prednisolone", Medicines)]
    [InlineData("prednisone twitching", Medicines)]
    [InlineData("estradiol", Medicines)]
    [InlineData("Evorel", Medicines)]
    [InlineData("Microgynon", Medicines)]
    [InlineData("Adderall", Medicines)]
    [InlineData("concerta twitching", Medicines)]
    [InlineData("Vyvanse", Medicines)]
    [InlineData("Medikinet", Medicines)]
    [InlineData("spironolactone", Medicines)]
    [InlineData("hydrocortisone", Medicines)]
    public Task Given_a_medicines_own_name_When_searched_Then_the_medicines_page_comes_first(string query, string expected) =>
        AssertComesFirstAsync(query, expected);

    // Drinks, body parts near the ones the pages list, and everyday words for what pages name.
    [Theory]
    [InlineData("red bull", Caffeine)]
    [InlineData("espresso", Caffeine)]
    [InlineData("pepsi", Caffeine)]
    [InlineData("thigh twitching", Symptoms)]
    [InlineData("bicep twitch", Symptoms)]
    [InlineData("finger twitching", Symptoms)]
    [InlineData("knackered", "/causes/fatigue-and-overuse/")]
    [InlineData("graves disease", "/causes/medical-conditions/")]
    [InlineData("kidney failure", "/causes/medical-conditions/")]
    [InlineData("cocaine", Caffeine)]
    [InlineData("neck twitching", Symptoms)]
    [InlineData("upper eyelid twitching", "/understanding/what-is-a-muscle-twitch/")]
    [InlineData("twitching after running", "/causes/fatigue-and-overuse/")]
    [InlineData("panic attacks", "/causes/stress-and-anxiety/")]
    [InlineData("blood work", "/symptoms/your-appointment/")]
    public Task Given_a_readers_own_word_for_what_a_page_names_When_searched_Then_that_page_comes_first(string query, string expected) =>
        AssertComesFirstAsync(query, expected);

    private async Task AssertComesFirstAsync(string query, string expected)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);

        var results = await SearchPages.ResultPathsAsync(page);

        Assert.True(results.Count > 0, $"\"{query}\" found nothing");
        Assert.True(results[0] == expected, $"\"{query}\": first is {results[0]}, expected {expected}; all: {string.Join(", ", results)}");
    }
}
