using System.Text.Json;
using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Search.Indexing;
using TwitchSite.Search.Pagefind;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Search;

/// <summary>
/// The feature fixture built with its Pagefind index (installed from theme/package-lock.json
/// when missing): what the index holds, that it is deterministic and tracked like every other
/// output file, and what happens when Pagefind cannot be had.
/// </summary>
public sealed class SearchIndexTests
{
    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, byte[]> IndexFiles(FixtureSite site) =>
        site.OutputFiles().Where(f => f.Key.StartsWith("pagefind/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void Given_a_site_When_built_with_search_Then_every_page_with_a_body_is_indexed_and_the_index_is_in_the_manifest()
    {
        using var site = FixtureSite.Create(FeatureSite.Files);

        var outcome = site.Build(strict: true, search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var entry = JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json")).RootElement;
        Assert.Equal("1.6.0", entry.GetProperty("version").GetString());
        var indexed = site.OutputFiles().Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))
            .Count(k => Parser.ParseDocument(site.ReadOutput(k)).QuerySelector("[data-pagefind-body]") is not null);
        Assert.Equal(indexed, entry.GetProperty("languages").GetProperty("en-gb").GetProperty("page_count").GetInt32());
        var pages = site.OutputFiles().Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))
            .Count(k => Parser.ParseDocument(site.ReadOutput(k)).QuerySelector("meta[http-equiv=refresh]") is null); // not redirect_from forwarding pages
        Assert.Equal(pages - 1, indexed); // all but the 404 page
        var manifest = site.ReadOutput(".twitchsite-manifest").Split('\n');
        Assert.All(IndexFiles(site).Keys, file => Assert.Contains(file, manifest));
        Assert.Contains(outcome.Engine.Pipelines, p => p.Name == "SearchIndex");
    }

    /// <summary>
    /// The build feeds Pagefind only the parts of each page it reads; Pagefind run by hand on the
    /// published pages must make the very same index (its file names are hashes of their bytes).
    /// </summary>
    [Theory]
    [InlineData("feature site")]
    [InlineData("real site")]
    public void Given_a_site_built_with_search_When_Pagefind_indexes_the_published_pages_itself_Then_it_makes_the_same_index(string which)
    {
        using var site = which == "real site" ? FixtureSite.Create("") : FixtureSite.Create(FeatureSite.Files);
        var input = which == "real site" ? RepoPaths.Input : site.Input;
        var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Output = site.Output, Theme = site.Theme, NoSearch = false, Today = FixtureSite.TestToday });
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));

        var published = Path.Combine(site.Root, "published");
        // The not-found page is never indexed (SearchSourceFolder.IsNotFoundPage), whatever its layout.
        foreach (var (path, bytes) in site.OutputFiles().Where(f => !f.Key.StartsWith("pagefind/", StringComparison.Ordinal) && !SearchSourceFolder.IsNotFoundPage(f.Key)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(published, path))!);
            File.WriteAllBytes(Path.Combine(published, path), bytes);
        }

        var binary = PagefindProvider.For(site.Theme).Provide(new DiagnosticSink());
        Assert.NotNull(binary);
        var run = ProcessRunner.Run(binary, ["--site", published, "--output-subdir", "pagefind", "--quiet"], site.Theme, TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, run.Output);

        var expected = Directory.EnumerateFiles(Path.Combine(published, "pagefind"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(published, f).Replace('\\', '/'), File.ReadAllBytes);
        // The site's word list, the shard list and the shard's stamp are ours, written beside Pagefind's files.
        var actual = IndexFiles(site).Where(f => !f.Key.StartsWith("pagefind/twitchsite-", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), file.Key + " differs"));
    }

    [Fact]
    public void Given_the_same_site_When_built_twice_with_search_Then_the_index_is_byte_identical()
    {
        using var first = FixtureSite.Create(FeatureSite.Files);
        using var second = FixtureSite.Create(FeatureSite.Files);

        Assert.True(first.Build(search: true).Succeeded);
        Assert.True(second.Build(search: true).Succeeded);

        var a = IndexFiles(first);
        var b = IndexFiles(second);
        Assert.NotEmpty(a);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), file.Key + " differs"));
    }

    [Fact]
    public void Given_a_site_built_with_search_When_rebuilt_without_Then_the_old_index_is_removed()
    {
        using var site = FixtureSite.Create(FeatureSite.Files);
        Assert.True(site.Build(search: true).Succeeded);
        Assert.True(site.OutputExists("pagefind/pagefind.js"));

        var outcome = site.Build(search: false);

        Assert.True(outcome.Succeeded);
        Assert.Empty(IndexFiles(site));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.DoesNotContain(outcome.Engine.Pipelines, p => p.Name == "SearchIndex");
    }

    [Fact]
    public void Given_pages_that_use_one_name_of_a_condition_When_built_Then_they_carry_its_other_names_as_search_metadata()
    {
        using var site = FixtureSite.Create("""
            -- input/_data/synonyms.yml --
            - lay: [slurred speech]
              medical: [dysarthria]
            -- input/_data/glossary.yml --
            - term: Myokymia (eyelid twitch)
              definition: A twitch of the eyelid.
              aliases: [eye twitch]
            -- input/index.md --
            ---
            title: Eye twitch
            keywords: [twitchy eye]
            ---
            See a doctor about slurred speech.
            """);

        Assert.True(site.Build().Succeeded);

        var meta = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("[data-pagefind-meta]")!;
        Assert.Equal("section[data-section], keywords[data-keywords], aka[data-aka], synonyms[data-synonyms]", meta.GetAttribute("data-pagefind-meta"));
        Assert.Equal("twitchy eye", meta.GetAttribute("data-keywords"));
        Assert.Equal("home page, homepage, Myokymia, eyelid twitch", meta.GetAttribute("data-aka")); // the home page, whose title names the condition
        Assert.Equal("", meta.GetAttribute("data-synonyms"));
        Assert.False(meta.HasAttribute("data-related"), "names of what is mentioned once, in passing (dysarthria), are not indexed");
        Assert.True(meta.HasAttribute("hidden"));
    }

    [Fact]
    public void Given_a_page_about_a_condition_with_names_that_share_words_When_built_Then_its_synonyms_metadata_holds_each_word_once()
    {
        using var site = FixtureSite.Create("""
            -- input/_data/synonyms.yml --
            - lay: [motor neurone disease, motor neuron disease]
              other: [MND, motor neurone disease (MND)]
            -- input/index.md --
            ---
            title: Weakness
            description: When weakness is motor neurone disease.
            ---
            Motor neurone disease is rare. Motor neurone disease causes weakness. Read about motor neurone disease.
            """);

        Assert.True(site.Build().Succeeded);

        var meta = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("[data-pagefind-meta]")!;
        var words = meta.GetAttribute("data-synonyms")!.Split(' ');
        Assert.Equal(words.Distinct(StringComparer.OrdinalIgnoreCase).Count(), words.Length);
        Assert.Contains("neuron", words); // the other spelling, and the abbreviation, are still searched
        Assert.Contains("MND", words);
        Assert.DoesNotContain(",", meta.GetAttribute("data-synonyms")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_synonyms_whose_names_have_function_words_When_built_Then_the_synonyms_metadata_holds_only_their_other_words()
    {
        using var site = FixtureSite.Create("""
            -- input/_data/synonyms.yml --
            - lay: [lack of sleep, not getting enough sleep, jerk as you fall asleep]
              medical: [sleep deprivation]
            -- input/index.md --
            ---
            title: Tiredness
            description: Sleep deprivation can cause twitching.
            ---
            Sleep deprivation can cause twitching.
            """);

        Assert.True(site.Build().Succeeded);

        var meta = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("[data-pagefind-meta]")!;
        var words = meta.GetAttribute("data-synonyms")!.Split(' ');
        // "of", "as" and "you" would make the page a match for them and grow every fragment it is in.
        Assert.DoesNotContain("of", words);
        Assert.DoesNotContain("as", words);
        Assert.DoesNotContain("you", words);
        Assert.Contains("lack", words);
        Assert.Contains("not", words); // a negation is kept: "not getting enough sleep" is not "getting enough sleep"
        Assert.Contains("jerk", words);
    }

    [Fact]
    public void Given_a_site_When_built_Then_only_its_home_page_is_named_home_page_for_search()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: Widgets
            ---
            All about widgets.
            -- input/guide/index.md --
            ---
            title: Guide
            ---
            How to use widgets.
            """);

        Assert.True(site.Build().Succeeded);

        string Aka(string page) => Parser.ParseDocument(site.ReadOutput(page)).QuerySelector("[data-pagefind-meta]")!.GetAttribute("data-aka")!;
        Assert.Equal("home page, homepage", Aka("index.html"));
        Assert.Equal("", Aka("guide/index.html"));
    }

    [Theory]
    [InlineData(false, true, "warning")]
    [InlineData(true, false, "error")]
    public void Given_a_theme_that_cannot_provide_pagefind_When_built_Then_it_warns_or_under_strict_fails(bool strict, bool succeeds, string severity)
    {
        using var site = FixtureSite.Create(FeatureSite.Files);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("package", StringComparison.Ordinal)))
        {
            site.WriteBytes(Path.Combine("theme", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllBytes(file));
        }

        var outcome = site.Build(strict, search: true);

        Assert.Equal(succeeds, outcome.Succeeded);
        var header = Assert.Single(site.Headers(outcome));
        Assert.StartsWith($"{severity} TW0601: search index not built: Pagefind is not installed and the theme has no package.json", header, StringComparison.Ordinal);
        Assert.Equal(succeeds, site.OutputExists("index.html"));
        Assert.False(site.OutputExists("pagefind/pagefind.js"));
    }
}
