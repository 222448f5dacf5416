using System.IO.Compression;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// What one search may download on a site indexed in shards, and what it costs before any
/// index chunk (issue #19: the search files of one query stay under 300 KB at 30,000 pages).
/// Reads the sizes of files in the first shard's folder (Pagefind's runtime) and in shard folders
/// (entry file and page list); writes nothing itself: <see cref="ShardedIndex"/> puts the
/// figures in the site file, and search-shards.js compares them with the route files'
/// kilobytes to decide which shards a word on most pages is searched in first.
/// </summary>
public static class QueryBudget
{
    /// <summary>The bytes one query may download from the index bundle, Pagefind's runtime included.</summary>
    public const int Bytes = 300_000;

    /// <summary>
    /// Kept for what a query downloads besides index files: the fragments of the first results
    /// shown (1 to 2 KB each, three at first), the route file and the word list of a letter.
    /// </summary>
    public const int Reserve = 10_000;

    /// <summary>
    /// What every query downloads before its words' chunks, <see cref="Reserve"/> included: <c>pagefind.js</c> as a server
    /// sends it compressed (gzip, as Netlify does), the largest of Pagefind's WebAssembly files
    /// (stored compressed; the page's language picks one), and the first shard's entry file and
    /// page list, which Pagefind loads with itself.
    /// </summary>
    /// <param name="firstShardFolder">The first shard's folder as indexed or kept: Pagefind writes its runtime there.</param>
    public static long BaseBytes(string firstShardFolder)
    {
        var script = Path.Combine(firstShardFolder, "pagefind.js");
        long gzipped = 0;
        if (File.Exists(script))
        {
            using var counter = new CountingStream();
            using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
            {
                using var source = File.OpenRead(script);
                source.CopyTo(gzip);
            }

            gzipped = counter.Length;
        }

        var wasm = Directory.EnumerateFiles(firstShardFolder, "wasm.*.pagefind").Select(f => new FileInfo(f).Length).DefaultIfEmpty(0).Max();
        return gzipped + wasm + ShardBytes(firstShardFolder) + Reserve;
    }

    /// <summary>What merging the shard in <paramref name="shardFolder"/> downloads: its entry file and page list (<c>*.pf_meta</c>), stored compressed.</summary>
    public static long ShardBytes(string shardFolder)
    {
        var entry = Path.Combine(shardFolder, "pagefind-entry.json");
        return (File.Exists(entry) ? new FileInfo(entry).Length : 0)
            + Directory.EnumerateFiles(shardFolder, "*.pf_meta").Sum(f => new FileInfo(f).Length);
    }

    /// <summary>
    /// All of the index chunks of the shard in <paramref name="shardFolder"/> (<c>index/*.pf_index</c>,
    /// stored compressed): the most a query can download from it, whatever the route files'
    /// kilobytes of its keys add up to (several keys' words can share a chunk; a small shard has one).
    /// </summary>
    public static long IndexBytes(string shardFolder)
    {
        var index = Path.Combine(shardFolder, "index");
        return Directory.Exists(index) ? Directory.EnumerateFiles(index, "*.pf_index").Sum(f => new FileInfo(f).Length) : 0;
    }

    // Counts what is written to it and keeps nothing.
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
