namespace TwitchSite.Testing;

/// <summary>Finds the repository's folders from the test binaries.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding TwitchSite.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real site's input folder.</summary>
    public static string Input => Path.Combine(Root, "input");

    /// <summary>The real theme.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The built command-line program, next to the test assembly that references it.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "twitchsite.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TwitchSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TwitchSite.sln not found above " + AppContext.BaseDirectory);
    }
}
