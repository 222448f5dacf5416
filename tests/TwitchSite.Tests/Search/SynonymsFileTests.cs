using TwitchSite.Engine.Diagnostics;
using TwitchSite.Search.Synonyms;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Search;

/// <summary>Reading input/_data/synonyms.yml, and what is wrong with a bad one, at its line.</summary>
public sealed class SynonymsFileTests
{
    private const string Path = "/site/input/_data/synonyms.yml";

    private static (IReadOnlyList<SynonymGroup> Groups, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var sink = new DiagnosticSink();
        var groups = SynonymsFile.Parse(yaml, Path, sink);
        return (groups, sink.All);
    }

    [Fact]
    public void Given_groups_of_lay_medical_and_other_terms_When_parsed_Then_each_group_lists_them_in_that_order()
    {
        var (groups, diagnostics) = Parse("""
            - lay: [eye twitch, eyelid twitch]
              medical: myokymia
            - other: [MS]
              medical: [multiple sclerosis]
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["eye twitch", "eyelid twitch", "myokymia"], groups[0].Terms);
        Assert.Equal(["MS", "multiple sclerosis"], groups[1].Terms);
        Assert.Equal(3, groups[1].Location!.Line);
    }

    [Fact]
    public void Given_groups_as_plain_lists_or_with_labels_of_the_sites_choice_When_parsed_Then_every_term_is_kept()
    {
        var (groups, diagnostics) = Parse("- [sign in, log in]\n- everyday: [config file]\n  technical: configuration file\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["sign in", "log in"], groups[0].Terms);
        Assert.Equal(["config file", "configuration file"], groups[1].Terms);
    }

    [Theory]
    [InlineData("lay: [a, b]\n", 1, 1, "synonyms.yml must be a list of groups")]
    [InlineData("- just one\n", 1, 3, "a synonym group must be a list of terms, or labels with lists of terms")]
    [InlineData("- lay: [a, b]\n  other: {c: d}\n", 2, 10, "'other' must be a list of terms")]
    [InlineData("- lay: [only one]\n", 1, 3, "a synonym group needs at least two terms")]
    [InlineData("- lay: [a, {b: c}]\n", 1, 12, "every term under 'lay' must be a word or phrase")]
    public void Given_a_bad_file_When_parsed_Then_the_problem_is_reported_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        var (groups, diagnostics) = Parse(yaml);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("TW0604", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Empty(groups);
    }

    [Fact]
    public void Given_the_real_synonyms_file_When_parsed_Then_it_has_no_problems_and_no_term_is_in_two_groups_by_mistake()
    {
        var (groups, diagnostics) = Parse(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Input, "_data", "synonyms.yml")));

        Assert.Empty(diagnostics);
        Assert.True(groups.Count >= 40, $"only {groups.Count} groups");
        var all = groups.SelectMany(g => g.Terms.Select(t => t.ToLowerInvariant()).Distinct()).ToList();
        Assert.Empty(all.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [InlineData("ALS", "motor neurone disease", "Lou Gehrig's disease")]
    [InlineData("fasciculation", "muscle twitch")]
    [InlineData("myokymia", "eyelid twitch")]
    [InlineData("MS", "multiple sclerosis")]
    [InlineData("dehydration", "not drinking enough water")]
    [InlineData("hypokalaemia", "low potassium")]
    [InlineData("cramp", "charley horse")]
    [InlineData("spasm", "muscle spasm")]
    [InlineData("anxiety", "anxious")]
    [InlineData("fatigue", "tiredness")]
    [InlineData("dysarthria", "slurred speech")]
    [InlineData("dysphagia", "trouble swallowing")]
    [InlineData("muscle atrophy", "muscle wasting")]
    public void Given_the_real_synonyms_file_When_a_condition_is_looked_up_Then_its_names_share_a_group(params string[] names)
    {
        var (groups, _) = Parse(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Input, "_data", "synonyms.yml")));

        Assert.Contains(groups, g => names.All(n => g.Terms.Contains(n, StringComparer.OrdinalIgnoreCase)));
    }
}
