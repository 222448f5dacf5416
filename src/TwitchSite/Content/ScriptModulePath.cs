namespace TwitchSite.Content;

/// <summary>
/// A path as Node's <c>require.resolve</c> finds the file it names: Docusaurus' configuration
/// writes <c>require.resolve('./sidebars')</c> without an extension, and Node (with the loader
/// Docusaurus runs TypeScript configurations with) tries the file as written, then with each
/// script or data extension, then as a folder's <c>index</c> file.
/// </summary>
public static class ScriptModulePath
{
    /// <summary>The extensions tried after the path as written, in the order they are tried.</summary>
    public static readonly string[] Extensions = [".js", ".json", ".ts", ".mjs", ".cjs", ".mts", ".cts"];

    /// <summary>The file <paramref name="path"/> (full) resolves to, or null when none exists.</summary>
    public static string? Resolve(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        foreach (var extension in Extensions)
        {
            if (File.Exists(path + extension))
            {
                return path + extension;
            }
        }

        return Directory.Exists(path)
            ? Extensions.Select(e => Path.Combine(path, "index" + e)).FirstOrDefault(File.Exists)
            : null;
    }
}
