using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Search;

/// <summary>
/// Classes of reader query, each checked over every case the built site has rather than one
/// string: the page a query names (an editor's keyword typed as it is, or with the site's subject
/// left out, or with the subject as a derived form such as "twitchy") comes first; a short word
/// the site does not use is not replaced by a site word one changed letter away. Queries run
/// through the search client the search page and the header box use (window.TwitchSiteSearch).
/// </summary>
[Collection(SearchSiteGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed partial class NamedPageTests(SearchSite site, ITestOutputHelper output)
{
    // Small words and intent words ("mean") the client leaves out of a query's topic (search-client.js).
    private static readonly HashSet<string> Small = new(
        ("a about after am an and any are as at be been being but by can could did do does doing for from get how i if in " +
         "into is it its me my no not of on or our should so some that the their them then there these they this those to " +
         "too up us very was we were what when where which while who why will with would you your mean meaning define").Split(' '),
        StringComparer.Ordinal);

    [Fact]
    public async Task Given_a_pages_own_keyword_of_two_words_or_more_When_typed_as_it_is_or_without_the_sites_subject_Then_that_page_comes_first()
    {
        var keywords = await KeywordsAsync();
        var subject = await SubjectAsync();
        var cases = new List<(string Query, string Url)>();
        foreach (var (url, keyword) in keywords)
        {
            var important = Words(keyword).Where(w => !Small.Contains(w)).ToList();
            // A keyword that is only the site's subject ("why is my muscle twitching") names every page;
            // one with an intent word is searched without it; one whose important words another
            // page has as a name too, in another number or order ("muscle cramp" and "muscle
            // cramps", "what causes a twitch" and "twitching causes"), names neither page alone.
            if (important.Count < 2 || important.All(w => IsSubject(w, subject)) || Words(keyword).Any(w => w.StartsWith("mean", StringComparison.Ordinal) || w == "define")
                || keywords.Any(k => k.Url != url && Same(k.Keyword, keyword)))
            {
                continue;
            }

            cases.Add((keyword, url));
            // "when to worry about muscle twitching" typed as "when to worry about twitching".
            var words = Words(keyword).ToList();
            var withoutOneSubjectWord = words.FindIndex(w => IsSubject(w, subject));
            if (withoutOneSubjectWord >= 0 && important.Any(w => !IsSubject(w, subject)) && words.Count(w => IsSubject(w, subject)) >= 2)
            {
                words.RemoveAt(withoutOneSubjectWord);
                var shorter = string.Join(' ', words);
                if (!keywords.Any(k => k.Url != url && Same(k.Keyword, shorter)))
                {
                    cases.Add((shorter, url));
                }
            }
        }

        await AssertFirstAsync(cases, minimum: 60);
    }

    [Fact]
    public async Task Given_a_keyword_naming_a_place_the_sites_subject_happens_When_the_subject_is_typed_as_a_derived_form_Then_that_page_comes_first()
    {
        // "leg twitching" typed as "twitchy legs", "thumb twitching" as "twitchy thumb": Pagefind
        // keeps the "-y", and a page keyworded "twitchy muscles" used to take every such query.
        var keywords = await KeywordsAsync();
        var subject = await SubjectAsync();
        var cases = new List<(string Query, string Url)>();
        foreach (var (url, keyword) in keywords)
        {
            var words = Words(keyword).ToList();
            if (words.Count == 2 && !IsSubject(words[0], subject) && !Small.Contains(words[0]) && words[1].StartsWith("twitch", StringComparison.Ordinal) && subject.Contains("twitch")
                && !keywords.Any(k => k.Url != url && Words(k.Keyword).Contains(words[0])))
            {
                cases.Add(("twitchy " + words[0], url));
            }
        }

        await AssertFirstAsync(cases, minimum: 3);
    }

    [Theory]
    [InlineData("sole twitching")]
    [InlineData("lung twitching")]
    [InlineData("twitch in my nose")]
    [InlineData("cheek twitching")]
    [InlineData("butt twitching")]
    public async Task Given_a_short_everyday_word_the_site_does_not_use_When_a_site_word_is_one_letter_away_Then_it_is_not_replaced(string query)
    {
        // The word is one the reader meant: not on the site, and one changed (or dropped) letter
        // from a word that is ("some", "long", "note", "check", "but"), which "did you mean" once put in its place.
        var word = Words(query).First(w => w.Length is 4 or 5 && !Small.Contains(w) && !w.StartsWith("twitch", StringComparison.Ordinal));
        var vocabulary = SiteWords(word[0]);
        Assert.DoesNotContain(word, vocabulary);
        Assert.Contains(vocabulary, w => Math.Abs(w.Length - word.Length) <= 1 && OneEditApart(w, word));

        var page = await SearchPages.OpenResultsAsync(site, query);
        var status = await SearchPages.StatusAsync(page);
        await page.Context.CloseAsync();

        Assert.DoesNotContain("Showing results for", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("musle", "muscle")]
    [InlineData("spsm", "spasm")]
    public async Task Given_a_short_site_word_with_a_letter_missed_When_searched_Then_did_you_mean_still_corrects_it(string query, string word)
    {
        var page = await SearchPages.OpenResultsAsync(site, query);
        var status = await SearchPages.StatusAsync(page);
        await page.Context.CloseAsync();

        Assert.Contains($"Showing results for {word}.", status, StringComparison.Ordinal);
    }

    private async Task AssertFirstAsync(List<(string Query, string Url)> cases, int minimum)
    {
        Assert.True(cases.Count >= minimum, $"only {cases.Count} cases found on the site; expected at least {minimum}");
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/search/"));
        await page.WaitForFunctionAsync("() => window.TwitchSiteSearch");
        var misses = new List<string>();
        foreach (var (query, url) in cases)
        {
            var first = await page.EvaluateAsync<string>(
                "async q => { const r = await window.TwitchSiteSearch.search(q); const items = await r.load(0, 1); return items.length ? items[0].pageUrl : ''; }", query);
            if (SearchPages.PathOf(first) != url)
            {
                misses.Add($"\"{query}\" wants {url}, got {(first.Length == 0 ? "nothing" : SearchPages.PathOf(first))}");
            }
        }

        await page.Context.CloseAsync();
        output.WriteLine($"{cases.Count - misses.Count} of {cases.Count} first");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    // Every page's keywords, as its layout gives them to search (data-keywords), with its path.
    private async Task<List<(string Url, string Keyword)>> KeywordsAsync()
    {
        var list = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/');
            if (relative.StartsWith("pagefind", StringComparison.Ordinal))
            {
                continue;
            }

            var match = KeywordsAttribute().Match(await File.ReadAllTextAsync(file));
            if (match.Success)
            {
                var url = relative == "." ? "/" : "/" + relative + "/";
                list.AddRange(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => (url, k)));
            }
        }

        return list;
    }

    // The words of the site's name (og:site_name): every page's subject.
    private async Task<HashSet<string>> SubjectAsync()
    {
        var home = await File.ReadAllTextAsync(Path.Combine(site.Output, "index.html"));
        return Words(SiteName().Match(home).Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    // "muscles" and "twitching" are the subject words "muscle" and "twitch".
    private static bool IsSubject(string word, HashSet<string> subject) =>
        subject.Any(s => s.Length >= 4 && word.StartsWith(s.TrimEnd('e'), StringComparison.Ordinal));

    private static bool Same(string a, string b) =>
        Important(a).SetEquals(Important(b));

    // The important words without their endings ("twitching" is "twitch", "cramps" is "cramp").
    private static HashSet<string> Important(string text) =>
        Words(text).Where(w => !Small.Contains(w)).Select(w => Ending().Replace(w, "")).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    // The site's words starting with `letter` (the build's word list, what "did you mean" reads).
    private HashSet<string> SiteWords(char letter)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "pagefind", "twitchsite-words", letter + ".json")));
        return json.RootElement.GetProperty("words").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            return a.Where((c, i) => c != b[i]).Count() == 1;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return Enumerable.Range(0, longer.Length).Any(i => longer.Remove(i, 1) == shorter);
    }

    [GeneratedRegex("data-keywords=\"([^\"]*)\"")]
    private static partial Regex KeywordsAttribute();

    [GeneratedRegex("<meta property=\"og:site_name\" content=\"([^\"]*)\"")]
    private static partial Regex SiteName();

    [GeneratedRegex("(ing|es|s|e)$")]
    private static partial Regex Ending();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
