using Microsoft.Win32.SafeHandles;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Engine.IO;

/// <summary>
/// One file, inside the build's staging folder, where texts that wait across a phase (pages'
/// rendered HTML waiting for their layouts) are put aside instead of being held in memory, each
/// read back when it is needed. Texts are appended from many threads at once and read from their
/// place. The file is deleted as soon as it is created where the system allows it (its space lives
/// as long as the handle), and in any case when the spill is disposed, which
/// <see cref="OutputFolder"/> does before it commits or discards: the file never reaches the
/// output, and a killed build leaves at most a file inside a staging folder, which the next build
/// deletes. Contents made here can be read only until then.
/// </summary>
public sealed class TextSpill : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private long _end;

    private TextSpill(string path)
    {
        _path = path;
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, FileOptions.DeleteOnClose);
        try
        {
            File.Delete(path); // gone from the folder at once where open files may be unlinked (Linux, macOS)
        }
        catch (IOException)
        {
            // Windows: the file goes when the handle closes (DeleteOnClose).
        }
    }

    /// <summary>Creates the spill file at <paramref name="path"/> (which must not exist).</summary>
    public static TextSpill Create(string path) => new(path);

    /// <summary>Bytes written so far.</summary>
    public long Length => Interlocked.Read(ref _end);

    /// <summary>Puts <paramref name="utf8"/> (valid UTF-8) aside and returns a content that reads it back on every read.</summary>
    public DocumentContent Hold(ReadOnlySpan<byte> utf8)
    {
        var offset = Interlocked.Add(ref _end, utf8.Length) - utf8.Length;
        RandomAccess.Write(_handle, utf8, offset);
        return new TextContent(new SpilledUtf8(this, offset, utf8.Length));
    }

    internal void ReadAt(long offset, Span<byte> into)
    {
        var done = 0;
        while (done < into.Length)
        {
            var read = RandomAccess.Read(_handle, into[done..], offset + done);
            if (read == 0)
            {
                throw new IOException($"the spill file '{_path}' ended before a text put aside in it");
            }

            done += read;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    private sealed class SpilledUtf8(TextSpill spill, long offset, int length) : StoredUtf8
    {
        public override int Length => length;

        public override byte[] Read()
        {
            var bytes = new byte[length];
            spill.ReadAt(offset, bytes);
            return bytes;
        }
    }
}
