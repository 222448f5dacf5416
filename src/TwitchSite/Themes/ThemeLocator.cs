namespace TwitchSite.Themes;

/// <summary>
/// Decides which folders a command uses when the user leaves them out, so the tool works from any
/// working directory: the input folder is <c>input</c> when the working directory has one, else
/// <c>docs</c>; the theme is the one given with <c>-t</c>, else a <c>theme</c> folder beside the
/// input folder (this repository: input/ and theme/ side by side), else the default theme that
/// ships inside the tool (<see cref="DefaultTheme"/>).
/// </summary>
public static class ThemeLocator
{
    /// <summary>Folder name of the default theme beside the tool's assembly.</summary>
    public const string DefaultThemeFolderName = "DefaultTheme";

    /// <summary>The default theme that ships with the tool (layouts and assets).</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, DefaultThemeFolderName);

    /// <summary>The input folder to use when none is given: <c>input</c> if it exists, else <c>docs</c> if it exists, else <c>input</c>.</summary>
    public static string DefaultInput(string workingDirectory)
    {
        foreach (var candidate in new[] { "input", "docs" })
        {
            if (Directory.Exists(Path.Combine(workingDirectory, candidate)))
            {
                return candidate;
            }
        }

        return "input";
    }

    /// <summary>The theme folder for <paramref name="input"/> when none is given: <c>theme/</c> beside it when its <c>layouts/</c> holds Liquid layouts, else the default theme.</summary>
    public static string DefaultThemeFor(string input)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
        var beside = parent is null ? null : Path.Combine(parent, "theme");
        // Only a theme of this generator's (Liquid layouts): a Hugo theme checked out beside the
        // site (Docsy's repository has docsy.dev/ and theme/ side by side) is not one.
        return beside is not null && Directory.Exists(Path.Combine(beside, "layouts"))
            && Directory.EnumerateFiles(Path.Combine(beside, "layouts"), "*.liquid", SearchOption.AllDirectories).Any() ? beside : DefaultTheme;
    }

    /// <summary>True when <paramref name="theme"/> is the tool's default theme.</summary>
    public static bool IsDefault(string theme) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(theme)), Path.TrimEndingDirectorySeparator(DefaultTheme), StringComparison.Ordinal);
}
