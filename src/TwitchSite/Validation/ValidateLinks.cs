using System.Collections.Immutable;
using TwitchSite.Assets;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Markdown;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Validation;

/// <summary>
/// Checks every link and image of every page against the whole site, reading the Content
/// pipeline's <see cref="MarkdownKeys.Links"/> and anchors and the Assets pipeline's destinations:
/// a missing page or file (TW0301), a missing #fragment (TW0302), a link that climbs out of the
/// site folder (TW0303, a warning: it cannot be checked), a MyST reference to what Sphinx makes
/// from code or other projects (TW0305, a warning). Writes nothing; returns its inputs.
/// </summary>
public sealed class ValidateLinks : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content), Read.Pipeline(PipelineNames.Assets)];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        // This runs when every page still holds its links, anchors and origins and the markdown step's
        // garbage is not yet collected: the highest memory of a build without search (issue #19,
        // 100,000 pages in 1 GB). So the tables are the few every link needs, built without
        // intermediate groupings, and the case-insensitive ones, which only the hint of a broken
        // link reads, are built the first time one is needed (most sites: never).
        var pages = context.OutputsOf(PipelineNames.Content);
        var bySource = new Dictionary<string, Document>(pages.Length, StringComparer.Ordinal);
        var byUrl = new Dictionary<string, Document>(pages.Length, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            // First wins, in the pipeline's order, as before.
            bySource.TryAdd(page.Source, page);
            if (page.Get<string>(UrlKeys.Url) is { } url)
            {
                byUrl.TryAdd(url, page);
            }
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asset in context.OutputsOf(PipelineNames.Assets))
        {
            if (asset.Destination is not null)
            {
                files.Add("/" + asset.Destination);
                files.Add("/" + (asset.Get<string>(AssetKeys.OriginalPath) ?? asset.Destination));
            }
        }

        var ignoringCase = new Lazy<(PageIndex Pages, Dictionary<string, string> Files)>(() => (
            new PageIndex(byUrl.Select(p => (p.Value.Source, p.Key))),
            files.GroupBy(f => f, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)));
        var changed = ChangedSources(context.Diagnostics);

        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) }, page =>
        {
            foreach (var link in page.Get<PageLinks>(MarkdownKeys.Links) ?? PageLinks.Empty)
            {
                Check(page, link, bySource, byUrl, files, ignoringCase, changed, context.Diagnostics);
            }
        });

        return inputs;
    }

    // Pages left out because their file changed while the build read it (TW0225) or is not
    // UTF-8 (TW0201), already an error at the file: links to them are not "no such page" too.
    // Full paths, '/'-separated.
    private static List<string> ChangedSources(DiagnosticSink sink) =>
        !sink.HasErrors
            ? []
            : sink.All.Where(d => (d.Code == Codes.EngineDescriptors.SourceChanged.Code || d.Code == Codes.EngineDescriptors.InvalidUtf8.Code) && d.Location is not null)
                .Select(d => d.Location!.FullPath.Replace('\\', '/'))
                .ToList();

    private static bool ChangedDuringBuild(string source, List<string> changed) =>
        changed.Count > 0 && changed.Exists(path => path.EndsWith("/" + source, StringComparison.Ordinal));

    private static void Check(Document page, PageLinks.Link link, Dictionary<string, Document> bySource, Dictionary<string, Document> byUrl, HashSet<string> files, Lazy<(PageIndex Pages, Dictionary<string, string> Files)> ignoringCase, List<string> changed, DiagnosticSink sink)
    {
        // The link's fields, not link.Target: that makes an object per link (a million at 100,000 pages).
        switch (link.Kind)
        {
            case LinkKind.LeavesSite:
                // A warning: what lies outside the folder being built cannot be checked, and docs
                // folders do link there on purpose (mdBook's '../std/…' to books published beside
                // them, '../CONTRIBUTING.md' in a repository's docs/); MkDocs warns about it too.
                sink.Add(Codes.LinkLeavesSite.Create(link.Location, link.Url));
                return;

            case LinkKind.SamePage:
                CheckFragment(page, link, link.Fragment, "this page", sink);
                return;

            case LinkKind.Page:
                if (!bySource.TryGetValue(link.TargetPath!, out var targetPage))
                {
                    if (ChangedDuringBuild(link.TargetPath!, changed))
                    {
                        return;
                    }

                    var suggestion = Suggest(link.TargetPath!, bySource.Keys);
                    sink.Add(Codes.BrokenLink.Create(link.Location, link.Url) with { Hint = suggestion is null ? "check the file name and folder; links are relative to this file's folder" : $"did you mean '{suggestion}'?" });
                    return;
                }

                CheckFragment(targetPage, link, link.Fragment, $"'{link.TargetPath}'", sink);
                return;

            case LinkKind.File:
                var path = link.TargetPath!;
                if (byUrl.TryGetValue(path, out var urlPage) || byUrl.TryGetValue(path + "/", out urlPage))
                {
                    CheckFragment(urlPage, link, link.Fragment, $"'{path}'", sink);
                    return;
                }

                if (!files.Contains(path))
                {
                    // Web servers (Netlify) match addresses case-sensitively, though a Mac or Windows disk does not.
                    var near = ignoringCase.Value.Pages.UrlIgnoringCase(path) ?? ignoringCase.Value.Files.GetValueOrDefault(path);
                    var hint = near is null
                        ? "link to the .md file of a page, or to a file that exists under input/ or theme/assets/"
                        : $"did you mean '{near}'? addresses are case-sensitive on the web";
                    sink.Add(Codes.BrokenLinkToAddress.Create(link.Location, link.Url, path) with { Hint = hint });
                }

                return;
        }
    }

    private static void CheckFragment(Document target, PageLinks.Link link, string fragment, string targetName, DiagnosticSink sink)
    {
        if (fragment.Length == 0)
        {
            return;
        }

        var anchors = target.Get<HashSet<string>>(MarkdownKeys.Anchors) ?? [];
        var id = Uri.UnescapeDataString(fragment);
        // "#top" needs no element: browsers scroll to the top of the page (the HTML standard's fragment rule).
        if (anchors.Contains(id) || id.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (target.Get<IReadOnlyDictionary<string, Content.MystTargets.Target>>(MarkdownKeys.MystTargets) is not null && MystUnknowable(id) is { } looksLike)
        {
            // Sphinx's autodoc makes objects' targets from the code, intersphinx from another
            // project's inventory: neither is read here, so such a link cannot be called broken.
            sink.Add(Codes.UnknowableMystTarget.Create(link.Location, link.Url, id, looksLike));
            return;
        }

        if (target.Get<bool>(MarkdownKeys.TemplateSyntaxRemoved))
        {
            // The target's shortcodes or plugin directives were not run: they may well make
            // this anchor in the other generator's site, so it cannot be called broken.
            sink.Add(Codes.UncheckableFragment.Create(link.Location, link.Url, id, targetName));
            return;
        }

        var headings = (target.Get<List<HeadingInfo>>(MarkdownKeys.Headings) ?? []).Select(h => h.Id).ToList();
        var suggestion = Suggest(id, headings);
        var hint = suggestion is not null
            ? $"did you mean '#{suggestion}'?"
            : headings.Count == 0 ? "that page has no headings" : $"headings there: {string.Join(", ", headings.Take(8).Select(h => "#" + h))}";
        sink.Add(Codes.BrokenFragment.Create(link.Location, link.Url, id, targetName) with { Hint = hint });
    }

    /// <summary>
    /// What a MyST reference that no page defines looks like, when it is something Sphinx makes from
    /// outside the pages: a dotted Python name (<c>pkg.Class</c>: autodoc) or <c>project:label</c>
    /// (intersphinx); null for anything else (a plain label stays a missing anchor, TW0302).
    /// </summary>
    private static string? MystUnknowable(string id)
    {
        if (System.Text.RegularExpressions.Regex.IsMatch(id, @"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$"))
        {
            return "a Python object (autodoc documents objects from the code)";
        }

        return System.Text.RegularExpressions.Regex.IsMatch(id, @"^[A-Za-z][\w.+-]*:[^\s:]+$") && !id.StartsWith("fn", StringComparison.Ordinal)
            ? "a target in another project's inventory (intersphinx)"
            : null;
    }

    private static string? Suggest(string wanted, IEnumerable<string> candidates)
    {
        var lower = wanted.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Score: Similarity(lower, c.ToLowerInvariant())))
            .Where(c => c.Score >= 0.6)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    private static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        // Share of characters in common positions of the longest common subsequence: cheap and good enough for typos.
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                lengths[i, j] = a[i - 1] == b[j - 1] ? lengths[i - 1, j - 1] + 1 : Math.Max(lengths[i - 1, j], lengths[i, j - 1]);
            }
        }

        return 2.0 * lengths[a.Length, b.Length] / (a.Length + b.Length);
    }
}
