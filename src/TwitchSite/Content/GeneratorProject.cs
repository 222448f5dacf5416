namespace TwitchSite.Content;

/// <summary>
/// The project of another generator whose docs folder is being built: an mdBook book
/// (<c>book.toml</c> beside its <c>src</c> folder) or an MkDocs project (<c>mkdocs.yml</c>
/// beside its <c>docs</c> folder). Found from the input folder by looking at the folder
/// itself and its parent; reads only file names. Used to let mdBook's includes reach the
/// book's other folders (<c>../listings/…</c>, as mdBook allows) and to find <c>mkdocs.yml</c>.
/// </summary>
/// <param name="Root">The project's folder (full path).</param>
/// <param name="ConfigFile">Its configuration file (full path).</param>
public sealed record GeneratorProject(string Root, string ConfigFile)
{
    /// <summary>The generator configuration files recognised, in the order they are looked for.</summary>
    public static readonly string[] ConfigNames = ["book.toml", "mkdocs.yml", "mkdocs.yaml"];

    /// <summary>
    /// The project <paramref name="inputFolder"/> belongs to: its parent when the parent has a
    /// generator's configuration file (a book's <c>src</c>, an MkDocs <c>docs</c>), or the input
    /// folder itself when it has one; else null (a plain folder of markdown).
    /// </summary>
    public static GeneratorProject? Of(string inputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        foreach (var folder in new[] { full, Path.GetDirectoryName(full) })
        {
            if (folder is null)
            {
                continue;
            }

            foreach (var name in ConfigNames)
            {
                var config = Path.Combine(folder, name);
                if (File.Exists(config))
                {
                    return new GeneratorProject(folder, config);
                }
            }
        }

        return null;
    }

    /// <summary>The folder includes may read from: the project's folder, else the input folder.</summary>
    public static string IncludeRoot(string inputFolder) => Of(inputFolder)?.Root ?? Path.GetFullPath(inputFolder);
}
