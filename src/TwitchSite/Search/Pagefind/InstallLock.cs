using System.Security.Cryptography;
using System.Text;
using TwitchSite.Engine.IO;

namespace TwitchSite.Search.Pagefind;

/// <summary>
/// A lock shared by every TwitchSite process on the machine that looks at or installs one theme's
/// npm packages, so builds running side by side (tests do) never run <c>npm ci</c> twice at once
/// or run a binary that another process is half way through installing. It is an exclusive file
/// lock on a file in the temporary folder, named after the theme's path (not inside
/// <c>node_modules</c>, which <c>npm ci</c> deletes).
/// </summary>
public sealed class InstallLock : IDisposable
{
    private readonly FileLock _lock;

    private InstallLock(FileLock fileLock) => _lock = fileLock;

    /// <summary>Waits until the lock for <paramref name="themeFolder"/> is free and takes it.</summary>
    /// <exception cref="TimeoutException">Another process held it longer than <paramref name="timeout"/>.</exception>
    public static InstallLock Acquire(string themeFolder, TimeSpan timeout)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(themeFolder))))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"twitchsite-npm-{hash}.lock");
        try
        {
            return new InstallLock(FileLock.Acquire(path, timeout));
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"another build has been installing Pagefind for more than {timeout.TotalMinutes:0} minutes (lock file {path})", exception);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
