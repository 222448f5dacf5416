namespace TwitchSite.Site;

/// <summary>The folders one build reads and writes, as absolute paths.</summary>
/// <param name="Input">The site's content (input/).</param>
/// <param name="Theme">Layouts and assets (theme/).</param>
/// <param name="Output">Where the site is written (output/).</param>
public sealed record SitePaths(string Input, string Theme, string Output)
{
    /// <summary>Creates absolute paths from possibly relative ones.</summary>
    public static SitePaths From(string input, string theme, string output) =>
        new(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output));

    /// <summary>Layout folders, overriding first.</summary>
    public IReadOnlyList<string> LayoutFolders => [Path.Combine(Input, "layouts"), Path.Combine(Theme, "layouts")];
}
