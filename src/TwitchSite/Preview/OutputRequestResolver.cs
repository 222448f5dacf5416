namespace TwitchSite.Preview;

/// <summary>
/// Maps a request path to a file of the output folder the way the published site's host does,
/// and refuses anything that could reach outside it. Pretty URLs: <c>/x/</c> serves
/// <c>/x/index.html</c>, <c>/x</c> redirects to <c>/x/</c> when that is a folder. Refused with 400:
/// paths with '..' or '.' segments, backslashes, NUL or control characters, a drive or stream
/// colon, a leading '//' (an open redirect), or percent-encoded versions of these (decoded again,
/// to catch double encoding). Not found (404): hidden files (the manifest), symbolic links that
/// lead outside the folder, and anything missing. The check is on the final absolute path too:
/// whatever slips past the rules above still cannot leave the folder.
/// </summary>
/// <param name="outputFolder">The folder served.</param>
public sealed class OutputRequestResolver(string outputFolder)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));

    /// <summary>Resolves <paramref name="decodedPath"/>, the request path as the server decoded it once.</summary>
    public Resolution Resolve(string decodedPath)
    {
        if (!IsSafe(decodedPath))
        {
            return Resolution.BadRequest;
        }

        var relative = decodedPath.TrimStart('/');
        var wantsFolder = relative.Length == 0 || relative.EndsWith('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.')))
        {
            return Resolution.NotFound; // the manifest and other hidden files are not part of the site
        }

        var target = Inside(Path.Combine([_root, .. segments]));
        if (target is null)
        {
            return Resolution.BadRequest;
        }

        if (wantsFolder)
        {
            return FileResult(Path.Combine(target, "index.html"));
        }

        if (Directory.Exists(target) && IsInsideAfterLinks(target))
        {
            return new Resolution(ResolutionKind.Redirect, null, "/" + string.Join('/', segments.Select(Uri.EscapeDataString)) + "/");
        }

        return FileResult(target);
    }

    /// <summary>The site's 404 page, when it has one.</summary>
    public string? NotFoundPage
    {
        get
        {
            var path = Path.Combine(_root, "404.html");
            return File.Exists(path) && IsInsideAfterLinks(path) ? path : null;
        }
    }

    private Resolution FileResult(string path) =>
        File.Exists(path) && IsInsideAfterLinks(path) ? new Resolution(ResolutionKind.File, path, null) : Resolution.NotFound;

    /// <summary>True when the path, decoded once more, has no way out of the folder.</summary>
    private static bool IsSafe(string path)
    {
        if (path.Length == 0 || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        for (var pass = 0; pass < 3; pass++)
        {
            if (path.Any(c => c == '\\' || c == ':' || char.IsControl(c)) || path.Split('/').Any(s => s is "." or ".."))
            {
                return false;
            }

            if (!path.Contains('%', StringComparison.Ordinal))
            {
                return true;
            }

            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                return true;
            }

            path = decoded; // double (or triple) encoded: judge what a careless decoder would see
        }

        return false;
    }

    private string? Inside(string candidate)
    {
        var full = Path.GetFullPath(candidate);
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>False when the path, or a folder on the way to it, is a link that leads out of the folder.</summary>
    private bool IsInsideAfterLinks(string path)
    {
        for (var current = path; current.Length > _root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is null || Inside(final.FullName) is null)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>What a request path resolved to.</summary>
public enum ResolutionKind
{
    /// <summary>A file of the output folder.</summary>
    File,

    /// <summary>A folder asked for without its trailing slash: redirect.</summary>
    Redirect,

    /// <summary>Nothing there: the site's 404 page.</summary>
    NotFound,

    /// <summary>A path that tries to leave the folder, or is malformed.</summary>
    BadRequest,
}

/// <summary>The result of resolving a request path.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="FullPath">The file to serve, for <see cref="ResolutionKind.File"/>.</param>
/// <param name="Location">Where to redirect, for <see cref="ResolutionKind.Redirect"/>.</param>
public sealed record Resolution(ResolutionKind Kind, string? FullPath, string? Location)
{
    /// <summary>Not found.</summary>
    public static Resolution NotFound { get; } = new(ResolutionKind.NotFound, null, null);

    /// <summary>Refused.</summary>
    public static Resolution BadRequest { get; } = new(ResolutionKind.BadRequest, null, null);
}
