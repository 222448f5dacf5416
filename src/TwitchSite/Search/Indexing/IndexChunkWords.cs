namespace TwitchSite.Search.Indexing;

/// <summary>
/// Reads the words of one Pagefind index chunk (a <c>.pf_index</c> file, unzipped, after its
/// signature): CBOR of <c>[[[word, pages, variants?], ...], ...]</c>, the layout Pagefind 1.6's
/// WebAssembly decodes. Only the words are kept; each word's pages (and its other spellings with
/// diacritics) are skipped. Anything else throws <see cref="FormatException"/>.
/// </summary>
public static class IndexChunkWords
{
    /// <summary>The words of the chunk in <paramref name="cbor"/>, in the chunk's order.</summary>
    /// <exception cref="FormatException">The bytes are not a chunk of this layout.</exception>
    public static List<string> Read(ReadOnlySpan<byte> cbor)
    {
        var reader = new PagefindCbor(cbor);
        var outer = reader.ArrayLength();
        if (outer < 1)
        {
            throw new FormatException("an index chunk without its word list");
        }

        var count = reader.ArrayLength();
        var words = new List<string>(Math.Min(count, cbor.Length)); // each takes a byte at least: a corrupt count cannot ask for gigabytes
        for (var i = 0; i < count; i++)
        {
            var fields = reader.ArrayLength();
            if (fields < 2)
            {
                throw new FormatException("a word without its pages");
            }

            words.Add(reader.Text());
            for (var f = 1; f < fields; f++)
            {
                reader.Skip();
            }
        }

        return words;
    }
}
