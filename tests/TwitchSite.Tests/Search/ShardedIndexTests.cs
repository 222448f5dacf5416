using System.Text.Json;
using TwitchSite.Building;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Search.Indexing;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Search;

/// <summary>
/// A site indexed in shards (search_shard_pages), built with Pagefind: every page is in exactly
/// one shard, and a rebuild after one page changed runs Pagefind for that page's shard only
/// (the other shards' files are the very files of the earlier build, kept, not written again).
/// </summary>
public sealed class ShardedIndexTests
{
    private const int Pages = 12;

    private static string Files(string settings = "search_shard_pages: 3") =>
        $"-- input/_site.yml --\ntitle: Shards\nlanguage: en-GB\nbase_url: https://shards.example\n{settings}\n-- input/index.md --\n---\ntitle: Home\n---\n\nThe home page.\n"
        + string.Concat(Enumerable.Range(1, Pages).Select(i => $"-- input/page-{i}.md --\n---\ntitle: Page {i}\n---\n\nThis is page number {i} of the site.\n"));

    private static Dictionary<string, DateTime> ShardFiles(FixtureSite site, string shardFolder) =>
        Directory.EnumerateFiles(shardFolder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(shardFolder, f).StartsWith("shard-", StringComparison.Ordinal)
                && !Path.GetRelativePath(shardFolder, f).StartsWith(SearchVocabulary.LetterFolderName, StringComparison.Ordinal) // the site's words, written for all shards
                && !Path.GetRelativePath(shardFolder, f).StartsWith(ShardRoutes.FolderName, StringComparison.Ordinal) // the routes, likewise
                && (!Path.GetFileName(f).StartsWith("twitchsite-", StringComparison.Ordinal) || Path.GetFileName(f) == ShardedIndex.StampFileName))
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.GetLastWriteTimeUtc);

    private static List<string> ShardFolders(FixtureSite site)
    {
        var bundle = Path.Combine(site.Output, "pagefind");
        var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, ShardedIndex.SiteFileName))).RootElement.GetProperty("shards")
            .EnumerateArray().Select(s => Path.Combine(site.Output, s.GetString()!.Trim('/'))).ToList();
        return [bundle, .. listed];
    }

    [Fact]
    public void Given_a_small_shard_size_When_built_Then_every_page_is_in_one_shard_and_only_the_first_has_the_runtime()
    {
        using var site = FixtureSite.Create(Files());

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var folders = ShardFolders(site);
        Assert.True(folders.Count >= 2, "expected several shards");
        var counts = folders.Select(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(f, "pagefind-entry.json"))).RootElement
            .GetProperty("languages").GetProperty("en-gb").GetProperty("page_count").GetInt32()).ToList();
        Assert.Equal(Pages + 1, counts.Sum());
        Assert.All(counts, c => Assert.True(c > 0));
        Assert.True(File.Exists(Path.Combine(folders[0], "pagefind.js")));
        Assert.All(folders.Skip(1), f => Assert.False(File.Exists(Path.Combine(f, "pagefind.js")), f));
        Assert.Equal(Pages + 1, JsonDocument.Parse(site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName)).RootElement.GetProperty("pages").GetInt32());
    }

    [Fact]
    public void Given_a_site_in_shards_When_built_Then_progress_counts_every_shard_indexed_and_every_shard_kept()
    {
        using var site = FixtureSite.Create(Files());
        var steps = new List<(ProgressStep Step, int Done)>();
        var progress = new BuildProgress { Changed = (step, done) => { lock (steps) { steps.Add((step, done)); } } };
        BuildOutcome Build() => SiteBuilder.Build(new BuildOptions { Input = site.Input, Output = site.Output, Theme = site.Theme, NoSearch = false, Today = FixtureSite.TestToday, Progress = progress });

        Assert.True(Build().Succeeded);
        var shards = ShardFolders(site).Count;
        var first = steps.Where(s => s.Step.Module == ShardedIndex.ProgressStepName).ToList();
        steps.Clear();
        site.Write("input/page-5.md", "---\ntitle: Page 5\n---\n\nThis page now says something else entirely.\n");
        Assert.True(Build().Succeeded);
        var rebuilt = steps.Where(s => s.Step.Module == ShardedIndex.ProgressStepName).ToList();

        Assert.True(shards >= 2, "expected several shards");
        foreach (var run in new[] { first, rebuilt })
        {
            Assert.Equal(new ProgressStep("SearchIndex", ShardedIndex.ProgressStepName, shards, Counted: true), run[0].Step);
            Assert.Equal(Enumerable.Range(0, shards + 1), run.Select(s => s.Done).Order());
        }
    }

    [Fact]
    public void Given_a_site_in_shards_When_one_page_changes_and_it_is_rebuilt_Then_only_that_page_s_shard_is_indexed_again()
    {
        using var site = FixtureSite.Create(Files());
        Assert.True(site.Build(search: true).Succeeded);
        var folders = ShardFolders(site);
        var before = folders.ToDictionary(f => f, f => ShardFiles(site, f));
        var changed = SearchShards.Of("page-5/index.html", SearchShards.CountFor(Pages + 1, 3));

        site.Write("input/page-5.md", "---\ntitle: Page 5\n---\n\nThis page now says something else entirely.\n");
        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal(folders, ShardFolders(site));
        var rewritten = folders.Where(f => !ShardFiles(site, f).OrderBy(x => x.Key).SequenceEqual(before[f].OrderBy(x => x.Key))).ToList();
        Assert.True(rewritten.Count == 1, "indexed again: " + string.Join(", ", rewritten.Select(f => Path.GetRelativePath(site.Output, f))) + " with " + string.Join(", ", rewritten.SelectMany(f => ShardFiles(site, f).Where(x => !before[f].Contains(x)).Select(x => x.Key))));
        var single = rewritten[0];
        Assert.True(single.EndsWith("shard-" + changed, StringComparison.Ordinal) || single == folders[0], $"{single} was indexed again, page-5 is in shard {changed}");
    }

    [Fact]
    public void Given_a_site_in_shards_When_built_Then_the_first_shard_which_every_query_searches_holds_about_a_quarter_of_a_shard()
    {
        // 101 pages in shards of at most 15 on average: 8 shards of about 12.6, the first split in a quarter and three quarters.
        const int pages = 100;
        using var site = FixtureSite.Create($"-- input/_site.yml --\ntitle: Shards\nlanguage: en-GB\nsearch_shard_pages: 15\n-- input/index.md --\n---\ntitle: Home\n---\n\nThe home page.\n"
            + string.Concat(Enumerable.Range(1, pages).Select(i => $"-- input/page-{i}.md --\n---\ntitle: Page {i}\n---\n\nPage {i} is about potassium and magnesium.\n")));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var counts = ShardFolders(site).Select(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(f, "pagefind-entry.json"))).RootElement
            .GetProperty("languages").GetProperty("en-gb").GetProperty("page_count").GetInt32()).ToList();
        Assert.Equal(SearchShards.ShardsOf(SearchShards.CountFor(pages + 1, 15)), counts.Count);
        Assert.Equal(pages + 1, counts.Sum());
        var others = counts.Skip(1).Average();
        Assert.True(counts[0] <= others * 0.5, $"the first shard has {counts[0]} pages, the others {string.Join(", ", counts.Skip(1))}");
    }

    [Fact]
    public void Given_a_shard_size_that_is_not_a_number_When_built_Then_it_is_an_error_at_the_settings_file()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: many"));

        var outcome = site.Build(search: true);

        Assert.False(outcome.Succeeded);
        Assert.Contains(site.Headers(outcome), h => h.Contains("TW0620", StringComparison.Ordinal) && h.StartsWith("input/_site.yml", StringComparison.Ordinal));
    }
}
