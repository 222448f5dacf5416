using System.Text;

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
        var reader = new Reader(cbor);
        var outer = reader.ArrayLength();
        if (outer < 1)
        {
            throw new FormatException("an index chunk without its word list");
        }

        var count = reader.ArrayLength();
        var words = new List<string>(count);
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

    /// <summary>Just enough CBOR (RFC 8949) for Pagefind's chunks: definite-length integers, strings and arrays.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int ArrayLength()
        {
            var (major, value) = Head();
            return major == 4 && value <= int.MaxValue ? (int)value : throw new FormatException("an array was expected");
        }

        public string Text()
        {
            var (major, length) = Head();
            if (major != 3 || length > (ulong)(_bytes.Length - _at))
            {
                throw new FormatException("a text string was expected");
            }

            var text = Encoding.UTF8.GetString(_bytes.Slice(_at, (int)length));
            _at += (int)length;
            return text;
        }

        public void Skip()
        {
            var (major, value) = Head();
            switch (major)
            {
                case 0 or 1:
                    return;
                case 2 or 3:
                    if (value > (ulong)(_bytes.Length - _at))
                    {
                        throw new FormatException("a string runs past the chunk");
                    }

                    _at += (int)value;
                    return;
                case 4:
                    for (ulong i = 0; i < value; i++)
                    {
                        Skip();
                    }

                    return;
                default:
                    throw new FormatException($"CBOR major type {major} is not used in index chunks");
            }
        }

        private (int Major, ulong Value) Head()
        {
            if (_at >= _bytes.Length)
            {
                throw new FormatException("the chunk ends early");
            }

            var first = _bytes[_at++];
            var major = first >> 5;
            var info = first & 31;
            var size = info switch
            {
                < 24 => 0,
                24 => 1,
                25 => 2,
                26 => 4,
                27 => 8,
                _ => throw new FormatException("indefinite lengths are not used in index chunks"),
            };
            if (size == 0)
            {
                return (major, (ulong)info);
            }

            if (_at + size > _bytes.Length)
            {
                throw new FormatException("the chunk ends early");
            }

            ulong value = 0;
            for (var i = 0; i < size; i++)
            {
                value = (value << 8) | _bytes[_at++];
            }

            return (major, value);
        }
    }
}
