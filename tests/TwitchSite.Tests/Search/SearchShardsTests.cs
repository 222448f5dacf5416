using System.Security.Cryptography;
using System.Text;
using TwitchSite.Search.Indexing;

namespace TwitchSite.Tests.Search;

/// <summary>
/// Which shard a page goes to (<see cref="SearchShards"/>). Every query downloads the first
/// shard's page list and its chunk of each query word (Pagefind's runtime searches its own index
/// whatever is merged), so on a site of several shards the first holds a quarter of a shard: four
/// words on nearly every page of the 30,000-page benchmark corpus cost 309 KB with the runtime
/// from a first shard of half a shard, over issue #19's 300 KB. The other shards keep their pages.
/// </summary>
public sealed class SearchShardsTests
{
    // The benchmark corpus's output paths at 30,000 pages (make-corpus.py: 50 pages a section).
    private static List<string> CorpusPaths(int pages) =>
        [.. Enumerable.Range(0, pages).Select(i => $"section-{i / 50:00}/page-{i:00000}/index.html")];

    [Fact]
    public void Given_a_site_of_30000_pages_in_shards_When_pages_are_assigned_Then_the_first_shard_has_about_a_quarter_of_the_pages_of_any_other()
    {
        var paths = CorpusPaths(30_000);
        var count = SearchShards.CountFor(paths.Count, SearchShards.DefaultPagesPerShard);

        var sizes = paths.GroupBy(p => SearchShards.Of(p, count)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(8, count);
        Assert.Equal(SearchShards.ShardsOf(count), sizes.Count);
        Assert.Equal(Enumerable.Range(0, count + 1), sizes.Keys.Order());
        // Shards 1 to 7 are whole (about 3,750 pages); 0 and 8 are a quarter and three quarters of one.
        var whole = sizes.Where(s => s.Key > 0 && s.Key < count).Select(s => s.Value).ToList();
        Assert.InRange(sizes[0], whole.Min() * 2 / 10, whole.Max() * 3 / 10);
        Assert.InRange(sizes[0] + sizes[count], whole.Min() * 9 / 10, whole.Max() * 11 / 10);
        Assert.True(whole.Max() <= SearchShards.DefaultPagesPerShard, $"largest shard {whole.Max()} pages");
    }

    [Fact]
    public void Given_a_site_in_shards_When_pages_are_assigned_Then_a_page_outside_the_first_shard_stays_in_the_shard_the_hash_gave_it()
    {
        var paths = CorpusPaths(10_000);
        const int count = 4;

        foreach (var path in paths)
        {
            var hashed = (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(path))) & (count - 1));
            var shard = SearchShards.Of(path, count);
            Assert.Equal(hashed, shard == count ? 0 : shard); // the last shard is the rest of the first
        }
    }

    [Fact]
    public void Given_a_site_in_one_shard_When_pages_are_assigned_Then_every_page_is_in_it()
    {
        Assert.Equal(1, SearchShards.ShardsOf(SearchShards.CountFor(4_000, SearchShards.DefaultPagesPerShard)));
        Assert.All(CorpusPaths(100), p => Assert.Equal(0, SearchShards.Of(p, 1)));
    }
}
