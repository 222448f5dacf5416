using System.Text.RegularExpressions;

namespace TwitchSite.Urls;

/// <summary>
/// Resolves a link written in a page to what it points at inside the site, and the URL it
/// must have in the output: relative links are made root-relative because pretty URLs put
/// every page one folder deeper than its source; links to <c>.md</c> files become page URLs.
/// </summary>
public static partial class LinkResolver
{
    /// <summary>
    /// Resolves <paramref name="url"/> written in the page whose source is <paramref name="fromSource"/>.
    /// With <paramref name="pages"/>, an address that names a page's URL (<c>page.html</c>,
    /// <c>page/</c>, <c>/section/page</c>) resolves to that page and is rewritten to its URL.
    /// </summary>
    public static ResolvedLink Resolve(string fromSource, string url, PageIndex? pages = null) =>
        Resolve(fromSource, url, pages, null, null);

    /// <summary>
    /// As <see cref="Resolve(string, string, PageIndex?)"/>; when a relative link finds nothing
    /// relative to the page's file (or climbs out of the site), it is tried relative to the page's
    /// address <paramref name="fromUrl"/>, as a browser reads it: Jekyll and Hugo docs write
    /// <c>../other/</c> and <c>../../assets/x.png</c> for pages published as folders; then from the
    /// site's root, as Hugo's page lookup does (<c>methods/page/date/</c> from any page). The first
    /// reading that names a page, or a file <paramref name="fileExists"/> knows, wins; then a single
    /// word that is the name of exactly one page (Hugo's lookup by name); else the reading relative
    /// to the file (for the error message).
    /// </summary>
    public static ResolvedLink Resolve(string fromSource, string url, PageIndex? pages, string? fromUrl, Func<string, bool>? fileExists)
    {
        var bySource = ResolveFrom(FolderOf(fromSource), url, pages);
        if (pages is null || fromUrl is null || url.StartsWith('/') || Found(bySource, pages, fileExists)
            || bySource.Kind is LinkKind.External or LinkKind.SamePage)
        {
            return bySource;
        }

        var urlFolder = fromUrl.Trim('/');
        if (!fromUrl.EndsWith('/'))
        {
            urlFolder = FolderOf(urlFolder);
        }

        var byUrl = ResolveFrom(urlFolder, url, pages);
        if (Found(byUrl, pages, fileExists))
        {
            return byUrl;
        }

        // Last, from the site's root, as Hugo's link lookup does ("methods/page/date/" anywhere).
        var byRoot = ResolveFrom("", url, pages);
        if (Found(byRoot, pages, fileExists))
        {
            return byRoot;
        }

        // Then by name, as Hugo's lookup does for one word ("lookandfeel/#x" for docs/content/lookandfeel.md):
        // only when exactly one page has that name.
        var (path, query, fragment) = SplitUrl(url);
        var name = path.TrimEnd('/');
        return name.Length > 0 && name.IndexOfAny(['/', '.', '\\']) < 0 && pages.SourceByName(Uri.UnescapeDataString(name)) is { } named
            ? new ResolvedLink(LinkKind.Page, named, fragment, (pages.UrlOfSource(named) ?? UrlMapper.UrlOf(named)) + query + FragmentPart(fragment))
            : bySource;
    }

    /// <summary>
    /// A relative link <paramref name="url"/> that climbs above the site folder from the file
    /// <paramref name="fromSource"/>, rewritten relative to the page's address
    /// <paramref name="fromUrl"/> so that it still lands where it did from the file: pretty URLs
    /// put a page one folder deeper than its source (mdBook's <c>appendix/glossary.md</c>, published
    /// by mdBook as <c>appendix/glossary.html</c>, is <c>/appendix/glossary/</c> here), so
    /// <c>../../std/</c> becomes <c>../../../std/</c>, as every other relative link is rewritten to
    /// stay on its target. Null when <paramref name="url"/> does not climb above the site.
    /// </summary>
    public static string? Relocate(string fromSource, string fromUrl, string url)
    {
        var (path, query, fragment) = SplitUrl(url);
        if (path.Length == 0 || path.StartsWith('/') || SchemePattern().IsMatch(url))
        {
            return null;
        }

        // The target from the site's root: how many folders above it, then the path below those.
        var below = new List<string>(FolderOf(fromSource).Split('/', StringSplitOptions.RemoveEmptyEntries));
        var above = 0;
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." || segment.Length == 0 && i < segments.Length - 1)
            {
                continue;
            }

            if (segment is "..")
            {
                if (below.Count > 0)
                {
                    below.RemoveAt(below.Count - 1);
                }
                else
                {
                    above++;
                }

                continue;
            }

            below.Add(segment);
        }

        if (above == 0)
        {
            return null;
        }

        var urlFolder = fromUrl.EndsWith('/') ? fromUrl : fromUrl[..(fromUrl.LastIndexOf('/') + 1)];
        var depth = urlFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        return string.Concat(Enumerable.Repeat("../", depth + above)) + string.Join('/', below) + query + FragmentPart(fragment);
    }

    /// <summary>True when <paramref name="link"/> names a page of <paramref name="pages"/> or a file <paramref name="fileExists"/> knows.</summary>
    public static bool Found(ResolvedLink link, PageIndex pages, Func<string, bool>? fileExists) => link.Kind switch
    {
        LinkKind.Page => pages.HasSource(link.Target!),
        LinkKind.File => fileExists?.Invoke(link.Target!) == true,
        _ => false,
    };

    private static ResolvedLink ResolveFrom(string folder, string url, PageIndex? pages)
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
        var start = decoded.StartsWith('/') ? "" : folder;
        if (Join(start, decoded) is not { } target)
        {
            return new ResolvedLink(LinkKind.LeavesSite, null, fragment, url);
        }

        if (UrlMapper.IsMarkdown(target) && !isFolder)
        {
            // The page's own URL when it has one (a Jekyll permalink), else the one its file gives.
            return new ResolvedLink(LinkKind.Page, target, fragment, (pages?.UrlOfSource(target) ?? UrlMapper.UrlOf(target)) + query + FragmentPart(fragment));
        }

        var outputPath = target.Length == 0 ? "/" : "/" + target + (isFolder ? "/" : "");
        if (pages?.SourceOf(outputPath) is { } page)
        {
            return new ResolvedLink(LinkKind.Page, page, fragment, (pages.UrlOfSource(page) ?? UrlMapper.UrlOf(page)) + query + FragmentPart(fragment));
        }

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

    /// <summary>"guide/install.md" gives "guide"; a page at the top gives "".</summary>
    private static string FolderOf(string source)
    {
        var slash = source.LastIndexOf('/');
        return slash < 0 ? "" : source[..slash];
    }

    /// <summary>
    /// <paramref name="relative"/> applied to <paramref name="folder"/>, without empty and "."
    /// segments and with each ".." removing the segment before it: "a/b" and "../c/./d" give
    /// "a/c/d". Null when a ".." climbs above the site. Built in one buffer, not a list of
    /// segments: pages have dozens of links.
    /// </summary>
    private static string? Join(string folder, string relative)
    {
        var needed = folder.Length + relative.Length + 1;
        var buffer = needed <= 512 ? stackalloc char[needed] : new char[needed];
        var length = 0;
        foreach (var part in (ReadOnlySpan<string>)[folder, relative])
        {
            foreach (var range in part.AsSpan().Split('/'))
            {
                var segment = part.AsSpan()[range];
                if (segment.IsEmpty || segment is ".")
                {
                    continue;
                }

                if (segment is "..")
                {
                    if (length == 0)
                    {
                        return null;
                    }

                    length = Math.Max(0, buffer[..length].LastIndexOf('/'));
                    continue;
                }

                if (length > 0)
                {
                    buffer[length++] = '/';
                }

                segment.CopyTo(buffer[length..]);
                length += segment.Length;
            }
        }

        return new string(buffer[..length]);
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
