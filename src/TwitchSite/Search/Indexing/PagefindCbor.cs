using System.Text;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Just enough CBOR (RFC 8949) to read what Pagefind 1.6 writes in its index files after their
/// signature (index chunks, <c>.pf_index</c>, and a shard's metadata, <c>.pf_meta</c>):
/// definite-length integers, strings and arrays, read in order. Anything else throws
/// <see cref="FormatException"/>.
/// </summary>
internal ref struct PagefindCbor(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    /// <summary>Reads an array's head: how many items follow.</summary>
    public int ArrayLength()
    {
        var (major, value) = Head();
        return major == 4 && value <= int.MaxValue ? (int)value : throw new FormatException("an array was expected");
    }

    /// <summary>Reads a text string.</summary>
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

    /// <summary>Reads past one item, an array with everything in it.</summary>
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
