using Markdig;
using TwitchSite.Content;
using TwitchSite.Engine.Documents;
using TwitchSite.Markdown;
using TwitchSite.Readability;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Readability;

/// <summary>Readability figures of sample texts, checked against values worked out by hand.</summary>
public sealed class ReadabilityTests
{
    private static ProseStats StatsOf(string markdown) =>
        ProseStats.Of(ProseExtractor.Extract(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared), lineOffset: 1));

    [Fact]
    public void Given_a_count_inside_another_on_the_same_thread_When_both_finish_Then_neither_loses_what_it_added()
    {
        var outer = ProseStats.Counter.Start();
        outer.Add("One two three four five. Six seven.", [(0, 1, 1)]);
        var inner = StatsOf("Alpha beta.");
        outer.Add("Eight nine.", [(0, 2, 1)]);
        var total = outer.Finish();

        Assert.Equal((2, 1), (inner.Words, inner.Sentences));
        Assert.Equal((9, 3), (total.Words, total.Sentences));
    }

    [Fact]
    public void Given_one_simple_sentence_When_measured_Then_the_figures_match_the_hand_computation()
    {
        // "The cat sat on the mat." 1 sentence, 6 words, 6 syllables (each word one vowel group), 0 polysyllables.
        // Flesch-Kincaid = 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
        // SMOG = 1.0430 × √(0 × 30 / 1) + 3.1291 = 3.1291
        var stats = StatsOf("The cat sat on the mat.");

        Assert.Equal((6, 1, 6, 0), (stats.Words, stats.Sentences, stats.Syllables, stats.Polysyllables));
        Assert.Equal(-1.45, stats.Grade!.Value, precision: 6);
        Assert.Equal(3.1291, stats.Smog!.Value, precision: 6);
    }

    [Fact]
    public void Given_a_heading_a_paragraph_and_bullets_When_measured_Then_headings_and_bullets_count_as_sentences_as_worked_out_by_hand()
    {
        const string Page = """
            ## When to see a doctor

            See a GP if your twitching lasts more than 2 weeks. Muscle weakness needs urgent care.

            - twitches that spread
            - difficulty swallowing

            ```
            code is not prose. It is not counted at all.
            ```
            """;
        // Sentences: the heading (1), two in the paragraph (2), one per bullet (2) = 5.
        //   "When to see a doctor": when 1, to 1, see 1, a 1, doctor 2 (o, o)                       =  5 words,  6 syllables
        //   "See a GP if your twitching lasts more than 2 weeks": see 1, a 1, GP 1 (no vowel),
        //     if 1, your 1, twitching 2, lasts 1, more 1 (silent e), than 1, 2 1 (number), weeks 1  = 11 words, 12 syllables
        //   "Muscle weakness needs urgent care": muscle 2, weakness 2, needs 1, urgent 2, care 1    =  5 words,  8 syllables
        //   "twitches that spread": twitches 2, that 1, spread 1                                      =  3 words,  4 syllables
        //   "difficulty swallowing": difficulty 4, swallowing 3 (both polysyllables)                  =  2 words,  7 syllables
        // Totals: 26 words, 5 sentences, 37 syllables, 2 polysyllables.
        // Flesch-Kincaid = 0.39 × 26/5 + 11.8 × 37/26 − 15.59 = 2.028 + 16.792308 − 15.59 = 3.230308
        // SMOG = 1.0430 × √(2 × 30 / 5) + 3.1291 = 1.0430 × √12 + 3.1291 = 3.613058 + 3.1291 = 6.742158
        var stats = StatsOf(Page);

        Assert.Equal((26, 5, 37, 2), (stats.Words, stats.Sentences, stats.Syllables, stats.Polysyllables));
        Assert.Equal(3.230308, stats.Grade!.Value, precision: 5);
        Assert.Equal(6.742158, stats.Smog!.Value, precision: 5);
    }

    [Fact]
    public void Given_links_images_tables_and_alerts_When_measured_Then_link_text_cells_and_alert_text_count_but_addresses_and_alt_text_do_not()
    {
        const string Page = """
            Read [the guide](https://example.org/a-very-long-address-with-many-words).

            ![A picture of a very complicated anatomical illustration](image.png)

            | Cause | Remedy |
            |---|---|
            | Caffeine | Less coffee |

            > [!TIP]
            > Drink water
            """;
        // "Read the guide" (3 words, 1 sentence), cells: Cause, Remedy, Caffeine, Less coffee (5 words, 4 sentences),
        // alert: "Drink water" (2 words, 1 sentence) = 10 words, 6 sentences. The image's alt text adds nothing.
        var stats = StatsOf(Page);

        Assert.Equal((10, 6), (stats.Words, stats.Sentences));
    }

    [Fact]
    public void Given_a_long_sentence_When_measured_Then_its_file_line_and_column_are_known()
    {
        var words = string.Join(' ', Enumerable.Range(1, 30).Select(i => "word"));
        var stats = StatsOf($"Short one.\n\nIntro text. {words}.\n");

        var span = Assert.Single(stats.LongerThan(25));
        Assert.Equal((3, 13, 30), (span.Line, span.Column, span.Words)); // third line of a body that starts at file line 1
    }

    [Fact]
    public void Given_a_page_whose_layout_prints_its_title_When_rendered_Then_the_title_counts_as_a_heading()
    {
        // A target of two words: the pages keep the place of the longer sentences only (the title here).
        var settings = Metadata.Create([KeyValuePair.Create<string, object?>("content_checks", new Dictionary<string, object?> { ["max_sentence_words"] = 2L })]);
        var (pages, _) = ModuleRunner.Run([ModuleRunner.Page("a.md", "---\ntitle: Caffeine and twitching\n---\nCut down.\n")], settings, new ExtractFrontMatter(), new ValidateFrontMatter(), new RenderMarkdown());

        var stats = pages[0].Get<ProseStats>(ReadabilityKeys.Prose)!;

        Assert.Equal((5, 2), (stats.Words, stats.Sentences)); // "Caffeine and twitching" + "Cut down."
        Assert.Equal([new SentenceSpan(2, 8, 3)], stats.SentenceSpans);
    }

    [Theory]
    [InlineData(null, false, false)] // no content checks: nothing reads the figures
    [InlineData("max_description_length", false, false)] // a check that does not read them
    [InlineData("max_grade", false, true)]
    [InlineData("max_smog", false, true)]
    [InlineData("max_sentence_words", false, true)]
    [InlineData(null, true, true)] // the check command's report prints them for every page
    public void Given_the_content_checks_When_rendered_Then_pages_are_measured_only_when_something_reads_the_figures(string? target, bool measureEveryPage, bool measured)
    {
        var settings = target is null
            ? null
            : Metadata.Create([KeyValuePair.Create<string, object?>("content_checks", new Dictionary<string, object?> { [target] = 20L })]);
        var (pages, _) = ModuleRunner.Run([ModuleRunner.Page("a.md", "---\ntitle: Caffeine\n---\nCut down. Sleep more.\n")], settings, new ExtractFrontMatter(), new ValidateFrontMatter(), new RenderMarkdown(measureEveryPage));

        var stats = pages[0].Get<ProseStats>(ReadabilityKeys.Prose);

        Assert.Equal(measured, stats is not null);
        if (measured)
        {
            Assert.Equal((5, 3), (stats!.Words, stats.Sentences)); // "Caffeine" + "Cut down." + "Sleep more."
        }
    }
}
