using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Search;

/// <summary>
/// Gets a Pagefind binary for a build, or says why there is none. Uses the binary named by
/// Pagefind's environment variables, else the one under the theme's <c>node_modules</c>; when that
/// is missing (or not the locked version) and npm is on the PATH, installs it once with
/// <c>npm ci</c> from the theme's <c>package-lock.json</c>, holding <see cref="InstallLock"/> so
/// parallel builds install once. Problems are warnings (TW0601, TW0602), errors under --strict:
/// the site is still complete without search.
/// </summary>
public sealed class PagefindProvider(string themeFolder, PagefindLocator locator, Func<string?> findNpm, Func<string, string, ProcessResult> runNpm)
{
    /// <summary>
    /// A provider for the real machine. Pagefind is installed under the theme when the theme has a
    /// <c>package.json</c> (this repository's theme/); otherwise (the default theme, or a theme
    /// without npm files) into a per-user folder, <see cref="UserToolsFolder"/>, seeded with the
    /// package.json and package-lock.json that ship with the tool, so every site shares one install.
    /// </summary>
    public static PagefindProvider For(string themeFolder) => new(
        NpmFolder(themeFolder),
        PagefindLocator.System,
        () => ExecutableSearch.OnPath("npm"),
        (npm, folder) => ProcessRunner.Run(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(10)));

    /// <summary>Folder beside the tool's assembly holding the package.json and package-lock.json that pin Pagefind.</summary>
    public static string ShippedNpmFiles => Path.Combine(AppContext.BaseDirectory, "PagefindTools");

    /// <summary>
    /// The per-user folder Pagefind is installed into for sites whose theme brings no package.json:
    /// <c>TWITCHSITE_TOOLS</c> when set, else the user's local application data folder
    /// (<c>~/.local/share</c> on Linux) under <c>twitchsite/pagefind-VERSION</c>.
    /// </summary>
    public static string UserToolsFolder =>
        Environment.GetEnvironmentVariable("TWITCHSITE_TOOLS") is { Length: > 0 } named
            ? Path.GetFullPath(named)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "twitchsite", "pagefind-" + PagefindPlatform.Version);

    /// <summary>Where npm installs Pagefind for <paramref name="themeFolder"/>: the theme itself when it has a package.json, else <see cref="UserToolsFolder"/> (seeded).</summary>
    public static string NpmFolder(string themeFolder)
    {
        // Only the built-in theme installs per user; a theme a site brings keeps its own npm files (or is told to add them, TW0601).
        if (!Themes.ThemeLocator.IsDefault(themeFolder) || File.Exists(Path.Combine(themeFolder, "package.json")) || !File.Exists(Path.Combine(ShippedNpmFiles, "package.json")))
        {
            return themeFolder;
        }

        var folder = UserToolsFolder;
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var name in new[] { "package.json", "package-lock.json" })
            {
                var shipped = File.ReadAllBytes(Path.Combine(ShippedNpmFiles, name));
                var target = Path.Combine(folder, name);
                if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(shipped))
                {
                    File.WriteAllBytes(target, shipped);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return themeFolder; // reported as "no package.json" by Provide, with the way out
        }

        return folder;
    }

    /// <summary>The binary to run, or null after reporting to <paramref name="sink"/> why search cannot be built.</summary>
    public string? Provide(DiagnosticSink sink)
    {
        if (locator.FromEnvironment() is { } named)
        {
            if (File.Exists(named))
            {
                return named;
            }

            sink.Add(Codes.PagefindNamedMissing.Create(null, string.Join(" or ", PagefindLocator.EnvironmentVariables), named));
            return null;
        }

        var packageJson = Path.Combine(themeFolder, "package.json");
        var where = PinLocation(packageJson);
        if (PagefindPlatform.Current is not { } platform)
        {
            sink.Add(Codes.PagefindNoBinary.Create(where, PagefindPlatform.Version, Environment.OSVersion.Platform, System.Runtime.InteropServices.RuntimeInformation.OSArchitecture));
            return null;
        }

        InstallLock installLock;
        try
        {
            installLock = InstallLock.Acquire(themeFolder, TimeSpan.FromMinutes(15));
        }
        catch (TimeoutException exception)
        {
            sink.Add(Codes.PagefindInstallLocked.Create(where, exception.Message));
            return null;
        }

        using (installLock)
        {
            return ProvideLocked(sink, platform, packageJson, where);
        }
    }

    private string? ProvideLocked(DiagnosticSink sink, PagefindPlatform platform, string packageJson, SourceLocation? where)
    {
        if (locator.FromTheme(themeFolder, platform) is { } installed)
        {
            return installed;
        }

        if (!File.Exists(packageJson) || !File.Exists(Path.Combine(themeFolder, "package-lock.json")))
        {
            sink.Add(Codes.PagefindNoLockfile.Create(where, PagefindPlatform.Version));
            return null;
        }

        if (findNpm() is not { } npm)
        {
            sink.Add(Codes.PagefindNoNpm.Create(where, PagefindPlatform.Version));
            return null;
        }

        ProcessResult result;
        try
        {
            result = runNpm(npm, themeFolder);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            result = new ProcessResult(-1, exception.Message, TimeSpan.Zero, TimedOut: false);
        }

        if (result.ExitCode != 0)
        {
            sink.Add(Codes.PagefindInstallFailed.Create(where, result.ExitCode, result.Tail()));
            return null;
        }

        if (locator.FromTheme(themeFolder, platform) is { } fresh)
        {
            return fresh;
        }

        sink.Add(Codes.PagefindInstallIncomplete.Create(where, PagefindLocator.InstalledPath(themeFolder, platform), PagefindPlatform.Version));
        return null;
    }

    /// <summary>Where package.json names pagefind (its line), or the file's start; null when there is no file.</summary>
    private static SourceLocation? PinLocation(string packageJson)
    {
        if (!File.Exists(packageJson))
        {
            return null;
        }

        var lines = File.ReadAllLines(packageJson);
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf("\"pagefind\"", StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(Path.GetFullPath(packageJson), i + 1, column + 1);
            }
        }

        return new SourceLocation(Path.GetFullPath(packageJson));
    }
}
