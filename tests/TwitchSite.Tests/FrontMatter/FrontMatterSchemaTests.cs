using TwitchSite.Engine.Diagnostics;
using TwitchSite.FrontMatter;
using TwitchSite.Yaml;

namespace TwitchSite.Tests.FrontMatter;

public sealed class FrontMatterSchemaTests
{
    [Fact]
    public void Given_valid_values_When_validated_Then_they_are_typed()
    {
        var (values, sink) = Validate("""
            title: Caffeine
            order: 3
            nav_exclude: false
            last_reviewed: 2026-11-24
            keywords: [coffee, 2]
            redirect_from: /old/
            sources:
              - title: NHS
                url: https://www.nhs.uk/
                accessed: 2026-11-01
            """);

        Assert.Empty(sink.All);
        Assert.Equal("Caffeine", values["title"]);
        Assert.Equal(3, values["order"]);
        Assert.Equal(false, values["nav_exclude"]);
        Assert.Equal(new DateOnly(2026, 11, 24), values["last_reviewed"]);
        Assert.Equal(["coffee", "2"], (List<string>)values["keywords"]!);
        Assert.Equal(["/old/"], (List<string>)values["redirect_from"]!);
        Assert.Equal([new SourceReference("NHS", "https://www.nhs.uk/", new DateOnly(2026, 11, 1))], (List<SourceReference>)values["sources"]!);
    }

    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("Title", "title")]
    [InlineData("descripton", "description")]
    [InlineData("last_reviwed", "last_reviewed")]
    [InlineData("source", "sources")]
    [InlineData("colour", null)]
    public void Given_an_unknown_key_When_a_suggestion_is_asked_Then_the_nearest_known_key_is_given(string key, string? expected)
    {
        Assert.Equal(expected, FrontMatterSchema.Suggest(key));
    }

    [Fact]
    public void Given_an_unknown_key_When_validated_Then_a_warning_and_the_value_is_kept_for_layouts()
    {
        var (values, sink) = Validate("colour: blue");

        var warning = Assert.Single(sink.All);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("TW0105", warning.Code);
        Assert.Equal(1, warning.Location!.Line);
        Assert.Equal("blue", values["colour"]);
    }

    [Theory]
    [InlineData("linktitle: Start\nweight: 2\naliases: [/old/]")]
    [InlineData("LinkTitle: Start\nWeight: 2\nAliases: [/old/]")]
    [InlineData("LINKTITLE: Start\nweight: 2\naliases: /old/")]
    public void Given_hugo_keys_in_another_case_When_validated_Then_they_mean_what_hugo_reads_and_nothing_is_reported(string yaml)
    {
        var (values, sink) = Validate(yaml);
        FrontMatterSchema.ApplyAliases(values);

        Assert.Empty(sink.All);
        Assert.Equal("Start", values["nav_title"]);
        Assert.Equal(2, values["order"]);
        Assert.Equal(["/old/"], (List<string>)values["redirect_from"]!);
    }

    [Fact]
    public void Given_hugos_quiet_keys_in_another_case_When_validated_Then_they_stay_quiet_under_hugos_spelling()
    {
        var (values, sink) = Validate("publishdate: 2024-01-01\nLastmod: 2024-02-01\ntranslationkey: intro\nExpiryDate: 2030-01-01");

        Assert.Empty(sink.All);
        Assert.Equal("intro", values["translationKey"]);
        Assert.True(values.ContainsKey("publishDate"));
        Assert.True(values.ContainsKey("lastmod"));
    }

    [Fact]
    public void Given_a_wrong_value_under_a_hugo_key_in_another_case_When_validated_Then_TW0104_names_the_key_as_written()
    {
        var (_, sink) = Validate("Weight: first");

        var error = Assert.Single(sink.All);
        Assert.Equal("TW0104", error.Code);
        Assert.Contains("'Weight'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title: Caffeine", "Title")]
    [InlineData("Order: 3", "Order")]
    [InlineData("NAV_TITLE: Short", "NAV_TITLE")]
    public void Given_this_sites_own_key_in_another_case_When_validated_Then_it_is_still_unknown(string yaml, string key)
    {
        var (values, sink) = Validate(yaml);

        Assert.Equal("TW0105", Assert.Single(sink.All).Code);
        Assert.True(values.ContainsKey(key));
    }

    [Theory]
    [InlineData("Title: curl_easy_cleanup", "title")]
    [InlineData("Order: 3", "order")]
    [InlineData("NAV_TITLE: Short", "nav_title")]
    [InlineData("Permalink: /x/", "permalink")]
    public void Given_a_known_key_in_another_case_on_a_site_without_a_schema_When_validated_Then_it_is_read_as_the_key(string yaml, string key)
    {
        var read = YamlReader.Read(yaml, "/site/a.md");
        var sink = new DiagnosticSink();

        var values = FrontMatterSchema.Validate((Dictionary<string, object?>)read.Value!, read.Locations, "/site/a.md", sink, anyCase: true);

        Assert.Empty(sink.All);
        Assert.True(values.ContainsKey(key));
    }

    [Fact]
    public void Given_a_key_in_both_spellings_on_a_site_without_a_schema_When_validated_Then_the_known_spelling_is_read_and_the_other_is_unknown()
    {
        var read = YamlReader.Read("Title: Upper\ntitle: Lower", "/site/a.md");
        var sink = new DiagnosticSink();

        var values = FrontMatterSchema.Validate((Dictionary<string, object?>)read.Value!, read.Locations, "/site/a.md", sink, anyCase: true);

        Assert.Equal("Lower", values["title"]);
        Assert.Equal("Upper", values["Title"]);
        var unknown = Assert.Single(sink.All);
        Assert.Equal("TW0105", unknown.Code);
        Assert.Contains("'title'", unknown.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_source_without_url_When_validated_Then_TW0104_names_the_entry()
    {
        var (_, sink) = Validate("sources:\n  - title: NHS\n");

        var error = Assert.Single(sink.All);
        Assert.Equal("'sources' entry 1 needs both a title and a url", error.Message);
        Assert.Equal((2, 3), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Given_next_review_before_last_reviewed_When_validated_Then_TW0106()
    {
        var (_, sink) = Validate("last_reviewed: 2026-11-24\nnext_review: 2026-01-01");

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0106", "next_review must be after last_reviewed"), (error.Code, error.Message));
    }

    private static (Dictionary<string, object?> Values, DiagnosticSink Sink) Validate(string yaml)
    {
        var read = YamlReader.Read(yaml, "/site/a.md");
        Assert.True(read.Succeeded, read.ErrorMessage);
        var sink = new DiagnosticSink();
        return (FrontMatterSchema.Validate((Dictionary<string, object?>)read.Value!, read.Locations, "/site/a.md", sink), sink);
    }
}
