using System.Buffers;
using System.IO.Compression;

namespace TwitchSite.Engine.Documents;

/// <summary>
/// UTF-8 text kept compressed with Brotli at its fastest quality: HTML and markdown shrink to
/// about a third, at a few hundred megabytes a second each way. Used for text that waits in memory
/// across a whole phase of a large build (see <see cref="DocumentContent.FromUtf8Compressed"/>).
/// </summary>
internal sealed class CompressedUtf8
{
    // Quality 1 and a 64 KB window: the fastest setting that still finds the repetition of HTML
    // tags and words (quality 0 saves little time and compresses about 15% worse); pages are
    // rarely longer than the window, so a larger one would only cost the encoder's memory.
    private const int Quality = 1;
    private const int Window = 16;

    private readonly byte[] _bytes;
    private readonly int _length;

    private CompressedUtf8(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    /// <summary>The text's length in UTF-8 bytes.</summary>
    public int Length => _length;

    /// <summary>Compresses <paramref name="utf8"/>.</summary>
    public static CompressedUtf8 Compress(ReadOnlySpan<byte> utf8)
    {
        var rented = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8, rented, out var written, Quality, Window))
            {
                throw new InvalidOperationException("Brotli could not compress a text into its maximum compressed length");
            }

            return new CompressedUtf8(rented.AsSpan(0, written).ToArray(), utf8.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The text's UTF-8 bytes, in a new array.</summary>
    public byte[] Decompress()
    {
        var utf8 = new byte[_length];
        if (!BrotliDecoder.TryDecompress(_bytes, utf8, out var written) || written != _length)
        {
            throw new InvalidDataException("compressed text did not decompress to its recorded length");
        }

        return utf8;
    }
}
