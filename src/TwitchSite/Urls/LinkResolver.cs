using System.Text.RegularExpressions;

namespace TwitchSite.Urls;

/// <summary>
/// Resolves a link written in a page to what it points at inside the site, and the URL it
/// must have in the output: relative links are made root-relative because pretty URLs put
/// every page one folder deeper than its source; links to <c>.md</c> files become page URLs.
/// </summary>
public static partial class LinkResolver
{
    /// <summary>Resolves <paramref name="url"/> written in the page whose source is <paramref name="fromSource"/>.</summary>
    public static ResolvedLink Resolve(string fromSource, string url)
    {
        if (string.IsNullOrWhiteSpace(url) || SchemePattern().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return new ResolvedLink(LinkKind.External, null, "", url);
        }

        var (path, query, fragment) = SplitUrl(url);
        if (path.Length == 0)
        {
            return new ResolvedLink(LinkKind.SamePage, null, fragment, url);
        }

        var decoded = Uri.UnescapeDataString(path).Replace('\\', '/');
        var isFolder = decoded.EndsWith('/');
        var start = decoded.StartsWith('/') ? [] : Folder(fromSource);
        var segments = new List<string>(start);
        foreach (var segment in decoded.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return new ResolvedLink(LinkKind.LeavesSite, null, fragment, url);
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var target = string.Join('/', segments);
        if (UrlMapper.IsMarkdown(target) && !isFolder)
        {
            return new ResolvedLink(LinkKind.Page, target, fragment, UrlMapper.UrlOf(target) + query + FragmentPart(fragment));
        }

        var outputPath = target.Length == 0 ? "/" : "/" + target + (isFolder ? "/" : "");
        return new ResolvedLink(LinkKind.File, outputPath, fragment, EscapePath(outputPath) + query + FragmentPart(fragment));
    }

    private static (string Path, string Query, string Fragment) SplitUrl(string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : "";
        var rest = hash >= 0 ? url[..hash] : url;
        var question = rest.IndexOf('?');
        return question >= 0 ? (rest[..question], rest[question..], fragment) : (rest, "", fragment);
    }

    private static string[] Folder(string source)
    {
        var parts = source.Split('/');
        return parts[..^1];
    }

    private static string FragmentPart(string fragment) => fragment.Length == 0 ? "" : "#" + fragment;

    private static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();
}

/// <summary>What a link points at.</summary>
public enum LinkKind
{
    /// <summary>Another site, an e-mail address, a phone number: not checked.</summary>
    External,

    /// <summary>A #fragment of the same page.</summary>
    SamePage,

    /// <summary>A markdown page of the site.</summary>
    Page,

    /// <summary>A file or folder URL of the site (an image, a stylesheet, '/causes/').</summary>
    File,

    /// <summary>A relative link that climbs above the site folder.</summary>
    LeavesSite,
}

/// <summary>A resolved link.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Target">For <see cref="LinkKind.Page"/> the target's source path; for <see cref="LinkKind.File"/> the root-relative output path; else null.</param>
/// <param name="Fragment">The #fragment without '#', or empty.</param>
/// <param name="OutputUrl">The URL to write in the HTML.</param>
public sealed record ResolvedLink(LinkKind Kind, string? Target, string Fragment, string OutputUrl);
