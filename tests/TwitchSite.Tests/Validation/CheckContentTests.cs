using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Validation;

/// <summary>The content checks (TW07xx) on fixture sites: each finding at its file line, warnings unless strict, dates from the build's clock.</summary>
public sealed class CheckContentTests
{
    private const string Sources = """
        last_reviewed: 2026-01-10
        next_review: 2027-11-30
        sources:
          - title: NHS
            url: https://www.nhs.uk/
            accessed: 2026-01-10
        """;

    /// <summary>The checks as the Muscle Twitch Guide sets them in its _site.yml.</summary>
    private const string SiteChecks = "required_by_layout:\n  topic: [last_reviewed, next_review, sources]\ncontent_checks:\n  layouts: [topic]\n  max_grade: 8\n  max_smog: 10\n  max_sentence_words: 25\n  max_description_length: 160\n  review_dates: true";

    private static string Site(string extraSettings = SiteChecks) => $$"""
        -- input/_site.yml --
        title: Checks
        {{extraSettings}}
        -- input/topics/_directory.yml --
        layout: topic
        -- input/topics/plain.md --
        ---
        title: Plain page
        description: Short and plain.
        {{Sources}}
        ---
        Twitches are common. They are not often a sign of something bad. Rest and less coffee help.
        -- input/topics/hard.md --
        ---
        title: Neuromuscular hyperexcitability
        description: Fasciculation characteristically accompanies neuromuscular hyperexcitability.
        {{Sources}}
        ---
        Fasciculations characteristically accompany generalized neuromuscular hyperexcitability syndromes. Electrophysiological investigation demonstrates spontaneous motor unit discharges.
        -- input/topics/long.md --
        ---
        title: Long sentence
        description: A page with one long sentence.
        {{Sources}}
        ---
        ## Long

        Short start. This one sentence goes on and on with one small word after another small word until it has far more than the limit of words allows here.
        -- input/topics/empty-sources.md --
        ---
        title: No sources
        description: {{new string('x', 161)}}
        last_reviewed: 2026-01-10
        next_review: 2026-11-01
        sources: []
        ---
        Fine words.
        -- input/about.md --
        ---
        title: About
        last_reviewed: 2026-01-10
        ---
        About us.
        """;

    [Fact]
    public void Given_pages_that_break_each_content_rule_When_built_Then_each_finding_is_a_warning_at_its_line()
    {
        using var site = FixtureSite.Create(Site());

        var outcome = site.Build();

        Assert.True(outcome.Succeeded);
        Assert.Equal(
            [
                "input/about.md:3:16: warning TW0704: the page has last_reviewed but no next_review",
                "input/topics/empty-sources.md:3:14: warning TW0707: description is 161 characters; at most 160",
                "input/topics/empty-sources.md:5:14: warning TW0705: next_review 2026-11-01 has passed (today is 2026-12-01): the page is due for review",
                "input/topics/empty-sources.md:6:10: warning TW0706: pages of layout 'topic' list their sources, and this one lists none",
                "input/topics/hard.md:1:1: warning TW0701: reading grade 41.1 (Flesch-Kincaid) is above the site's target of 8.0",
                "input/topics/hard.md:1:1: warning TW0702: SMOG grade 15.0 is above the site's target of 10.0: too many words of three or more syllables",
                "input/topics/long.md:13:14: warning TW0703: sentence of 27 words; keep sentences to 25 words or fewer",
            ],
            site.Headers(outcome).Where(h => h.Contains("TW07", StringComparison.Ordinal)));
    }

    [Fact]
    public void Given_the_same_pages_When_built_strictly_Then_the_findings_are_errors_and_the_build_fails()
    {
        using var site = FixtureSite.Create(Site());

        var outcome = site.Build(strict: true);

        Assert.False(outcome.Succeeded);
        Assert.Contains(site.Headers(outcome), h => h.StartsWith("input/topics/long.md:13:14: error TW0703", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_targets_in_site_settings_When_built_Then_they_replace_the_defaults()
    {
        using var site = FixtureSite.Create(Site("required_by_layout:\n  topic: [last_reviewed, next_review, sources]\ncontent_checks:\n  max_grade: 50\n  max_smog: 30\n  max_sentence_words: 10\n  max_description_length: 200"));

        var headers = site.Headers(site.Build());

        Assert.DoesNotContain(headers, h => h.Contains("TW0701", StringComparison.Ordinal) || h.Contains("TW0702", StringComparison.Ordinal) || h.Contains("TW0707", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("input/topics/long.md:13:14: warning TW0703: sentence of 27 words; keep sentences to 10 words or fewer", StringComparison.Ordinal));
        Assert.Single(headers, h => h.Contains("TW0703", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_no_content_checks_in_site_settings_When_built_Then_none_is_reported()
    {
        using var site = FixtureSite.Create(Site(""));

        Assert.DoesNotContain(site.Headers(site.Build()), h => h.Contains("TW07", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_content_checks_turned_off_When_built_Then_none_is_reported()
    {
        using var site = FixtureSite.Create(Site("required_by_layout:\n  topic: [last_reviewed, next_review, sources]\ncontent_checks: false"));

        Assert.DoesNotContain(site.Headers(site.Build()), h => h.Contains("TW07", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_review_date_When_today_moves_past_it_Then_the_review_is_overdue_only_from_then()
    {
        using var site = FixtureSite.Create(Site());
        BuildOutcome On(DateOnly today) => SiteBuilder.Build(new BuildOptions { Input = site.Input, Output = site.Output, Theme = site.Theme, Today = today });

        Assert.DoesNotContain(site.Headers(On(new DateOnly(2027, 11, 30))), h => h.Contains("plain.md", StringComparison.Ordinal) && h.Contains("TW0705", StringComparison.Ordinal));
        Assert.Contains(site.Headers(On(new DateOnly(2027, 12, 1))), h => h.Contains("plain.md:5:14: warning TW0705: next_review 2027-11-30 has passed (today is 2027-12-01)", StringComparison.Ordinal));
    }
}
