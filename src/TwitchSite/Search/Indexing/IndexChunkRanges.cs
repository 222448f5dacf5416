namespace TwitchSite.Search.Indexing;

/// <summary>One index chunk of a shard: the words it covers, from <see cref="From"/> to <see cref="To"/> (Pagefind's cut-down bounds), and its file's size as stored (gzip-compressed).</summary>
/// <param name="From">The chunk's lower bound as Pagefind's metadata gives it.</param>
/// <param name="To">The chunk's upper bound.</param>
/// <param name="Bytes">The size of its <c>index/*.pf_index</c> file.</param>
public sealed record IndexChunkRange(string From, string To, long Bytes);

/// <summary>
/// Reads which index chunks a shard has and which words each covers: the chunk list in the
/// shard's metadata (<c>*.pf_meta</c>: gzip of Pagefind's signature and the CBOR
/// <c>[version, pages, [[from, to, hash], ...], ...]</c> Pagefind 1.6 writes), with the size of
/// each chunk's file. Pagefind picks, for each word of a query, the chunks whose bounds hold the
/// word as typed and its stem (or, when none does, one whose bounds cut to the word's length
/// hold it), in every shard it searches, whether or not the shard has the word; so these
/// bounds, not the words in the chunks, say what a query downloads (search-shards.js, chunksOf).
/// Writes nothing.
/// </summary>
public static class IndexChunkRanges
{
    /// <summary>
    /// The chunks of the shard in <paramref name="shardFolder"/>, in the metadata's order (by
    /// their bounds), or null when it has no metadata of one language, the metadata is not in a
    /// format this reads, or a chunk's file is missing.
    /// </summary>
    public static List<IndexChunkRange>? Read(string shardFolder)
    {
        try
        {
            var metadata = Directory.GetFiles(shardFolder, "*.pf_meta");
            if (metadata.Length != 1)
            {
                return null;
            }

            if (PagefindFile.ReadPayload(metadata[0]) is not { } payload)
            {
                return null;
            }

            var bounds = ReadBounds(payload.Span);
            var ranges = new List<IndexChunkRange>(bounds.Count);
            foreach (var (from, to, hash) in bounds)
            {
                // A hash is a file name in the shard's index folder, never a path out of it.
                if (hash.Contains('/') || hash.Contains('\\'))
                {
                    return null;
                }

                var chunk = new FileInfo(Path.Combine(shardFolder, "index", hash + ".pf_index"));
                if (!chunk.Exists)
                {
                    return null;
                }

                ranges.Add(new IndexChunkRange(from, to, chunk.Length));
            }

            return ranges;
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The chunk bounds in a shard's metadata (its CBOR, after the signature): (from, to, hash) each.</summary>
    /// <exception cref="FormatException">The bytes are not Pagefind 1.6 metadata.</exception>
    public static List<(string From, string To, string Hash)> ReadBounds(ReadOnlySpan<byte> metadata)
    {
        var reader = new PagefindCbor(metadata);
        if (reader.ArrayLength() < 3)
        {
            throw new FormatException("metadata without its chunk list");
        }

        reader.Skip(); // Pagefind's version
        reader.Skip(); // the pages
        var count = reader.ArrayLength();
        var bounds = new List<(string, string, string)>(Math.Min(count, metadata.Length)); // each takes a byte at least: a corrupt count cannot ask for gigabytes
        for (var i = 0; i < count; i++)
        {
            var fields = reader.ArrayLength();
            if (fields < 3)
            {
                throw new FormatException("a chunk without its bounds and hash");
            }

            bounds.Add((reader.Text(), reader.Text(), reader.Text()));
            for (var f = 3; f < fields; f++)
            {
                reader.Skip();
            }
        }

        return bounds;
    }
}
