using TwitchSite.Engine.IO;

namespace TwitchSite.Engine.Documents;

/// <summary>What a document holds: text in memory, or a file on disk that is copied unchanged.</summary>
public abstract record DocumentContent
{
    /// <summary>No content.</summary>
    public static DocumentContent Empty { get; } = new TextContent("");

    /// <summary>Creates text content.</summary>
    public static DocumentContent FromText(string text) => new TextContent(text);

    /// <summary>Creates text content from its UTF-8 bytes (valid UTF-8, no byte order mark), kept as they are: half the memory of a string.</summary>
    public static DocumentContent FromUtf8(ReadOnlyMemory<byte> utf8) => new TextContent(utf8);

    /// <summary>
    /// Creates text content from its UTF-8 bytes (valid UTF-8, no byte order mark), kept compressed
    /// until read: about a third of <see cref="FromUtf8"/>'s memory, for text that waits long (a
    /// large site's rendered pages wait for their layouts), paid for with compressing it now and
    /// decompressing it on every read.
    /// </summary>
    public static DocumentContent FromUtf8Compressed(ReadOnlySpan<byte> utf8) => new TextContent(CompressedUtf8.Compress(utf8));

    /// <summary>Creates content that a module has already written to the build's output at the document's destination.</summary>
    public static DocumentContent Written(long length) => new WrittenContent(length);

    /// <summary>Creates content that is the bytes of a file on disk, read only when written.</summary>
    /// <remarks>Records the file's size and modification time now, so equal content means an unchanged file.</remarks>
    public static DocumentContent FromFile(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists
            ? new FileContent(fullPath) { Length = info.Length, LastWriteTimeUtc = info.LastWriteTimeUtc }
            : new FileContent(fullPath);
    }
}

/// <summary>
/// Text content held in memory (markdown, HTML, YAML): as a string, as its UTF-8 bytes (files as
/// read, rendered HTML waiting for its layout), which take half the memory and can go to the
/// output without being decoded, or as those bytes compressed (<see cref="DocumentContent.FromUtf8Compressed"/>),
/// which readers never see: they get the text or its bytes either way. Two contents are equal when their text is.
/// </summary>
public sealed record TextContent : DocumentContent
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly CompressedUtf8? _compressed;

    /// <summary>Text content holding <paramref name="text"/>.</summary>
    public TextContent(string text) => _text = text;

    /// <summary>Text content holding the UTF-8 <paramref name="utf8"/> (valid UTF-8, not copied).</summary>
    internal TextContent(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>Text content holding compressed UTF-8.</summary>
    internal TextContent(CompressedUtf8 compressed) => _compressed = compressed;

    /// <summary>The text (decoded on every read when held as UTF-8, and decompressed first when held compressed).</summary>
    public string Text => _text ?? Utf8.Strict.GetString(Utf8Memory.Span);

    /// <summary>The UTF-8 bytes when the text is held that way (decompressed into a new array on every read when held compressed), else null.</summary>
    public ReadOnlyMemory<byte>? Utf8Bytes => _text is null ? Utf8Memory : (ReadOnlyMemory<byte>?)null;

    /// <summary>True when the text is held compressed (see <see cref="DocumentContent.FromUtf8Compressed"/>).</summary>
    public bool IsCompressed => _compressed is not null;

    /// <summary>The text's length in UTF-8 bytes, without decompressing or encoding it when it is held as bytes.</summary>
    public long Utf8Length => _compressed?.Length ?? (_text is null ? _utf8.Length : Utf8.Strict.GetByteCount(_text));

    private ReadOnlyMemory<byte> Utf8Memory => _compressed is { } compressed ? compressed.Decompress() : _utf8;

    /// <inheritdoc />
    public bool Equals(TextContent? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(Text, StringComparison.Ordinal);
}

/// <summary>
/// Content already written to the build's output folder, at the document's destination, by the
/// module that produced it (pages are streamed to the output as they are rendered, so a large site
/// is never held in memory at once). <c>WriteFiles</c> leaves it as it is.
/// </summary>
/// <param name="Length">Its length in bytes.</param>
public sealed record WrittenContent(long Length) : DocumentContent;

/// <summary>Content that is a file on disk (an image, a stylesheet), copied byte for byte.</summary>
/// <param name="FullPath">Absolute path of the file.</param>
public sealed record FileContent(string FullPath) : DocumentContent
{
    /// <summary>Size of the file when the content was created (-1 when unknown); part of equality.</summary>
    public long Length { get; init; } = -1;

    /// <summary>Modification time of the file when the content was created; part of equality.</summary>
    public DateTime LastWriteTimeUtc { get; init; }
}
