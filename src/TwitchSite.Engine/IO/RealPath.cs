namespace TwitchSite.Engine.IO;

/// <summary>
/// Resolves a path to where it really is on disk, following every symbolic link in it (in any
/// of its folders, not only the last name), as <c>realpath(3)</c> does, but without needing the
/// whole path to exist: the part after the first missing name is appended as it is. Reads only
/// link targets; never opens a file.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this in one resolution is a loop (Linux gives up at 40 too).</summary>
    public const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/>; null when following its links loops.</summary>
    /// <param name="path">An absolute or relative path; relative ones are taken from the working folder.</param>
    public static string? TryResolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var resolved = root;
        var links = 0;
        var missing = false;
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, name);
            var target = missing ? null : LinkTargetOf(next);
            if (target is null)
            {
                missing = missing || !Path.Exists(next);
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target replaces this name: an absolute one starts again from its root.
            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target) ?? "/";
                resolved = targetRoot;
                target = target[targetRoot.Length..];
            }

            foreach (var part in Split(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both already resolved).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // not there, or not readable: treated as a plain name
        }
    }

    private static string[] Split(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
