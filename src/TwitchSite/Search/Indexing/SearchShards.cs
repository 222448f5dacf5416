using System.Security.Cryptography;
using System.Text;
using TwitchSite.Settings;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Which shard of the search index a page goes to. Pagefind holds a whole index in memory
/// (3.9 GB at 30,000 pages), so a large site is indexed in shards of at most about
/// <see cref="DefaultPagesPerShard"/> pages (the <c>search_shard_pages</c> setting), one
/// Pagefind run per shard, at most two at a time (<see cref="ShardedIndex.ShardsAtOnce"/>), and the browser merges them (search-client.js, Pagefind's
/// <c>mergeIndex</c>). A site of that many pages or fewer is one shard, indexed exactly as one
/// Pagefind run indexes it. The shard count is the smallest power of two that gives shards of
/// at most that many pages on average; a page's shard is a hash of its output path, so it does
/// not change when other pages are added, removed or edited (only when the site doubles or
/// halves past a power of two), and one changed page makes one shard stale. A site in several
/// shards has one more: the first shard, which Pagefind's runtime searches for every query (it is
/// the index <c>pagefind.js</c> belongs to, and Pagefind 1.6 has no way to merge shards without
/// searching it), keeps only a quarter of its pages, the other three quarters being the last
/// shard (<see cref="Of"/>), so what every query downloads from it is a quarter of a shard's page
/// list and chunks. Reads and writes nothing.
/// </summary>
public static class SearchShards
{
    /// <summary>
    /// Pages per shard when the site does not say: Pagefind peaks at about 140 KB of memory per
    /// page of the benchmark corpus, so about 550 MB for a shard of this size, and a 30,000-page
    /// site is 9 shards (8 of about 3,800 pages, the first of them split in two).
    /// </summary>
    public const int DefaultPagesPerShard = 4000;

    /// <summary>Folder of shard <paramref name="shard"/> inside the index bundle, unless it is the first (that goes in the bundle folder itself).</summary>
    public static string FolderOf(int shard) => $"shard-{shard}";

    /// <summary>How many shards <paramref name="pageCount"/> pages make with at most <paramref name="pagesPerShard"/> pages a shard on average.</summary>
    public static int CountFor(int pageCount, int pagesPerShard)
    {
        var count = 1;
        while ((long)count * pagesPerShard < pageCount)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>
    /// The shard of the page at <paramref name="relativePath"/> (its output path) when the site is
    /// <paramref name="count"/> shards (<see cref="CountFor"/>): 0 to <paramref name="count"/>,
    /// since with several shards three quarters of shard 0's pages (by the next two bits of the
    /// same hash) go to shard <paramref name="count"/> instead. Shard 0 is the one every query
    /// searches and downloads from (its page list, and its chunk of each query word), so it is kept
    /// small: each word on nearly every page of a 30,000-page site costs about 110 KB of chunks
    /// from a first shard of 3,800 pages and 53 KB from 1,900 (four such words were 309 KB with
    /// Pagefind's runtime, over the 300 KB budget); about a quarter of that from 950. The other
    /// shards keep their pages (a page of shards 1 and up stays where it was).
    /// </summary>
    public static int Of(string relativePath, int count)
    {
        if (count == 1)
        {
            return 0;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')), hash);
        var bits = BitConverter.ToUInt32(hash);
        var shard = (int)(bits & (uint)(count - 1));
        // The two bits above those that chose the shard: one value in four stays in shard 0.
        return shard == 0 && ((bits / (uint)count) & 3) != 0 ? count : shard;
    }

    /// <summary>How many shards a site indexed with <paramref name="count"/> (<see cref="CountFor"/>) has: one, or <paramref name="count"/> + 1 (the first split in a quarter and three quarters, <see cref="Of"/>).</summary>
    public static int ShardsOf(int count) => count == 1 ? 1 : count + 1;

    /// <summary>
    /// The pages per shard <paramref name="settings"/> ask for, or the default; null when the
    /// setting is not a whole number of 1 or more (reported as TW0620).
    /// </summary>
    public static int? PagesPerShard(SiteSettings settings) =>
        settings.SearchShardPagesInvalid ? null : settings.SearchShardPages ?? DefaultPagesPerShard;
}
