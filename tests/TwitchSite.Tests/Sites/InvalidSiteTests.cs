using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Invalid sites: each kind of bad input gives exactly its diagnostic at path:line:col, the
/// build fails, and nothing is written. Fixtures follow the real site's settings (title and
/// description required).
/// </summary>
public sealed class InvalidSiteTests
{
    private const string Settings = """
        -- input/_site.yml --
        title: Fixture
        language: en-GB
        base_url: https://fixture.example
        required_front_matter: [title, description]
        required_by_layout:
          topic: [last_reviewed, next_review, sources]
        max_review_months: 36
        """;

    private const string GoodPage = """
        -- input/index.md --
        ---
        title: Home
        description: The home page.
        ---
        Welcome.
        """;

    [Fact]
    public void Given_front_matter_without_closing_fence_When_built_Then_TW0101_at_line_1()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: Page A.

            Body text.
            """,
            "input/a.md:1:1: error TW0101: front matter is not closed");
    }

    [Fact]
    public void Given_invalid_yaml_When_built_Then_TW0102_at_the_broken_line()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: "unterminated
            order: 1
            ---
            Body.
            """,
            "input/a.md:3:14: error TW0102: invalid YAML in front matter: While scanning a multi-line double-quoted scalar, found wrong indentation");
    }

    [Fact]
    public void Given_an_unclosed_bracket_in_front_matter_When_built_Then_one_TW0102_at_the_bracket_and_no_errors_elsewhere()
    {
        AssertDiagnostics("""
            -- input/index.md --
            ---
            title: Home
            description: The home page.
            ---
            Read [the page](a.md).
            -- input/a.md --
            ---
            title: [unclosed
            description: A page.
            ---
            Body.
            """,
            "input/a.md:2:8: error TW0102: invalid YAML in front matter: '[' is never closed: add the matching ']', or put the whole value in quotes if the bracket is part of the text");
    }

    [Fact]
    public void Given_a_topic_page_whose_front_matter_is_broken_When_built_Then_one_TW0102_and_not_its_unread_sources_and_citations()
    {
        // A contributor's one typo used to give 12 problems on the real site: "lists no sources"
        // (TW0706) first, then "citation of unknown source" (TW0120) at every citation.
        AssertDiagnostics("""
            -- input/causes/_directory.yml --
            layout: topic
            -- input/causes/a.md --
            ---
            title: "Stress and anxiety
            description: A page.
            last_reviewed: 2026-12-02
            next_review: 2027-12-02
            sources:
              - id: nhs
                title: NHS
                url: https://www.nhs.uk/
                accessed: 2026-12-02
            ---
            Stress can cause twitches [@nhs]. Rest helps [@nhs].
            """,
            "input/causes/a.md:2:8: error TW0102: invalid YAML in front matter: While scanning a multi-line double-quoted scalar, found wrong indentation");
    }

    [Fact]
    public void Given_markdown_nested_thousands_of_levels_deep_When_built_Then_TW0203_and_not_an_internal_error()
    {
        var lists = string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', 2 * i) + "- item\n"));
        AssertDiagnostics("-- input/a.md --\n---\ntitle: A\ndescription: A page.\n---\n" + lists,
            "input/a.md:37:65: error TW0203: markdown nested too deeply: more than 32 lists and quotes inside each other");
    }

    [Fact]
    public void Given_glossary_entries_the_site_cannot_use_When_built_strictly_Then_TW0502_at_each_entry()
    {
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage + """

            -- input/_data/glossary.yml --
            - term: Fasciculation
              definition: A small twitch.
            - term: Cramp
            - definition: No term here.
            - term: Spasm
              definition: A tight muscle.
              aliases: 5
            - just text
            """);

        var outcome = site.Build(strict: true);

        Assert.Equal(
            [
                "input/_data/glossary.yml:3:3: error TW0502: glossary entry 2 has no text `definition`, so it is left out of the glossary",
                "input/_data/glossary.yml:4:3: error TW0502: glossary entry 3 has no text `term`, so it is left out of the glossary",
                "input/_data/glossary.yml:5:3: error TW0502: glossary entry 4 has `aliases` that are not a list of words, so it is left out of the glossary",
                "input/_data/glossary.yml:8:3: error TW0502: glossary entry 5 is not `term:` and `definition:` lines, so it is left out of the glossary",
            ],
            site.Headers(outcome));
    }

    [Fact]
    public void Given_front_matter_that_is_a_list_When_built_Then_TW0102()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            - title
            - description
            ---
            Body.
            """,
            "input/a.md:2:1: error TW0102: front matter must be `key: value` lines");
    }

    [Fact]
    public void Given_a_missing_required_key_When_built_Then_TW0103_naming_the_key()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            ---
            Body.
            """,
            "input/a.md:1:1: error TW0103: required front matter key 'description' is missing");
    }

    [Fact]
    public void Given_a_topic_page_without_review_dates_or_sources_When_built_Then_TW0103_for_each()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            layout: topic
            ---
            Body.
            """,
            "input/a.md:1:1: error TW0103: pages of layout 'topic' need front matter key 'last_reviewed', which is missing",
            "input/a.md:1:1: error TW0103: pages of layout 'topic' need front matter key 'next_review', which is missing",
            "input/a.md:1:1: error TW0103: pages of layout 'topic' need front matter key 'sources', which is missing");
    }

    [Theory]
    [InlineData("order: first", "input/a.md:4:8: error TW0104: 'order' must be a whole number, not 'first'")]
    [InlineData("order: 1.5", "input/a.md:4:8: error TW0104: 'order' must be a whole number, not '1.5'")]
    [InlineData("last_reviewed: 24/11/2026", "input/a.md:4:16: error TW0104: 'last_reviewed' must be a date written as YYYY-MM-DD, not '24/11/2026'")]
    [InlineData("nav_exclude: maybe", "input/a.md:4:14: error TW0104: 'nav_exclude' must be true or false, not 'maybe'")]
    [InlineData("keywords: {a: b}", "input/a.md:4:11: error TW0104: 'keywords' must be a list of texts")]
    [InlineData("sources: [{title: NHS, url: nhs.uk}]", "input/a.md:4:10: error TW0104: 'sources' entry 1 has url 'nhs.uk', which is not a full http(s) address")]
    public void Given_a_value_of_the_wrong_type_When_built_Then_TW0104_at_the_value(string line, string expected)
    {
        AssertDiagnostics($"""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            {line}
            ---
            Body.
            """,
            expected);
    }

    [Fact]
    public void Given_next_review_more_than_36_months_later_When_built_Then_TW0106()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            last_reviewed: 2026-01-01
            next_review: 2030-01-01
            ---
            Body.
            """,
            "input/a.md:5:14: error TW0106: next_review is more than 36 months after last_reviewed");
    }

    [Fact]
    public void Given_an_unknown_key_When_built_Then_a_warning_with_a_suggestion_and_success_unless_strict()
    {
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage + "\n" + """
            -- input/a.md --
            ---
            title: A
            description: Page A.
            tittle: Typo
            ---
            Body.
            """);

        var outcome = site.Build();
        Assert.True(outcome.Succeeded);
        Assert.Equal(["input/a.md:4:1: warning TW0105: unknown front matter key 'tittle'"], site.Headers(outcome));
        Assert.Equal("did you mean 'title'?", outcome.Diagnostics.Single().Hint);

        var strict = site.Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.Equal(["input/a.md:4:1: error TW0105: unknown front matter key 'tittle'"], site.Headers(strict));
    }

    [Fact]
    public void Given_a_link_to_a_missing_page_When_built_Then_TW0301_at_the_link()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            ---
            First line.
            See [the other page](other.md) for more.
            """,
            "input/a.md:6:5: error TW0301: link to 'other.md': no such page");
    }

    [Fact]
    public void Given_a_link_to_a_missing_heading_When_built_Then_TW0302_with_the_headings_in_the_hint()
    {
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage + "\n" + """
            -- input/a.md --
            ---
            title: A
            description: Page A.
            ---
            See [hydration tips](b.md#hydratoin).
            -- input/b.md --
            ---
            title: B
            description: Page B.
            ---
            ## Hydration
            Drink water.
            """);

        var outcome = site.Build();
        Assert.Equal(["input/a.md:5:5: error TW0302: link to 'b.md#hydratoin': no heading 'hydratoin' on 'b.md'"], site.Headers(outcome));
        Assert.Equal("did you mean '#hydration'?", outcome.Diagnostics.Single().Hint);
    }

    [Fact]
    public void Given_a_link_to_a_missing_heading_on_the_same_page_When_built_Then_TW0302()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            ---
            Jump to [the end](#the-end).
            """,
            "input/a.md:5:9: error TW0302: link to '#the-end': no heading 'the-end' on this page");
    }

    [Theory]
    [InlineData("[up](../../secret.md)")]
    [InlineData("[up](../outside/page.md)")]
    [InlineData("![img](../../etc/passwd)")]
    public void Given_a_link_that_climbs_out_of_the_site_When_built_Then_TW0303(string link)
    {
        // A warning: what lies outside the folder cannot be checked (mdBook links to books published beside it).
        AssertWarnings($"""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            ---
            {link}
            """,
            $"input/a.md:5:{(link.StartsWith('!') ? 1 : 1)}: warning TW0303: link leaves the site folder: '{link[(link.IndexOf('(') + 1)..^1]}'");
    }

    [Fact]
    public void Given_two_sources_with_the_same_url_When_built_Then_TW0202_naming_both()
    {
        AssertDiagnostics("""
            -- input/a_b.md --
            ---
            title: A
            description: Page A.
            ---
            A.
            -- input/a-b.md --
            ---
            title: B
            description: Page B.
            ---
            B.
            """,
            "input/a_b.md:1:1: error TW0202: 'a_b.md' and 'a-b.md' would both be written to '/a-b/index.html'");
    }

    [Fact]
    public void Given_a_file_that_is_not_utf8_When_built_Then_TW0201_at_the_bad_byte()
    {
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage);
        var text = "---\ntitle: Caf\u00e9\ndescription: Page A.\n---\nBad byte here: "u8.ToArray();
        site.WriteBytes("input/a.md", [.. text, 0xFF, (byte)'\n']);

        var outcome = site.Build();
        Assert.Equal(["input/a.md:5:16: error TW0201: file is not valid UTF-8"], site.Headers(outcome));
    }

    [Fact]
    public void Given_an_unknown_layout_When_built_Then_it_falls_back_to_page_with_TW0230_where_it_is_named()
    {
        AssertWarnings("""
            -- input/a.md --
            ---
            title: A
            description: Page A.
            layout: topc
            ---
            Body.
            """,
            "input/a.md:4:9: warning TW0230: the theme has no layout 'topc' (1 page names it): rendered with layout 'page'");
    }

    [Fact]
    public void Given_an_unknown_layout_in_folder_defaults_When_built_Then_TW0230_in_directory_yml()
    {
        AssertWarnings("""
            -- input/causes/_directory.yml --
            # defaults for the causes pages
            layout: nope
            -- input/causes/a.md --
            ---
            title: A
            description: Page A.
            ---
            Body.
            """,
            "input/causes/_directory.yml:2:9: warning TW0230: the theme has no layout 'nope' (1 page names it): rendered with layout 'page'");
    }

    [Fact]
    public void Given_a_liquid_syntax_error_When_built_Then_TW0402_at_the_layouts_line()
    {
        AssertDiagnostics("""
            -- theme/layouts/page.liquid --
            ---
            layout: base
            ---
            <h1>{{ page.title }}</h1>
            {% if page.description %}
            <p>{{ page.description }}</p>
            {{ content }}
            -- theme/layouts/base.liquid --
            <html><body>{{ content }}</body></html>
            """,
            "theme/layouts/page.liquid:7:15: error TW0402: Liquid syntax error in layout 'page': '{% endif %}' was expected");
    }

    [Fact]
    public void Given_many_problems_When_built_Then_all_are_reported_in_file_order()
    {
        AssertDiagnostics("""
            -- input/a.md --
            ---
            title: A
            order: first
            ---
            [missing](nowhere.md)
            -- input/b.md --
            ---
            title: B
            description: Page B.
            """,
            "input/a.md:1:1: error TW0103: required front matter key 'description' is missing",
            "input/a.md:3:8: error TW0104: 'order' must be a whole number, not 'first'",
            "input/a.md:5:1: error TW0301: link to 'nowhere.md': no such page",
            "input/b.md:1:1: error TW0101: front matter is not closed");
    }

    [Fact]
    public void Given_a_previous_good_build_When_a_broken_build_runs_Then_the_output_is_untouched()
    {
        using var site = FixtureSite.Create(Settings + "\n" + GoodPage);
        Assert.True(site.Build().Succeeded);
        var before = site.OutputFiles();
        var times = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        site.Write("input/index.md", "---\ntitle: Home\n");
        site.Write("input/new.md", "---\ntitle: New\ndescription: New page.\n---\nNew.\n");
        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(before.Keys, site.OutputFiles().Keys);
        Assert.All(before, pair => Assert.Equal(pair.Value, site.OutputFiles()[pair.Key]));
        Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.staging")));
    }

    /// <summary>The build succeeds (so strict builds fail) with exactly <paramref name="expected"/>.</summary>
    private static void AssertWarnings(string files, params string[] expected)
    {
        using var site = FixtureSite.Create(Settings + "\n" + (files.Contains("-- input/index.md --", StringComparison.Ordinal) ? "" : GoodPage + "\n") + files);
        var outcome = site.Build();
        Assert.Equal(expected, site.Headers(outcome));
        Assert.True(outcome.Succeeded);
    }

    private static void AssertDiagnostics(string files, params string[] expected)
    {
        using var site = FixtureSite.Create(Settings + "\n" + (files.Contains("-- input/index.md --", StringComparison.Ordinal) ? "" : GoodPage + "\n") + files);
        var outcome = site.Build();
        Assert.Equal(expected, site.Headers(outcome));
        Assert.False(outcome.Succeeded);
        Assert.False(Directory.Exists(site.Output), "a failed first build must not create the output folder");
    }
}
