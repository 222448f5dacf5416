using System.Collections;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Urls;

namespace TwitchSite.Markdown;

/// <summary>
/// The links and images of one page as the link check reads them (<see cref="MarkdownKeys.Links"/>).
/// Every page holds its links from its markdown to the link check, and the markdown step holds the
/// whole site's at once (the build's largest heap, issue #19), so they are stored in one object
/// a page: the URLs as written in one string, each link a value of plain fields, a fragment that
/// ends its URL (<c>page.md#why</c>) as its length only, the file's path once. As
/// <see cref="LinkReference"/> objects, 10 links took about 1.5 KB of a page: an object, a URL
/// string and a fragment string each.
/// </summary>
public sealed class PageLinks : IReadOnlyList<PageLinks.Link>
{
    private readonly string _urls;
    private readonly Entry[] _entries;
    private readonly string _path;

    // Only when a link stands in another file than the first link (none does today: every link of
    // a page is located in the page's own file), so a page keeps its one path.
    private readonly string[]? _paths;

    private PageLinks(string urls, Entry[] entries, string path, string[]? paths)
    {
        (_urls, _entries, _path, _paths) = (urls, entries, path, paths);
    }

    /// <summary>No links.</summary>
    public static PageLinks Empty { get; } = new("", [], "", null);

    /// <summary>The links of <paramref name="links"/>, in their order.</summary>
    public static PageLinks Of(IReadOnlyList<LinkReference> links)
    {
        if (links.Count == 0)
        {
            return Empty;
        }

        var path = links[0].Location.FullPath;
        var urls = new System.Text.StringBuilder();
        var entries = new Entry[links.Count];
        string[]? paths = null;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var location = link.Location;
            urls.Append(link.Url);
            var fragment = link.Fragment;
            // A fragment the URL ends with ("#why") is read back from the URL; any other (a footnote's label, a MyST target's id) is kept as it is.
            var suffix = fragment.Length == 0 || (link.Url.EndsWith(fragment, StringComparison.Ordinal) && link.Url.Length > fragment.Length && link.Url[^(fragment.Length + 1)] == '#');
            entries[i] = new Entry(link.TargetPath, suffix ? null : fragment, urls.Length, location.Line, location.Column, suffix ? fragment.Length : 0, link.Kind);
            if (paths is null && !string.Equals(location.FullPath, path, StringComparison.Ordinal))
            {
                paths = new string[links.Count];
                Array.Fill(paths, path, 0, i);
            }

            if (paths is not null)
            {
                paths[i] = location.FullPath;
            }
        }

        return new PageLinks(urls.ToString(), entries, path, paths);
    }

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public Link this[int index] => new(this, index);

    /// <inheritdoc />
    public IEnumerator<Link> GetEnumerator()
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            yield return new Link(this, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int UrlStart(int index) => index == 0 ? 0 : _entries[index - 1].UrlEnd;

    /// <summary>One link of a page: read from the page's table when a property is read.</summary>
    public readonly struct Link
    {
        private readonly PageLinks _links;
        private readonly int _index;

        internal Link(PageLinks links, int index) => (_links, _index) = (links, index);

        private ref readonly Entry Entry => ref _links._entries[_index];

        /// <summary>The URL as written.</summary>
        public string Url => _links._urls[_links.UrlStart(_index)..Entry.UrlEnd];

        /// <summary>Where it is written.</summary>
        public SourceLocation Location => new(_links._paths?[_index] ?? _links._path, Entry.Line, Entry.Column);

        /// <summary>What kind of target it has.</summary>
        public LinkKind Kind => Entry.Kind;

        /// <summary>The page's source or the file's address it points at (null for other kinds).</summary>
        public string? TargetPath => Entry.Target;

        /// <summary>The #fragment, without '#' ("" when none).</summary>
        public string Fragment => Entry.OwnFragment ?? (Entry.FragmentLength == 0 ? "" : _links._urls[(Entry.UrlEnd - Entry.FragmentLength)..Entry.UrlEnd]);

        /// <summary>What it points at (with an empty <see cref="ResolvedLink.OutputUrl"/>: the output URL is in the page's HTML).</summary>
        public ResolvedLink Target => new(Kind, TargetPath, Fragment, "");
    }

    private readonly record struct Entry(string? Target, string? OwnFragment, int UrlEnd, int Line, int Column, int FragmentLength, LinkKind Kind);
}
