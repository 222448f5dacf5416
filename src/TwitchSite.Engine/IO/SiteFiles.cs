using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Engine.IO;

/// <summary>
/// Lists and checks the files of a site folder (input or theme) so that nothing outside it is
/// ever read into the site. Symbolic links are followed only while their real path stays inside
/// the site folder; a link that leads out of it, that loops, or whose target is missing is
/// reported (<see cref="LinkProblem"/>) and skipped, never read. So is anything that is neither a
/// file nor a folder (a named pipe, a socket, a device): opening a pipe blocks until something
/// writes to it, which would hang the build. Names starting with '.' (.git, editors' swap files)
/// are never listed. Reads only folder listings, link targets and file types.
/// </summary>
public static class SiteFiles
{
    /// <summary>
    /// The files under <paramref name="folder"/>, as paths through the folder (a file reached
    /// through a linked folder keeps the link's name in its path), in no particular order.
    /// </summary>
    /// <param name="folder">The folder to list; a missing folder lists nothing.</param>
    /// <param name="siteFolder">The site folder that every real path must stay inside (<paramref name="folder"/> or one of its parents).</param>
    /// <param name="report">Told of each link that is skipped, and why.</param>
    public static IEnumerable<string> Enumerate(string folder, string siteFolder, Action<LinkProblem> report)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(full) || RealPath.TryResolve(siteFolder) is not { } boundary || RealPath.TryResolve(full) is not { } realFolder)
        {
            return [];
        }

        if (!RealPath.IsSameOrInside(realFolder, boundary))
        {
            report(new LinkProblem(full, LinkProblemKind.OutsideSite));
            return [];
        }

        return Walk(full, [realFolder], boundary, report);
    }

    /// <summary>What is wrong with reading the file <paramref name="path"/> as part of the site in <paramref name="siteFolder"/>, or null when nothing is.</summary>
    public static LinkProblem? Check(string path, string siteFolder)
    {
        var full = Path.GetFullPath(path);
        if (RealPath.TryResolve(full) is not { } real)
        {
            return new LinkProblem(full, LinkProblemKind.Loop);
        }

        if (!Path.Exists(real))
        {
            return Path.Exists(full) || new FileInfo(full).LinkTarget is null ? null : new LinkProblem(full, LinkProblemKind.Broken);
        }

        if (RealPath.TryResolve(siteFolder) is not { } boundary || !RealPath.IsSameOrInside(real, boundary))
        {
            return new LinkProblem(full, LinkProblemKind.OutsideSite);
        }

        return FileKind.IsSpecial(real) ? new LinkProblem(full, LinkProblemKind.NotAFile) : null;
    }

    private static IEnumerable<string> Walk(string folder, List<string> realAncestors, string boundary, Action<LinkProblem> report)
    {
        var subfolders = new List<(string Path, string Real)>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry.LinkTarget is null)
            {
                if (entry is DirectoryInfo)
                {
                    subfolders.Add((entry.FullName, Path.Combine(realAncestors[^1], entry.Name)));
                }
                else if (FileKind.IsSpecial(entry.FullName))
                {
                    report(new LinkProblem(entry.FullName, LinkProblemKind.NotAFile));
                }
                else
                {
                    yield return entry.FullName;
                }

                continue;
            }

            if (Follow(entry.FullName, realAncestors, boundary) is { } problem)
            {
                report(problem);
            }
            else if (Directory.Exists(entry.FullName))
            {
                subfolders.Add((entry.FullName, RealPath.TryResolve(entry.FullName)!));
            }
            else if (FileKind.IsSpecial(entry.FullName))
            {
                report(new LinkProblem(entry.FullName, LinkProblemKind.NotAFile)); // a link to a pipe blocks as the pipe does
            }
            else
            {
                yield return entry.FullName;
            }
        }

        foreach (var (path, real) in subfolders)
        {
            realAncestors.Add(real);
            foreach (var file in Walk(path, realAncestors, boundary, report))
            {
                yield return file;
            }

            realAncestors.RemoveAt(realAncestors.Count - 1);
        }
    }

    /// <summary>Why the link at <paramref name="link"/> may not be followed, or null when it may.</summary>
    private static LinkProblem? Follow(string link, List<string> realAncestors, string boundary)
    {
        if (RealPath.TryResolve(link) is not { } real)
        {
            return new LinkProblem(link, LinkProblemKind.Loop);
        }

        if (!Path.Exists(real))
        {
            return new LinkProblem(link, LinkProblemKind.Broken);
        }

        if (!RealPath.IsSameOrInside(real, boundary))
        {
            return new LinkProblem(link, LinkProblemKind.OutsideSite);
        }

        // A linked folder that is one of the folders we are in would be listed forever.
        return Directory.Exists(real) && realAncestors.Any(a => RealPath.IsSameOrInside(a, real))
            ? new LinkProblem(link, LinkProblemKind.Loop)
            : null;
    }
}

/// <summary>Why a symbolic link in a site folder was not followed.</summary>
public enum LinkProblemKind
{
    /// <summary>Its real path is outside the site folder.</summary>
    OutsideSite,

    /// <summary>Following it leads back to where it started.</summary>
    Loop,

    /// <summary>What it points to does not exist.</summary>
    Broken,

    /// <summary>It is neither a file nor a folder (a named pipe, a socket, a device), or a link to one: never opened.</summary>
    NotAFile,
}

/// <summary>A symbolic link that was not followed, or an entry that is not a file (<see cref="LinkProblemKind.NotAFile"/>).</summary>
/// <param name="Path">The link itself, as found in the site folder.</param>
/// <param name="Kind">Why it was not followed.</param>
public sealed record LinkProblem(string Path, LinkProblemKind Kind)
{
    /// <summary>
    /// The error to report. It never says where the link points: a site's output and logs must
    /// not learn what lies outside it.
    /// </summary>
    /// <param name="descriptors">The engine's descriptors, with the application's codes.</param>
    public Diagnostic ToDiagnostic(EngineDiagnostics descriptors)
    {
        var descriptor = Kind switch
        {
            LinkProblemKind.OutsideSite => descriptors.LinkOutsideSite,
            LinkProblemKind.Loop => descriptors.LinkLoop,
            LinkProblemKind.NotAFile => descriptors.NotAFile,
            _ => descriptors.LinkBroken,
        };
        return descriptor.Create(new SourceLocation(Path));
    }
}
