using System.Text.RegularExpressions;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// What search shows is what readers need: whole words for abbreviations, a question answered
/// by its important words, only articles in the results, excerpts that start at a sentence and
/// hold the page's own words, and labels that claim nothing untrue.
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed partial class SearchQualityTests(SearchSite site)
{
    [Theory]
    [InlineData("ALS")]
    [InlineData("als")]
    public async Task Given_an_abbreviation_When_searched_Then_only_the_whole_word_is_matched_not_words_starting_with_it(string query)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);
        var results = await SearchPages.ResultPathsAsync(page);

        Assert.NotEmpty(results);
        // The caffeine page says "also" and "alcohol", never ALS or its other names.
        Assert.DoesNotContain("/causes/caffeine-and-stimulants/", results);
        var marked = await page.Locator("#search-page-results .search-result-excerpt mark").AllInnerTextsAsync();
        Assert.All(marked, word => Assert.Equal("als", word.Trim().TrimEnd('.', ',', ';', ':', ')', '?', '!').TrimStart('(').ToLowerInvariant()));
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("glossary")]
    [InlineData("page not found")]
    public async Task Given_any_query_When_searched_Then_the_not_found_and_search_pages_are_never_results(string query)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);
        var results = await SearchPages.ResultPathsAsync(page);

        Assert.DoesNotContain("/404.html", results);
        Assert.DoesNotContain("/404", results);
        Assert.DoesNotContain("/search/", results);
    }

    [Fact]
    public async Task Given_a_question_that_all_its_words_barely_find_When_searched_Then_its_important_words_find_the_answer_and_the_page_says_so()
    {
        var page = await SearchPages.OpenResultsAsync(site, "how long does twitching last");

        var results = await SearchPages.ResultPathsAsync(page);
        Assert.True(results.Count >= 2, "more than the one page that has every word");
        Assert.Equal("/understanding/what-is-a-muscle-twitch/", results[0]);
        Assert.Contains("Showing pages with", await page.Locator("#search-page-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twitchier", "twitch")]
    [InlineData("tingly", "tingling")]
    [InlineData("crampy legs", "cramp legs")]
    public async Task Given_a_derived_form_of_a_site_word_When_searched_Then_the_site_word_is_searched_and_the_page_says_so(string query, string word)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);

        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.Contains($"Showing results for {word}.", await page.Locator("#search-page-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("muscle twitch")]
    [InlineData("caffeine")]
    [InlineData("potassium")]
    public async Task Given_results_When_shown_Then_each_excerpt_starts_where_a_sentence_or_list_item_starts_and_has_no_glossary_definition(string query)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);
        var excerpts = await page.Locator(".search-result-excerpt").AllInnerTextsAsync();
        var paths = await SearchPages.ResultPathsAsync(page);

        Assert.NotEmpty(excerpts);
        for (var i = 0; i < Math.Min(3, excerpts.Count); i++)
        {
            var excerpt = excerpts[i];
            Assert.DoesNotContain("The medical word for", excerpt, StringComparison.Ordinal);
            Assert.DoesNotContain("About Muscle twitching", excerpt, StringComparison.Ordinal);
            if (excerpt.StartsWith('…'))
            {
                continue; // cut inside a long sentence, and it says so
            }

            // The excerpt's first words start a sentence, a list item or a heading of the page.
            var target = await site.NewPageAsync();
            await target.GotoAsync(site.Server.Url(paths[i]));
            var text = Whitespace().Replace(await target.Locator("main").InnerTextAsync(), m => m.Value.Contains('\n', StringComparison.Ordinal) ? "\n" : " ");
            await target.Context.CloseAsync();
            // (Search adds a full stop after a heading or list item; the page shows none.)
            var opening = excerpt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(w => Regex.Escape(w.Trim('.', ',', ':', ';', '!', '?')));
            Assert.Matches(@"(^|\n|[.!?:]\s)" + string.Join(@"\W+", opening), text);
        }
    }

    [Fact]
    public async Task Given_a_page_found_through_a_related_term_When_shown_Then_it_is_not_called_another_name()
    {
        var page = await SearchPages.OpenResultsAsync(site, "Lou Gehrig");
        var text = await page.Locator("#search-page-results").InnerTextAsync();

        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.DoesNotContain("Also called", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
