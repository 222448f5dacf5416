using System.Text.Json;

namespace TwitchSite.Search.Pagefind;

/// <summary>
/// Finds the Pagefind binary a build should run. First the environment variables Pagefind's own
/// runner honours (<c>PAGEFIND_EXTENDED_BINARY_PATH</c>, then <c>PAGEFIND_BINARY_PATH</c>); then the
/// platform package under the theme's <c>node_modules</c>, where <c>npm ci</c> installs it, but only
/// when its version is the one the theme's <c>package-lock.json</c> locks (a stale install is
/// treated as missing, so it is reinstalled). Reads the file system through the functions given,
/// so the rules can be tested without one.
/// </summary>
public sealed class PagefindLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, string?> readFile)
{
    /// <summary>Environment variables that name a binary to use, in order.</summary>
    public static readonly IReadOnlyList<string> EnvironmentVariables = ["PAGEFIND_EXTENDED_BINARY_PATH", "PAGEFIND_BINARY_PATH"];

    /// <summary>A locator over the real environment and file system.</summary>
    public static PagefindLocator System { get; } = new(Environment.GetEnvironmentVariable, File.Exists, path => File.Exists(path) ? File.ReadAllText(path) : null);

    /// <summary>The binary named by an environment variable, or null.</summary>
    public string? FromEnvironment() =>
        EnvironmentVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Where npm puts the binary for <paramref name="platform"/> under <paramref name="themeFolder"/>.</summary>
    public static string InstalledPath(string themeFolder, PagefindPlatform platform) =>
        Path.Combine([themeFolder, "node_modules", .. platform.Package.Split('/'), "bin", platform.Executable]);

    /// <summary>
    /// The installed binary under <paramref name="themeFolder"/> when it is there and its package
    /// version matches the lockfile (or there is no lockfile to compare with); otherwise null.
    /// </summary>
    public string? FromTheme(string themeFolder, PagefindPlatform platform)
    {
        var binary = InstalledPath(themeFolder, platform);
        var packageFolder = Path.Combine([themeFolder, "node_modules", .. platform.Package.Split('/')]);
        var installed = VersionIn(readFile(Path.Combine(packageFolder, "package.json")), null);
        if (installed is null || !fileExists(binary))
        {
            return null;
        }

        var locked = VersionIn(readFile(Path.Combine(themeFolder, "package-lock.json")), "node_modules/" + platform.Package);
        return locked is null || locked == installed ? binary : null;
    }

    /// <summary>The <c>version</c> of a package.json, or of <c>packages[entry]</c> in a package-lock.json.</summary>
    public static string? VersionIn(string? json, string? lockEntry)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var node = document.RootElement;
            if (node.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (lockEntry is not null && !(node.TryGetProperty("packages", out var packages) && packages.ValueKind == JsonValueKind.Object && packages.TryGetProperty(lockEntry, out node)))
            {
                return null;
            }

            return node.ValueKind == JsonValueKind.Object && node.TryGetProperty("version", out var version) ? version.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
