namespace TwitchSite.Urls;

/// <summary>
/// The pages of a site by URL, so links written the way other generators' docs write them
/// find their page: <c>page.html</c> (mdBook), <c>page/</c>, <c>/section/page/</c> and
/// <c>/section/page</c> (Hugo) all name the page built from <c>section/page.md</c>.
/// Built from (source path, URL) pairs; read-only once built, so safe to share between threads.
/// </summary>
public sealed class PageIndex
{
    private readonly Dictionary<string, string> _sourceByUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urlIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _urlBySource = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="pages"/>: each page's source path and URL.</summary>
    public PageIndex(IEnumerable<(string Source, string Url)> pages)
        : this(pages, [])
    {
    }

    /// <summary>
    /// Indexes <paramref name="pages"/>, and <paramref name="otherAddresses"/> (another generator's
    /// addresses for a page, see <see cref="UrlKeys.OtherAddresses"/>) after every real URL and file
    /// address, which win where they meet.
    /// </summary>
    public PageIndex(IEnumerable<(string Source, string Url)> pages, IEnumerable<(string Source, string Address)> otherAddresses)
    {
        foreach (var (source, url) in pages)
        {
            _sourceByUrl.TryAdd(url, source);
            _urlIgnoringCase.TryAdd(url, url);
            _urlBySource.TryAdd(source, url);
        }

        // Then each page's address as its file is named ("/commands/hugo_mod/" for
        // commands/hugo_mod.md, "/functions/PathEscape/"): other generators keep file names in
        // URLs (Hugo in lower case), and their docs link that way. Real URLs win where both exist.
        foreach (var (source, url) in _urlBySource)
        {
            _sourceByUrl.TryAdd(FileAddress(source), source);
            _sourceByUrl.TryAdd(FileAddress(source).ToLowerInvariant(), source); // Hugo's URLs: file names in lower case
        }

        foreach (var (source, address) in otherAddresses)
        {
            _sourceByUrl.TryAdd(address, source);
        }

        // Hugo's page lookup also finds a page by its name alone when only one page has it
        // ("lookandfeel/" from any page, "content" for the section content/).
        foreach (var group in _urlBySource.Keys.GroupBy(NameOf, StringComparer.Ordinal))
        {
            if (group.Key.Length > 0 && group.Count() == 1)
            {
                _sourceByName[group.Key] = group.First();
            }
        }
    }

    private readonly Dictionary<string, string> _sourceByName = new(StringComparer.Ordinal);

    /// <summary>A page's name as Hugo's lookup sees it: its file's name, or its folder's for an index page ("" for the home page).</summary>
    private static string NameOf(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        if (UrlMapper.IsIndexName(name))
        {
            var folder = UrlMapper.FolderOf(source);
            name = folder[(folder.LastIndexOf('/') + 1)..];
        }

        return name;
    }

    /// <summary>The one page named <paramref name="name"/> (a single path segment, as Hugo's page lookup takes), or null when none or several are.</summary>
    public string? SourceByName(string name) => _sourceByName.GetValueOrDefault(name);

    /// <summary>"a/b_c.md" gives "/a/b_c/"; an index file gives its folder's address.</summary>
    private static string FileAddress(string source)
    {
        var slash = source.LastIndexOf('/');
        var name = Path.GetFileNameWithoutExtension(source[(slash + 1)..]);
        var folder = slash < 0 ? "" : source[..slash] + "/";
        return "/" + folder + (UrlMapper.IsIndexName(name) ? "" : name + "/");
    }

    /// <summary>Whether a page is built from <paramref name="source"/> (a path relative to the input folder).</summary>
    public bool HasSource(string source) => _urlBySource.ContainsKey(source);

    /// <summary>The URL of the page built from <paramref name="source"/>, or null.</summary>
    public string? UrlOfSource(string source) => _urlBySource.GetValueOrDefault(source);

    /// <summary>The page's own string for <paramref name="source"/> (one instance for every link to it), or null when no page has it.</summary>
    public string? SameSource(string source) =>
        _urlBySource.TryGetValue(source, out var url) && _sourceByUrl.TryGetValue(url, out var same) && string.Equals(same, source, StringComparison.Ordinal) ? same : null;

    /// <summary>The source of the page whose address <paramref name="outputPath"/> (root-relative, decoded) names, or null.</summary>
    public string? SourceOf(string outputPath)
    {
        foreach (var candidate in Candidates(outputPath))
        {
            if (_sourceByUrl.TryGetValue(candidate, out var source))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The URL of the page <paramref name="outputPath"/> names when case is ignored, for "did you mean" hints; else null.</summary>
    public string? UrlIgnoringCase(string outputPath)
    {
        foreach (var candidate in Candidates(outputPath))
        {
            if (_urlIgnoringCase.TryGetValue(candidate, out var url))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The page URLs <paramref name="outputPath"/> may stand for: as written, as a folder, without <c>.html</c> or <c>index.html</c>.</summary>
    private static IEnumerable<string> Candidates(string outputPath)
    {
        yield return outputPath;
        var path = outputPath;
        if (path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"index.html".Length];
        }
        else if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^".html".Length];
        }

        if (!path.EndsWith('/'))
        {
            path += "/";
        }

        if (path != outputPath)
        {
            yield return path;
        }
    }
}
