using System.Text;

namespace TwitchSite.Engine.IO;

/// <summary>
/// A text writer that encodes what it is given straight into a reusable UTF-8 byte buffer
/// (strict: a lone surrogate throws), so a rendered page can be compared with the output and
/// written without first becoming a string. Reuse one per thread: <see cref="Clear"/> keeps the
/// buffer. Its asynchronous writes complete at once.
/// </summary>
public sealed class Utf8BufferWriter : TextWriter
{
    private readonly Encoder _encoder = Utf8.Strict.GetEncoder();
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public Utf8BufferWriter(int capacity = 64 * 1024)
    {
        _buffer = new byte[capacity];
    }

    /// <inheritdoc />
    public override Encoding Encoding => Utf8.Strict;

    /// <summary>Most bytes the writer holds; a write past it throws <see cref="OutputTooLargeException"/>. Unlimited by default.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The bytes written since the last <see cref="Clear"/>, valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>Appends bytes that are already UTF-8 (a finished piece of the page), without decoding them.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Flush(); // a character half-written before raw bytes is an error, not something to carry over
        EnsureRoom(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        EnsureRoom(Utf8.Strict.GetMaxByteCount(buffer.Length));
        _length += _encoder.GetBytes(buffer, _buffer.AsSpan(_length), flush: false);
    }

    /// <inheritdoc />
    public override void Flush()
    {
        EnsureRoom(Utf8.Strict.GetMaxByteCount(0));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
    }

    /// <inheritdoc />
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    private void EnsureRoom(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            if ((long)_length + bytes > MaxLength)
            {
                throw new OutputTooLargeException(MaxLength);
            }

            Array.Resize(ref _buffer, (int)Math.Min(Math.Max(_buffer.Length * 2L, _length + bytes), Math.Max(MaxLength, _length + bytes)));
        }
    }
}
