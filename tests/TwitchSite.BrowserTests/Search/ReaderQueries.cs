using TwitchSite.BrowserTests.Support;
using YamlDotNet.Serialization;

namespace TwitchSite.BrowserTests.Search;

/// <summary>One query a reader types and the page that answers it (queries.yml).</summary>
/// <param name="Query">What the reader types.</param>
/// <param name="Url">The path of the page that truly answers it.</param>
/// <param name="NewPage">The answering page is one the content rewrite adds; its path is the expected one.</param>
public sealed record ReaderQuery(string Query, string Url, bool NewPage);

/// <summary>
/// Reads the reader query sets in <c>tests/TwitchSite.BrowserTests/Search/</c>: <c>queries.yml</c>
/// and the independent <c>queries-held-out.yml</c> to <c>queries-held-out-34.yml</c>.
/// </summary>
public static class ReaderQueries
{
    /// <summary>The reader query set's file name.</summary>
    public const string MainSet = "queries.yml";

    /// <summary>The second, independent set's file name (written without running it first).</summary>
    public const string HeldOutSet = "queries-held-out.yml";

    /// <summary>The third, independent set's file name (written from the pages' content before running it, 2026-12-03).</summary>
    public const string HeldOutSet2 = "queries-held-out-2.yml";

    /// <summary>
    /// The fourth set's file name: written by the lead from the pages' headings before searching,
    /// and kept from whoever tuned the ranking the same day (2026-12-03).
    /// </summary>
    public const string HeldOutSet3 = "queries-held-out-3.yml";

    /// <summary>
    /// The fifth set's file name: written by h41 as a worried lay reader types (derived forms,
    /// contractions without apostrophes, words not on the pages, typos) before reading any other
    /// set's misses or changing the ranking (2026-12-03).
    /// </summary>
    public const string HeldOutSet4 = "queries-held-out-4.yml";

    /// <summary>
    /// The sixth set's file name: written by h49 as worried lay readers type, from the pages alone,
    /// without reading the search code, synonyms.yml, any other set or any set's misses, and kept
    /// from the helper changing the ranking the same day (2026-12-03).
    /// </summary>
    public const string HeldOutSet5 = "queries-held-out-5.yml";

    /// <summary>
    /// The seventh set's file name: written by the lead from the pages' titles and descriptions before
    /// the afternoon's ranking and content changes and before it was first run (2026-12-03); its
    /// author had read the other sets and their misses.
    /// </summary>
    public const string HeldOutSet6 = "queries-held-out-6.yml";

    /// <summary>
    /// The eighth set's file name: written by the lead from the pages' titles and section headings
    /// at the start of the twelfth session (2026-12-03, 16:32 UTC), before that session's ranking
    /// changes and before it was first run; its author had read the other sets and their misses.
    /// </summary>
    public const string HeldOutSet7 = "queries-held-out-7.yml";

    /// <summary>
    /// The ninth set's file name: written by the lead from the pages' titles and section headings
    /// at the start of the thirteenth session (2026-12-03, 19:40 UTC), before that session's
    /// changes and before it was first run; the helpers of that session did not see it.
    /// </summary>
    public const string HeldOutSet8 = "queries-held-out-8.yml";

    /// <summary>
    /// The tenth set's file name: written by the lead from the pages' titles and section headings
    /// at the start of the fourteenth session (2026-12-03, 22:50 UTC), before that session's
    /// changes and before it was first run; the helpers of that session did not see it.
    /// </summary>
    public const string HeldOutSet9 = "queries-held-out-9.yml";

    /// <summary>
    /// The eleventh set's file name: written by the lead from the pages' titles and section
    /// headings in the eighteenth session (2026-12-04, 15:35 UTC), after that session's changes
    /// and before it was first run.
    /// </summary>
    public const string HeldOutSet10 = "queries-held-out-10.yml";

    /// <summary>
    /// The twelfth set's file name: written by a helper of the twentieth session (2026-12-04,
    /// 20:25 UTC) from the pages' markdown only, without running the search or seeing the other
    /// sets, before that session's search changes.
    /// </summary>
    public const string HeldOutSet11 = "queries-held-out-11.yml";

    /// <summary>
    /// The thirteenth set's file name: written by another helper of the twentieth session
    /// (2026-12-04, 20:15 UTC) from the pages' markdown only, without running the search or seeing
    /// the other sets, after that session's first search changes.
    /// </summary>
    public const string HeldOutSet12 = "queries-held-out-12.yml";

    /// <summary>
    /// The fourteenth set's file name: written by a helper of the twenty-first session
    /// (2026-12-04, 22:55 UTC) from the pages' markdown only, without running the search or
    /// seeing the other sets, as phone-typed, US-worded and older readers' queries.
    /// </summary>
    public const string HeldOutSet13 = "queries-held-out-13.yml";

    /// <summary>
    /// The fifteenth set's file name: written by another helper of the twenty-first session
    /// (2026-12-04, 23:20 UTC) from the pages' markdown only, without running the search or seeing
    /// the other sets, after that session's first search changes.
    /// </summary>
    public const string HeldOutSet14 = "queries-held-out-14.yml";

    /// <summary>
    /// The sixteenth set's file name: written by a helper of the twenty-second session
    /// (2026-12-05, 01:45 UTC) from the pages' markdown only, without running the search or seeing
    /// the other sets, as teenagers, readers whose first language is not English, and voice
    /// assistants' whole questions.
    /// </summary>
    public const string HeldOutSet15 = "queries-held-out-15.yml";

    /// <summary>
    /// The seventeenth set's file name: written by another helper of the twenty-second session
    /// (2026-12-05, 01:45 UTC) the same way, as readers naming a body part and a situation,
    /// readers on a medicine or with a known condition, medical terms, and misspellings.
    /// </summary>
    public const string HeldOutSet16 = "queries-held-out-16.yml";

    /// <summary>
    /// The eighteenth set's file name: written by a helper of the twenty-second session
    /// (2026-12-05, 02:05 UTC), after that session's first search changes, the same way, as
    /// readers looking for what to do, comparing things, asking about children or parents, and
    /// checking whether to trust the site.
    /// </summary>
    public const string HeldOutSet17 = "queries-held-out-17.yml";

    /// <summary>
    /// The nineteenth set's file name: written by another helper at the same time, as British and
    /// American readers in their own words, readers describing how a twitch feels, and long
    /// questions typed at night.
    /// </summary>
    public const string HeldOutSet18 = "queries-held-out-18.yml";

    /// <summary>
    /// The twentieth set's file name: written by a helper of the twenty-second session
    /// (2026-12-05, 02:30 UTC), after that session's second search changes, the same way, as
    /// older readers and carers, readers with a known condition or situation, sports people and
    /// manual workers, and symptom-checker style searches.
    /// </summary>
    public const string HeldOutSet19 = "queries-held-out-19.yml";

    /// <summary>
    /// The twenty-first set's file name: written by another helper at the same time, as anxious
    /// readers asking about serious conditions, readers with an appointment, readers asking how
    /// the body works or about the site, and short and misspelt searches.
    /// </summary>
    public const string HeldOutSet20 = "queries-held-out-20.yml";

    /// <summary>
    /// The twenty-second set's file name: written by a helper of the twenty-second session
    /// (2026-12-05, 02:50 UTC), after that session's third search changes, the same way, as a
    /// broad mix of readers: short searches, plain questions and descriptions of their situation.
    /// </summary>
    public const string HeldOutSet21 = "queries-held-out-21.yml";

    /// <summary>
    /// The twenty-third set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:30 UTC) the same way, before that session's search changes, as people on their phones typing fast (text-speak, dropped words), students, gym-goers and new parents.
    /// </summary>
    public const string HeldOutSet22 = "queries-held-out-22.yml";

    /// <summary>
    /// The twenty-fourth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:30 UTC) the same way, before that session's search changes, as health-anxious readers asking long questions about ALS, a doctor's tests and telling a twitch from other things.
    /// </summary>
    public const string HeldOutSet23 = "queries-held-out-23.yml";

    /// <summary>
    /// The twenty-fifth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:30 UTC) the same way, before that session's search changes, as older readers, carers, nurses and pharmacy staff, with medicines' names and UK and US usage.
    /// </summary>
    public const string HeldOutSet24 = "queries-held-out-24.yml";

    /// <summary>
    /// The twenty-sixth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:30 UTC) the same way, before that session's search changes, as curious readers asking for facts, definitions and differences.
    /// </summary>
    public const string HeldOutSet25 = "queries-held-out-25.yml";

    /// <summary>
    /// The twenty-seventh set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:40 UTC) the same way, after that session's first search changes, as readers whose English is a second language or who have dyslexia (unusual word order, more misspellings).
    /// </summary>
    public const string HeldOutSet26 = "queries-held-out-26.yml";

    /// <summary>
    /// The twenty-eighth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:40 UTC) the same way, after that session's first search changes, as the general public typing keywords as into a web search engine.
    /// </summary>
    public const string HeldOutSet27 = "queries-held-out-27.yml";

    /// <summary>
    /// The twenty-ninth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 04:40 UTC) the same way, after that session's first search changes, as people describing their own situation in a sentence or two before asking.
    /// </summary>
    public const string HeldOutSet28 = "queries-held-out-28.yml";

    /// <summary>
    /// The thirtieth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:05 UTC) the same way, after that session's fourth search changes, as a reviewer's realistic mix (lay words, abbreviations, misspellings, questions, the site itself).
    /// </summary>
    public const string HeldOutSet29 = "queries-held-out-29.yml";

    /// <summary>
    /// The thirty-first set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:05 UTC) the same way, after that session's fourth search changes, as people with a diagnosis or on medicines, carers, and people preparing for tests.
    /// </summary>
    public const string HeldOutSet30 = "queries-held-out-30.yml";

    /// <summary>
    /// The thirty-second set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:05 UTC) the same way, after that session's fourth search changes, as people searching late at night, worried: fragments, anxious sentences and things to try tonight.
    /// </summary>
    public const string HeldOutSet31 = "queries-held-out-31.yml";

    /// <summary>
    /// The thirty-third set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:45 UTC) the same way, after that session's last search changes, as a checker's balanced mix across every page.
    /// </summary>
    public const string HeldOutSet32 = "queries-held-out-32.yml";

    /// <summary>
    /// The thirty-fourth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:45 UTC) the same way, after that session's last search changes, as readers of all ages typing quickly, short searches and full questions.
    /// </summary>
    public const string HeldOutSet33 = "queries-held-out-33.yml";

    /// <summary>
    /// The thirty-fifth set's file name: written by a helper of the twenty-third session
    /// (2026-12-05, 05:45 UTC) the same way, after that session's last search changes, as readers from a web search after one fact, with medical words and abbreviations.
    /// </summary>
    public const string HeldOutSet34 = "queries-held-out-34.yml";

    /// <summary>The path of the set <paramref name="fileName"/>.</summary>
    public static string FilePath(string fileName = MainSet) => Path.Combine(RepoPaths.Root, "tests", "TwitchSite.BrowserTests", "Search", fileName);

    /// <summary>Every query in the set <paramref name="fileName"/>, in its order.</summary>
    public static IReadOnlyList<ReaderQuery> All(string fileName = MainSet)
    {
        var entries = new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(FilePath(fileName)));
        return entries.Select(e => new ReaderQuery(
            e["q"],
            e["url"],
            e.TryGetValue("new_page", out var isNew) && isNew == "true")).ToList();
    }
}
