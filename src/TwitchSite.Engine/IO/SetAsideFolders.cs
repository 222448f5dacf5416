namespace TwitchSite.Engine.IO;

/// <summary>
/// Deletes work folders later instead of now. <see cref="SetAside"/> renames a folder to a hidden
/// sibling (<c>.name.set-aside-…</c>) in one step, so its name is free at once;
/// <see cref="DeleteAll"/> deletes every folder set aside in a parent folder, when nobody is
/// waiting. A live preview stopping its background search indexing for a new save uses it: the
/// indexing's half-written folders hold up to tens of thousands of files, and deleting them
/// would delay the very rebuild the save asked for.
/// </summary>
public static class SetAsideFolders
{
    private const string Marker = ".set-aside-";

    /// <summary>Renames <paramref name="folder"/> out of the way; nothing happens when it does not exist.</summary>
    /// <returns>Where the folder is now, or null when there was none.</returns>
    public static string? SetAside(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(full))
        {
            return null;
        }

        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("a file system root cannot be set aside", nameof(folder));
        var aside = Path.Combine(parent, "." + Path.GetFileName(full).TrimStart('.') + Marker + Guid.NewGuid().ToString("N"));
        Directory.Move(full, aside);
        return aside;
    }

    /// <summary>
    /// Deletes one folder that was set aside, now; what cannot be deleted (a file the user may
    /// not remove) stays set aside for <see cref="DeleteAll"/> to try again later.
    /// </summary>
    /// <returns>False when something was left.</returns>
    public static bool DeleteTreeQuietly(string folder, CancellationToken cancellation = default)
    {
        try
        {
            return DeleteTree(folder, cancellation);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the folders set aside in <paramref name="parent"/> whose original names started
    /// with <paramref name="namePrefix"/> and a dot (hidden folders lose their leading dot), one file at a
    /// time so that <paramref name="cancellation"/> stops it within moments, even in a folder of
    /// ten thousand files on a slow disk (the rest waits for the next call).
    /// </summary>
    /// <returns>False when it was cancelled before everything was deleted.</returns>
    public static bool DeleteAll(string parent, string namePrefix, CancellationToken cancellation = default)
    {
        if (!Directory.Exists(parent))
        {
            return true;
        }

        // The dot after the name keeps "site" from matching another output's ".site-fr.staging".
        foreach (var folder in Directory.EnumerateDirectories(parent, "." + namePrefix.TrimStart('.') + ".*" + Marker + "*").ToList())
        {
            try
            {
                if (!DeleteTree(folder, cancellation))
                {
                    return false;
                }
            }
            catch (DirectoryNotFoundException)
            {
                // deleted meanwhile by another preview of the same output: nothing left to do
            }
        }

        return true;
    }

    private static bool DeleteTree(string folder, CancellationToken cancellation)
    {
        foreach (var child in Directory.EnumerateDirectories(folder).ToList())
        {
            if (new DirectoryInfo(child).LinkTarget is not null)
            {
                Directory.Delete(child); // a link: remove the link, never what it points to
                continue;
            }

            if (!DeleteTree(child, cancellation))
            {
                return false;
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder).ToList())
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            File.Delete(file);
            KillPoints.Reach(KillPoints.OldFileDeleted);
        }

        Directory.Delete(folder);
        return true;
    }
}
