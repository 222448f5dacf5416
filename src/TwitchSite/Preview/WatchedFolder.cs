namespace TwitchSite.Preview;

/// <summary>
/// A folder the live preview watches: all of it with its sub-folders, or only some files at its
/// top (<see cref="Files"/>, full paths), such as <c>mkdocs.yml</c> beside a docs folder.
/// </summary>
/// <param name="Folder">The folder (full path).</param>
/// <param name="Recursive">True to watch every file below it; false to watch only <paramref name="Files"/>.</param>
/// <param name="Files">The files watched when not recursive (full paths, all directly in the folder).</param>
public sealed record WatchedFolder(string Folder, bool Recursive, IReadOnlyList<string> Files)
{
    /// <summary>A folder watched with everything below it.</summary>
    public static WatchedFolder All(string folder) => new(Path.GetFullPath(folder), true, []);

    /// <summary>One file, watched alone.</summary>
    public static WatchedFolder File(string file) =>
        new(Path.GetDirectoryName(Path.GetFullPath(file))!, false, [Path.GetFullPath(file)]);
}
