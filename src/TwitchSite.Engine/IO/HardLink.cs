using System.Runtime.InteropServices;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Gives a file a second name without copying its bytes (a hard link), so a new output folder
/// can hold the previous build's unchanged files at almost no cost. Where a hard link cannot be
/// made (another system, another file system, a file the user may not link) the file is copied.
/// Neither name is ever written through afterwards: every build writes new files, never into
/// existing ones, so the two folders sharing a file cannot change each other.
/// </summary>
public static partial class HardLink
{
    private static bool _unavailable = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS();

    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existing"/>, or a copy of it.</summary>
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (!_unavailable)
        {
            try
            {
                if (Link(existing, newPath) == 0)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
            {
                _unavailable = true;
            }
        }

        File.Copy(existing, newPath, overwrite: false);
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string newPath);
}
