namespace TwitchSite.Tests.Support;

/// <summary>Copies folders of the repository (the real site, its theme) into a fixture.</summary>
public static class SiteCopy
{
    /// <summary>Copies every file under <paramref name="from"/> to <paramref name="to"/>, skipping node_modules.</summary>
    public static void Folder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Contains("node_modules"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>A fixture holding a copy of the real site's input and theme.</summary>
    public static FixtureSite RealSite()
    {
        var site = FixtureSite.Create("");
        Folder(RepoPaths.Input, site.Input);
        Folder(RepoPaths.Theme, Path.Combine(site.Root, "theme"));
        return site;
    }
}
