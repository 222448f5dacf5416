using System.IO.Compression;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Reads one of the files Pagefind 1.6 writes in a bundle (an index chunk, a shard's metadata, a
/// page's fragment): gzip of Pagefind's signature followed by the payload (CBOR, or JSON for
/// fragments). Writes nothing.
/// </summary>
internal static class PagefindFile
{
    /// <summary>The bytes every such file starts with once unzipped.</summary>
    public static ReadOnlySpan<byte> Signature => "pagefind_dcd"u8;

    /// <summary>The payload of the file at <paramref name="path"/>, after its signature, or null when it does not start with the signature.</summary>
    /// <exception cref="InvalidDataException">The file is not gzip.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadOnlyMemory<byte>? ReadPayload(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        var bytes = memory.GetBuffer().AsMemory(0, (int)memory.Length);
        return bytes.Span.StartsWith(Signature) ? bytes[Signature.Length..] : null;
    }
}
