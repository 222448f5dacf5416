using System.Runtime.InteropServices;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Tells a regular file or folder from anything else a folder can hold (a named pipe, a socket, a
/// character or block device). .NET exposes no file type: on Linux a pipe's
/// <see cref="FileSystemInfo.Attributes"/> is <see cref="FileAttributes.Normal"/>, like a file's, and
/// opening it blocks until something writes to it. So the type is read with <c>stat</c> through the
/// runtime's own native library (<c>libSystem.Native</c>, shipped with .NET on every Unix), whose
/// file status has the same layout on every architecture, unlike libc's <c>struct stat</c>.
/// </summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;   // S_IFMT, as System.Native reports it on every Unix
    private const int RegularFile = 0x8000; // S_IFREG
    private const int Directory = 0x4000;   // S_IFDIR

    /// <summary>
    /// True when <paramref name="path"/> (a link is followed) exists and is neither a regular file nor
    /// a folder. False on Windows, where site folders hold no pipes, and when the type cannot be read
    /// (the path is missing, or the runtime's library lacks the call): the caller's own checks then apply.
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            if (Stat(path, out var status) != 0)
            {
                return false;
            }

            var type = status.Mode & TypeMask;
            return type is not (RegularFile or Directory);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, out Status status);

    /// <summary>
    /// The start of System.Native's <c>FileStatus</c> (<c>Flags</c>, then <c>Mode</c>), padded well past
    /// the whole structure's size so the native call never writes beyond it.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct Status
    {
        public int Flags;
        public int Mode;
    }
}
