namespace TwitchSite.Engine.IO;

/// <summary>Checks and normalises paths inside the output folder.</summary>
public static class OutputPaths
{
    /// <summary>
    /// Returns <paramref name="relativePath"/> with '/' separators, or throws when it is rooted
    /// or climbs out of the folder with '..'.
    /// </summary>
    /// <exception cref="ArgumentException">The path would leave the output folder.</exception>
    public static string Normalize(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || Path.IsPathRooted(path) || path.Split('/').Any(s => s is ".." or "." or ""))
        {
            throw new ArgumentException($"'{relativePath}' is not a path inside the output folder", nameof(relativePath));
        }

        return path;
    }
}
