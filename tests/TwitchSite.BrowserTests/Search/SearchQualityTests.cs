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
        // The page a result opens highlights the words its link carries: "alone", which
        // Pagefind matched as a shorter start of "als", is not among them.
        var hrefs = await page.Locator(".search-result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Equal("als", System.Web.HttpUtility.ParseQueryString(new Uri(href).Query)["highlight"]));
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
        Assert.Contains("Showing pages with", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
    }

    // Three important words, each on some page and no page with two of them ("triggers" on the
    // symptoms pages, "writing" on the about page, "keeping" on others): the pages with any of
    // them, the page about triggers first, not "No results" for a question the site answers.
    // (A word on no page, such as "diary", is left out of a submitted query and said so.)
    [Fact]
    public async Task Given_a_question_no_page_has_half_the_words_of_When_searched_Then_pages_with_any_of_them_are_shown_and_the_page_says_so()
    {
        var page = await SearchPages.OpenResultsAsync(site, "keeping and writing down my triggers");

        var results = await SearchPages.ResultPathsAsync(page);
        Assert.NotEmpty(results);
        Assert.Equal("/symptoms/triggers-and-symptoms/", results[0]);
        Assert.Contains("No page has all of those words", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
    }

    // "dying" is on no page and shares its first four letters with no word the site uses:
    // Pagefind matched its stem "die" as the start of "diet", and the page titled "Water and
    // diet" came first. Left out, the page about ALS is first and the reader is told why.
    [Fact]
    public async Task Given_a_finished_word_no_page_uses_When_searched_Then_it_is_left_out_and_the_page_says_so()
    {
        var page = await SearchPages.OpenResultsAsync(site, "am i dying of als");

        var results = await SearchPages.ResultPathsAsync(page);
        Assert.NotEmpty(results);
        Assert.Equal("/symptoms/could-it-be-als/", results[0]);
        Assert.DoesNotContain("/remedies/water-and-diet/", results.Take(3));
        Assert.Contains("No page uses \u201cdying\u201d", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
    }

    // A query opened as /search/?q= was submitted, so its last word is finished too: "covid" is
    // on no page, and the results for the other words say so instead of passing for an answer.
    [Fact]
    public async Task Given_a_submitted_query_whose_last_word_no_page_uses_When_searched_Then_the_page_says_it_was_left_out()
    {
        var page = await SearchPages.OpenResultsAsync(site, "muscle twitching covid");

        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.Contains("No page uses \u201ccovid\u201d", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
    }

    // A finished word no page uses but that starts like one the site does ("epilepsy",
    // "epileptic") is kept: Pagefind's match is the same word in another form.
    [Fact]
    public async Task Given_a_finished_word_another_form_of_which_the_site_uses_When_searched_Then_it_still_finds_that_form()
    {
        var page = await SearchPages.OpenResultsAsync(site, "epilepsy or just twitching");

        var results = await SearchPages.ResultPathsAsync(page);
        Assert.NotEmpty(results);
        Assert.Equal("/understanding/twitch-cramp-spasm-tic-or-seizure/", results[0]);
        Assert.DoesNotContain("\u201cepilepsy\u201d", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twitchier", "twitch")]
    [InlineData("tingly", "tingling")]
    [InlineData("crampy legs", "cramp legs")]
    public async Task Given_a_derived_form_of_a_site_word_When_searched_Then_the_site_word_is_searched_and_the_page_says_so(string query, string word)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);

        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.Contains($"Showing results for {word}.", await SearchPages.StatusAsync(page), StringComparison.Ordinal);
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
    public async Task Given_list_items_and_glossary_terms_When_indexed_Then_each_ends_a_sentence_so_excerpts_never_run_one_into_the_next()
    {
        // Pagefind ends a block's text with a full stop only when it ends in a letter; a list item
        // ending in a (skipped) citation, or a glossary term, used to run into what followed:
        // "the calf the thumb Common triggers", "Potassium A mineral in your blood".
        var indexed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fragment in Directory.EnumerateFiles(Path.Combine(site.Output, "pagefind", "fragment"), "*.pf_fragment"))
        {
            using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(fragment), System.IO.Compression.CompressionMode.Decompress);
            using var memory = new MemoryStream();
            await gzip.CopyToAsync(memory);
            var bytes = memory.ToArray();
            using var json = System.Text.Json.JsonDocument.Parse(bytes.AsMemory(Array.IndexOf(bytes, (byte)'{')));
            indexed[json.RootElement.GetProperty("url").GetString()!] = Whitespace().Replace(json.RootElement.GetProperty("content").GetString()!, " ");
        }

        var checkedItems = 0;
        var runOn = new List<string>();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var (url, content) in indexed)
        {
            var file = Path.Combine(site.Output, url.Trim('/'), "index.html");
            using var document = parser.ParseDocument(await File.ReadAllTextAsync(file));
            var body = document.QuerySelector("[data-pagefind-body]");
            if (body is null)
            {
                continue;
            }

            foreach (var item in body.QuerySelectorAll("li, dt"))
            {
                if (item.Closest("[data-pagefind-ignore]") is not null || item.QuerySelector("ul, ol, dl") is not null)
                {
                    continue;
                }

                var copy = item.Clone(deep: true) as AngleSharp.Dom.IElement;
                foreach (var skipped in copy!.QuerySelectorAll("[data-pagefind-ignore]").ToList())
                {
                    skipped.Remove();
                }

                // Items that end in their own punctuation cannot run on.
                var text = Whitespace().Replace(copy.TextContent, " ").Trim();
                if (text.Length == 0 || ".!?:;,".Contains(text[^1], StringComparison.Ordinal) || !content.Contains(text, StringComparison.Ordinal))
                {
                    continue;
                }

                checkedItems++;
                if (!Regex.IsMatch(content, Regex.Escape(text) + @" ?[.!?:;,]"))
                {
                    runOn.Add($"{url}: \"{text}\" runs on: {content.Substring(content.IndexOf(text, StringComparison.Ordinal), Math.Min(text.Length + 30, content.Length - content.IndexOf(text, StringComparison.Ordinal)))}");
                }
            }
        }

        Assert.True(checkedItems >= 30, $"only {checkedItems} list items and glossary terms without their own punctuation found in the index");
        Assert.True(runOn.Count == 0, string.Join("\n", runOn));
    }

    [Fact]
    public async Task Given_a_page_found_through_a_related_term_When_shown_Then_it_is_not_called_another_name()
    {
        var page = await SearchPages.OpenResultsAsync(site, "Lou Gehrig");
        // The labels search adds (not the excerpts: the glossary's own entry says "Also called").
        var labels = string.Join("\n", await page.Locator("#search-page-results :is(.search-result-where, .search-result-also)").AllInnerTextsAsync());

        Assert.NotEmpty(await SearchPages.ResultPathsAsync(page));
        Assert.Contains("Found by the related term", labels, StringComparison.Ordinal);
        Assert.DoesNotContain("Also called", labels, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
