namespace TwitchSite.Engine.IO;

/// <summary>
/// An exclusive lock that every process on the machine respects, held as long as this object
/// lives: a lock file opened with <see cref="FileShare.None"/> (an advisory <c>flock</c> on Unix,
/// a sharing lock on Windows). The system releases it when the process ends in any way,
/// kill -9 included, so a crashed holder never blocks anyone. The lock file itself is left in place.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="path"/> at once, or returns null when another holder has it.</summary>
    public static FileLock? TryAcquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>
    /// Waits until the lock on <paramref name="path"/> is free and takes it. Calls
    /// <paramref name="waiting"/> once, before the first wait, so the user learns why nothing happens.
    /// </summary>
    /// <exception cref="TimeoutException">Another holder kept it longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled while waiting.</exception>
    public static FileLock Acquire(string path, TimeSpan timeout, Action? waiting = null, CancellationToken cancellation = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (TryAcquire(path) is { } acquired)
            {
                return acquired;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"another process has held the lock {path} for more than {timeout.TotalMinutes:0} minutes");
            }

            waiting?.Invoke();
            waiting = null;
            cancellation.WaitHandle.WaitOne(100);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
