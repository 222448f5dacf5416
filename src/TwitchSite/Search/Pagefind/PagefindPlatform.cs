using System.Runtime.InteropServices;

namespace TwitchSite.Search.Pagefind;

/// <summary>
/// Which of Pagefind's platform packages holds the binary for a machine: npm installs only the
/// one that matches (<c>@pagefind/linux-x64</c>, <c>@pagefind/darwin-arm64</c>, ...), as Pagefind's
/// own runner expects, with the binary at <c>bin/pagefind_extended</c> (<c>.exe</c> on Windows).
/// </summary>
/// <param name="Package">npm package name, e.g. <c>@pagefind/linux-x64</c>.</param>
/// <param name="Executable">File name of the binary inside the package's <c>bin/</c>.</param>
public sealed record PagefindPlatform(string Package, string Executable)
{
    /// <summary>The Pagefind version the theme's package.json pins; the generator's markup and scripts are written for it.</summary>
    public const string Version = "1.6.0";

    // The platforms Pagefind 1.6.0 publishes a binary for (its optionalDependencies).
    private static readonly HashSet<string> Published = new(StringComparer.Ordinal)
    {
        "darwin-arm64", "darwin-x64", "freebsd-x64", "linux-arm64", "linux-x64", "windows-arm64", "windows-x64",
    };

    /// <summary>The package for this machine, or null when Pagefind publishes none for it.</summary>
    public static PagefindPlatform? Current => For(CurrentOs(), RuntimeInformation.OSArchitecture);

    /// <summary>The package for <paramref name="os"/> (Node's names: linux, darwin, freebsd, windows) and <paramref name="architecture"/>.</summary>
    public static PagefindPlatform? For(string? os, Architecture architecture)
    {
        var cpu = architecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        var name = $"{os}-{cpu}";
        if (os is null || cpu is null || !Published.Contains(name))
        {
            return null;
        }

        return new PagefindPlatform("@pagefind/" + name, os == "windows" ? "pagefind_extended.exe" : "pagefind_extended");
    }

    private static string? CurrentOs() =>
        OperatingSystem.IsLinux() ? "linux" :
        OperatingSystem.IsMacOS() ? "darwin" :
        OperatingSystem.IsFreeBSD() ? "freebsd" :
        OperatingSystem.IsWindows() ? "windows" : null;
}
