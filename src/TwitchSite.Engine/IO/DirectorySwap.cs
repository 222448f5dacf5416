using System.Runtime.InteropServices;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Puts a finished folder in the place of another in one step, so that whoever looks at the
/// place (a web server, a deploy, a person, or the next build after a kill -9) sees the whole
/// old folder or the whole new one, never a mix. On Linux this is <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>, one atomic system call. Where that is missing (another system, or a
/// file system that does not support it) the old folder is renamed aside and the new one renamed
/// into place; if the process dies between the two renames, <see cref="Recover"/> (run before
/// every build) renames the old folder back. Writes nothing but those renames.
/// </summary>
public static partial class DirectorySwap
{
    private const uint RenameExchange = 2;
    private const int AtCurrentFolder = -100;

    /// <summary>
    /// Swaps <paramref name="replacement"/> into <paramref name="target"/>'s place. Afterwards
    /// <paramref name="replacement"/>'s path holds the old folder (or nothing, when
    /// <paramref name="target"/> did not exist).
    /// </summary>
    /// <param name="target">The live folder; may be missing.</param>
    /// <param name="replacement">The finished folder, a sibling of <paramref name="target"/>.</param>
    /// <param name="aside">Where the old folder waits during the fallback's two renames; a sibling too.</param>
    public static void Swap(string target, string replacement, string aside)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(replacement, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(replacement, target))
        {
            return;
        }

        Directory.Move(target, aside);
        Directory.Move(replacement, target);
        Directory.Move(aside, replacement);
    }

    /// <summary>
    /// Finishes or undoes a fallback swap that a killed process left halfway: when
    /// <paramref name="target"/> is missing and <paramref name="aside"/> holds the old folder,
    /// the old folder goes back.
    /// </summary>
    public static void Recover(string target, string aside)
    {
        if (!Directory.Exists(target) && Directory.Exists(aside))
        {
            Directory.Move(aside, target);
        }
    }

    private static bool TryExchange(string from, string to)
    {
        try
        {
            if (RenameAt2(AtCurrentFolder, from, AtCurrentFolder, to, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (glibc before 2.28, musl before 1.2.5)
        }

        var error = Marshal.GetLastPInvokeError();
        // EINVAL: the file system cannot exchange; ENOSYS: the kernel cannot. Anything else is real.
        if (error is 22 or 38)
        {
            return false;
        }

        throw new IOException($"could not put '{from}' in the place of '{to}': {Marshal.GetPInvokeErrorMessage(error)}", error);
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
