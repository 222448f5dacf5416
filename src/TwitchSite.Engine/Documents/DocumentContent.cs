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
    /// Reads the text file at <paramref name="fullPath"/> and returns its bytes, for checking, with a content that is not held in
    /// memory: every read reads the file again, after checking that its size and modification time
    /// are still those of this first read (else <see cref="SourceChangedException"/>). For sources
    /// that wait long (a large site's pages, until their markdown is rendered).
    /// </summary>
    public static (byte[] Bytes, TextContent Content) FromSourceFile(string fullPath)
    {
        var (bytes, slice) = SourceFileSlice.ReadFile(fullPath);
        return (bytes, new TextContent(slice));
    }

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
/// Text content (markdown, HTML, YAML): held in memory as a string or as its UTF-8 bytes (which take
/// half the memory and can go to the output without being decoded), or not held at all but read
/// back on every read from where it waits: a slice of its source file
/// (<see cref="DocumentContent.FromSourceFile"/>) or the build's spill file (<see cref="IO.TextSpill"/>). Readers never see the difference: they get the text or its bytes either
/// way. Two contents are equal when their text is.
/// </summary>
public sealed record TextContent : DocumentContent
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly StoredUtf8? _stored;

    /// <summary>Text content holding <paramref name="text"/>.</summary>
    public TextContent(string text) => _text = text;

    /// <summary>Text content holding the UTF-8 <paramref name="utf8"/> (valid UTF-8, not copied).</summary>
    internal TextContent(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>Text content read back from <paramref name="stored"/> on every read.</summary>
    internal TextContent(StoredUtf8 stored) => _stored = stored;

    /// <summary>The text (decoded on every read when held as UTF-8, and read back first when not held in memory).</summary>
    public string Text => _text ?? Utf8.Strict.GetString(Utf8Memory.Span);

    /// <summary>The UTF-8 bytes when the text is held that way (read into a new array on every read when not held in memory), else null.</summary>
    public ReadOnlyMemory<byte>? Utf8Bytes => _text is null ? Utf8Memory : (ReadOnlyMemory<byte>?)null;

    /// <summary>True when the text is not in memory but read back on every read (a slice of its source file, the spill file).</summary>
    public bool IsStored => _stored is not null;

    /// <summary>The text's length in UTF-8 bytes, without reading it back or encoding it when it is held as bytes.</summary>
    public long Utf8Length => _stored?.Length ?? (_text is null ? _utf8.Length : Utf8.Strict.GetByteCount(_text));

    /// <summary>
    /// The text from UTF-8 byte <paramref name="start"/> on (which must start a character), without
    /// reading or copying it when it is held as bytes or as a slice of its source file; null when it
    /// is held as a string or in the spill file.
    /// </summary>
    public TextContent? Utf8From(int start) => _stored switch
    {
        SourceFileSlice slice => new TextContent(slice.From(start)),
        null when _text is null => new TextContent(_utf8[start..]),
        _ => null,
    };

    private ReadOnlyMemory<byte> Utf8Memory => _stored is { } stored ? stored.Read() : _utf8;

    /// <inheritdoc />
    /// <remarks>
    /// A slice of a source file that has changed since it was read cannot be read any more: it
    /// equals only the very same slice (a live preview compares last build's documents with this
    /// build's, and an edited file must count as changed, not fail).
    /// </remarks>
    public bool Equals(TextContent? other)
    {
        if (other is null)
        {
            return false;
        }

        if (_stored is not null && other._stored is not null && _stored.SameAs(other._stored))
        {
            return true;
        }

        try
        {
            return string.Equals(Text, other.Text, StringComparison.Ordinal);
        }
        catch (SourceChangedException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        try
        {
            return string.GetHashCode(Text, StringComparison.Ordinal);
        }
        catch (SourceChangedException)
        {
            return 0; // unreadable: equal to nothing but itself (see Equals)
        }
    }
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
