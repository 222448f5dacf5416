using Microsoft.Win32.SafeHandles;

namespace TwitchSite.Engine.Documents;

/// <summary>
/// A run of bytes of a source file (a page's body after its front matter), read from the file
/// again on every read instead of being held for the whole build. The file's size and modification
/// time when it was first read are recorded: a file changed since then is never read as if it were
/// the same file (<see cref="SourceChangedException"/>), so a build never mixes two versions of a page.
/// </summary>
internal sealed class SourceFileSlice : StoredUtf8
{
    private readonly string _path;
    private readonly long _offset;
    private readonly int _length;
    private readonly long _fileLength;
    private readonly DateTime _lastWriteUtc;

    private SourceFileSlice(string path, long offset, int length, long fileLength, DateTime lastWriteUtc)
    {
        _path = path;
        _offset = offset;
        _length = length;
        _fileLength = fileLength;
        _lastWriteUtc = lastWriteUtc;
    }

    /// <inheritdoc />
    public override int Length => _length;

    /// <summary>
    /// Reads the whole file at <paramref name="path"/> and records its stamp, taken from the open
    /// file (so the bytes and the stamp belong together): returns the bytes and a slice standing for them.
    /// </summary>
    public static (byte[] Bytes, SourceFileSlice Slice) ReadFile(string path)
    {
        using var handle = Open(path);
        var length = RandomAccess.GetLength(handle);
        var lastWrite = File.GetLastWriteTimeUtc(handle);
        var bytes = new byte[checked((int)length)];
        ReadExactly(handle, bytes, 0, path);
        return (bytes, new SourceFileSlice(path, 0, bytes.Length, length, lastWrite));
    }

    /// <summary>The part of this slice from <paramref name="start"/> (in bytes) on, without reading the file.</summary>
    public SourceFileSlice From(int start) =>
        new(_path, _offset + start, _length - start, _fileLength, _lastWriteUtc);

    /// <inheritdoc />
    /// <exception cref="SourceChangedException">The file is no longer the one first read, or its bytes there are no longer valid UTF-8.</exception>
    public override byte[] Read()
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(_path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SourceChangedException(_path, exception);
        }

        using (handle)
        {
            if (RandomAccess.GetLength(handle) != _fileLength || File.GetLastWriteTimeUtc(handle) != _lastWriteUtc)
            {
                throw new SourceChangedException(_path);
            }

            var bytes = new byte[_length];
            ReadExactly(handle, bytes, _offset, _path);
            // Same size and time, yet a text made of other bytes is still caught when it breaks UTF-8
            // (the rest of the pipeline decodes strictly).
            return System.Text.Unicode.Utf8.IsValid(bytes) ? bytes : throw new SourceChangedException(_path);
        }
    }

    /// <inheritdoc />
    public override bool SameAs(StoredUtf8 other) =>
        other is SourceFileSlice slice && slice._offset == _offset && slice._length == _length && slice._fileLength == _fileLength
        && slice._lastWriteUtc == _lastWriteUtc && string.Equals(slice._path, _path, StringComparison.Ordinal);

    private static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static void ReadExactly(SafeFileHandle handle, byte[] bytes, long offset, string path)
    {
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), offset + done);
            if (read == 0)
            {
                throw new SourceChangedException(path); // shorter than its recorded size: cut while being read
            }

            done += read;
        }
    }
}
