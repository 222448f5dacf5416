using System.Collections.Immutable;
using System.Net;
using System.Text;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Settings;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Publishing;

/// <summary>
/// Turns each page's <c>redirect_from</c> into a Netlify <c>_redirects</c> rule (301) and a small
/// page at the old address that forwards with a meta refresh and a link, for hosts without
/// redirect rules; the same for an mdBook book's old addresses (<see cref="BookRedirects"/>; one
/// leading to no page is a TW0255 warning). Reads the Content pipeline's pages; reports (TW0803) an old address that is
/// not a site path, is the address of a page, or is claimed by two pages. A site without a home
/// page (a Docusaurus or MkDocs docs folder with no <c>index.md</c>) gets one at <c>/</c> that
/// forwards to the page to start at (<see cref="StartPage"/>: its first page in reading order, as
/// mdBook makes its first chapter the book's start, when the site orders its pages), so the site's
/// address is never a "not found" or a folder listing. Reads the Assets
/// pipeline's file names (<see cref="SiteOwnFiles"/>), so a site's own file is never replaced: its
/// <c>index.html</c>, a file at an old address of book.toml, or its own <c>_redirects</c> (Netlify rules a
/// Docusaurus or Hugo <c>static/</c> holds), which is then published as it is, without the rules made
/// here (the forwarding pages still redirect; a host reads one rules file). A page's own
/// <c>redirect_from</c> naming the address of a file of the site is a contradiction its author must
/// settle: both are written there, and the collision is reported (TW0202).
/// </summary>
/// <param name="inputFolder">The site's input folder, whose mdBook <c>book.toml</c> may list old addresses (<see cref="BookRedirects"/>); null for none.</param>
public sealed class CreateRedirects(string? inputFolder = null) : IModule
{
    /// <summary>Netlify's redirect rules file.</summary>
    public const string RulesPath = "_redirects";

    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content), SiteOwnFiles.Read, Read.Setting(SettingKeys.Language)];

    private const string HomeFile = "index.html";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var pages = context.OutputsOf(PipelineNames.Content);
        var pageFiles = pages.Where(p => p.Destination is not null)
            .GroupBy(p => p.Destination!, StringComparer.OrdinalIgnoreCase) // two pages on one URL are reported by CheckDuplicateUrls
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var claimed = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        var own = SiteOwnFiles.Of(context);
        var rules = new List<string>();
        var forwards = new List<Document>();

        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var olds = page.Get<List<string>>(PageKeys.RedirectFrom);
            if (olds is null || page.Get<string>(UrlKeys.Url) is not { } target)
            {
                continue;
            }

            var where = page.Get<SourceOrigins>(FrontMatterKeys.Origins)?.GetValueOrDefault(PageKeys.RedirectFrom) ?? new SourceLocation(page.SourceFullPath ?? page.Source);
            foreach (var old in olds)
            {
                if (old.Contains('*', StringComparison.Ordinal) && old.StartsWith('/'))
                {
                    // Hugo sites list patterns ("/blog/2018/*") their host expands; this generator writes one page per address.
                    context.Diagnostics.Add(Codes.RedirectSkipped.Create(where, old));
                    continue;
                }

                if (Problem(old) is { } problem)
                {
                    context.Diagnostics.Add(Codes.BadRedirect.Create(where, old, problem));
                    continue;
                }

                var file = FileOf(old);
                if (pageFiles.TryGetValue(file, out var existing) && ReferenceEquals(existing, page))
                {
                    continue; // the page's own address (Hugo sites list it after a rename that only changed case): nothing to redirect
                }

                if (existing is not null)
                {
                    context.Diagnostics.Add(Codes.RedirectIsPage.Create(where, old, existing.Source));
                    continue;
                }

                if (!claimed.TryAdd(file, page))
                {
                    if (ReferenceEquals(claimed[file], page))
                    {
                        // The same old address in another letter case ("/linux", "/Linux", as
                        // jekyll-redirect-from lists them): Netlify's rules match case, so each gets
                        // its rule; one forwarding file serves both where file names ignore case.
                        rules.Add($"{old} {target} 301");
                        continue;
                    }

                    context.Diagnostics.Add(Codes.RedirectClaimedTwice.Create(where, old, claimed[file].Source));
                    continue;
                }

                rules.Add($"{old} {target} 301");
                forwards.Add(new Document { Source = page.Source, SourceFullPath = page.SourceFullPath, Destination = file, Content = DocumentContent.FromText(ForwardPage(target, page.Metadata.GetString(PageKeys.Title) ?? target, SiteSettings.Of(context.Settings).Language)) });
            }
        }

        if (inputFolder is not null)
        {
            AddBookRedirects(BookRedirects.Of(inputFolder), pages, pageFiles, claimed, own, rules, forwards, context);
        }

        if (!pageFiles.ContainsKey(HomeFile) && !claimed.ContainsKey(HomeFile)
            && !own.Contains(HomeFile)
            && Navigation.NavigationTree.Build(pages).ReadingOrder is { Count: > 0 } order)
        {
            // The page to start at, among those written by someone, not generated for a folder or a category.
            var written = pages.Where(d => d.SourceFullPath is { } path && UrlMapper.IsMarkdown(path)).Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
            var first = StartPage.Of(order, written)!;
            var language = SiteSettings.Of(context.Settings).Language;
            forwards.Add(new Document { Source = first.Source, Destination = HomeFile, Content = DocumentContent.FromText(ForwardPage(first.Url, first.Title, language, home: true)) });
        }

        if (rules.Count == 0 || own.Contains(RulesPath))
        {
            return [.. forwards];
        }

        rules.Sort(StringComparer.Ordinal);
        return [new Document { Destination = RulesPath, Content = DocumentContent.FromText(string.Join('\n', rules) + "\n") }, .. forwards.OrderBy(f => f.Destination, StringComparer.Ordinal)];
    }

    /// <summary>Forwarding pages and rules for the old addresses of an mdBook book's <c>book.toml</c>.</summary>
    private static void AddBookRedirects(IReadOnlyList<BookRedirects.Entry> entries, ImmutableArray<Document> pages, Dictionary<string, Document> pageFiles, Dictionary<string, Document> claimed, HashSet<string> own, List<string> rules, List<Document> forwards, ExecutionContext context)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var index = new PageIndex(pages.Select(p => (p.Source, p.Get<string>(UrlKeys.Url) ?? UrlMapper.UrlOf(p.Source))));
        var bySource = pages.GroupBy(p => p.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var language = SiteSettings.Of(context.Settings).Language;
        // "/page.html#old-anchor": mdBook moves these with a script on the page, which a server
        // redirect cannot do; the page is still there. One warning for them all.
        var anchors = entries.Where(e => e.From.Contains('#', StringComparison.Ordinal)).ToList();
        if (anchors.Count > 0)
        {
            context.Diagnostics.Add(Codes.BookAnchorRedirectsSkipped.Create(new SourceLocation(anchors[0].File, anchors[0].Line), anchors[0].From, anchors.Count - 1));
        }

        foreach (var entry in entries.Where(e => !e.From.Contains('#', StringComparison.Ordinal)))
        {
            var where = new SourceLocation(entry.File, entry.Line);
            var old = OldPath(entry.From);
            // Where it leads: a full address as it is; else a page of the book, read as mdBook reads
            // it (relative to the old page, or from the root), at this site's address for it.
            var (target, title) = entry.To.Contains("://", StringComparison.Ordinal)
                ? (entry.To, entry.To)
                : LinkResolver.Resolve(old.TrimStart('/'), entry.To, index) is { Kind: LinkKind.Page } page && bySource.TryGetValue(page.Target!, out var targetPage)
                    ? (page.OutputUrl, targetPage.Metadata.GetString(PageKeys.Title) ?? page.OutputUrl)
                    : (null, null);
            if (target is null || Problem(old) is not null)
            {
                context.Diagnostics.Add(Codes.BookRedirectSkipped.Create(where, entry.From, entry.To));
                continue;
            }

            var file = FileOf(old);
            if (pageFiles.ContainsKey(file) || claimed.ContainsKey(file) || own.Contains(file))
            {
                continue; // a page or a file of the site's own is there, or a page's own redirect_from claims it: those win
            }

            var forward = new Document { Source = Path.GetFileName(entry.File), SourceFullPath = entry.File, Destination = file, Content = DocumentContent.FromText(ForwardPage(target, title!, language)) };
            claimed[file] = forward;
            rules.Add($"{old} {target} 301");
            forwards.Add(forward);
        }
    }

    /// <summary>
    /// An old address of book.toml as a path from the site's root: mdBook writes the old page under the
    /// book's root whatever the key starts with (<c>/x.html</c>, <c>x.html</c>, <c>./x.html</c>), so a
    /// leading <c>/</c> is added and <c>.</c> segments, which name no folder, go. Anything else is left
    /// for <see cref="Problem"/> to judge.
    /// </summary>
    private static string OldPath(string from)
    {
        if (from.StartsWith("//", StringComparison.Ordinal))
        {
            return from;
        }

        var segments = from.TrimStart('/').Split('/');
        return "/" + string.Join('/', segments.Where((s, i) => s != "." || i == segments.Length - 1));
    }

    private static string? Problem(string old)
    {
        if (!old.StartsWith('/') || old.StartsWith("//", StringComparison.Ordinal))
        {
            return "must be a path from the site root, starting with a single '/'";
        }

        if (old.Contains('?', StringComparison.Ordinal) || old.Contains('#', StringComparison.Ordinal) || old.Contains(' ', StringComparison.Ordinal) || old.Contains('*', StringComparison.Ordinal))
        {
            return "must be a plain path, without '?', '#', '*' or spaces";
        }

        return old.Split('/').Any(s => s is ".." or ".") ? "must not contain '.' or '..' segments" : null;
    }

    private static string FileOf(string old)
    {
        var path = old.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') || !Path.HasExtension(path) ? path.TrimEnd('/') + (path.Length == 0 ? "" : "/") + "index.html" : path;
    }

    private static string ForwardPage(string target, string title, string language, bool home = false)
    {
        var url = WebUtility.HtmlEncode(target);
        var text = WebUtility.HtmlEncode(title);
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\">\n")
            .Append("<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(WebUtility.HtmlEncode(SecurityHeaders.MetaContentSecurityPolicy)).Append("\">\n")
            .Append("<title>").Append(text).Append(home ? "</title>\n" : " has moved</title>\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<meta http-equiv=\"refresh\" content=\"0; url=").Append(url).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(url).Append("\">\n")
            .Append("</head>\n<body>\n<p>").Append(home ? "This site starts at" : "This page has moved to").Append(" <a href=\"").Append(url).Append("\">").Append(text).Append("</a>.</p>\n</body>\n</html>\n")
            .ToString();
    }
}
