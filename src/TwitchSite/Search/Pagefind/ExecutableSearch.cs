namespace TwitchSite.Search.Pagefind;

/// <summary>Finds a program on the <c>PATH</c>, as a shell would (with <c>PATHEXT</c> endings on Windows).</summary>
public static class ExecutableSearch
{
    /// <summary>The full path of <paramref name="name"/> in the folders of <paramref name="pathVariable"/>, or null.</summary>
    /// <param name="name">Program name without extension, e.g. <c>npm</c>.</param>
    /// <param name="pathVariable">The value of PATH.</param>
    /// <param name="extensions">Endings to try (Windows: PATHEXT, e.g. <c>.CMD</c>); an empty string tries the bare name.</param>
    /// <param name="fileExists">Checks a file (the real file system unless a test gives another).</param>
    public static string? Find(string name, string? pathVariable, IReadOnlyList<string> extensions, Func<string, bool> fileExists)
    {
        if (string.IsNullOrEmpty(pathVariable))
        {
            return null;
        }

        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(folder.Trim('"'), name + extension);
                if (fileExists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Finds <paramref name="name"/> on this machine's PATH.</summary>
    public static string? OnPath(string name)
    {
        IReadOnlyList<string> extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [""];
        return Find(name, Environment.GetEnvironmentVariable("PATH"), extensions, File.Exists);
    }
}
