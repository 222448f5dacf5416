using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Assets;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Markdown;
using TwitchSite.Urls;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order; it finds the links, and the
/// footnotes they may point at, in the page's single walk, and resolves them after it): resolves every link and image of the page, in
/// markdown and in raw HTML (<c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c>), and rewrites it in
/// the tree to the URL it has in the output: pages to their URLs (also when written as
/// addresses, <c>page.html</c> or <c>/section/page/</c>; see <see cref="PageIndex"/>), files to
/// their fingerprinted names. Returns each link with its file line and column for
/// <see cref="MarkdownKeys.Links"/>, which the link check reads.
/// </summary>
/// <param name="pages">Every page's source and URL.</param>
/// <param name="assets">The published names of assets, or null when the Assets pipeline is not visible.</param>
/// <param name="addressPrefix">
/// The path the docs' own generator publishes under (Jekyll's <c>baseurl</c>, <c>/projectname</c>;
/// see <see cref="MarkdownKeys.AddressPrefix"/>), or null: a link starting with it is read from the
/// site's root without it, where this generator publishes.
/// </param>
/// <param name="mystTargets">
/// A MyST project's targets (<c>(label)=</c>) by label, or null: <c>#label</c> (and a bare
/// <c>label</c>) that names a target of another page links there, and a link without text
/// (<c>[](#label)</c>, <c>{ref}`label`</c>) takes the title of the heading the target names.
/// </param>
/// <param name="localeFallback">
/// In Starlight docs, the language folders and the default language's prefix, or null: an address
/// in a language folder that finds nothing (<c>/de/x/</c>, an untranslated page) reaches the default
/// language's page (<c>/x/</c>), which Starlight shows at that address.
/// </param>
public sealed partial class ResolveLinks(PageIndex? pages, AssetUrls? assets, string? addressPrefix = null, IReadOnlyDictionary<string, MystTargets.Target>? mystTargets = null, ApplyLocaleFallback.Fallback? localeFallback = null) : ISyntaxVisitor
{
    // Footnotes are named anywhere in the page (usually at its end), so links are resolved once the walk is over.
    private readonly FootnoteIds _footnoteIds = new();
    private readonly List<MarkdownObject> _found = [];
    private FootnoteIds? _footnotes;

    /// <summary>Resolves and rewrites the links of <paramref name="syntax"/>, in a walk of its own; returns them in document order.</summary>
    public List<LinkReference> Apply(MarkdownDocument syntax, PageBody page)
    {
        SyntaxWalker.Visit(syntax, [this]);
        return Finish(page);
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        _footnoteIds.Visit(node);
        if (node is LinkInline or HtmlBlock or HtmlInline)
        {
            _found.Add(node);
        }
    }

    /// <summary>Resolves and rewrites the links the walk was shown; returns them in document order.</summary>
    public List<LinkReference> Finish(PageBody page)
    {
        _footnotes = _footnoteIds.Found;
        var links = new List<LinkReference>();
        foreach (var node in _found)
        {
            switch (node)
            {
                case LinkInline link when mystTargets is not null && link.TryGetAttributes()?.Classes?.Contains("external") == true:
                    // MyST's "[text](address){.external}": the author says the address is outside the
                    // project (as myst_all_links_external does for all); it is left as written, unchecked.
                    break;
                case LinkInline link:
                    if (mystTargets is not null && link.FirstChild is null && !link.IsImage && MystLabel(link.Url ?? "") is { } label)
                    {
                        // "[](#label)": MyST shows the title of the heading the target names, else the label.
                        link.AppendChild(new LiteralInline(FindTarget(label)?.Title ?? label));
                    }

                    var (reference, url) = Resolve(link.Url ?? "", page.Source, page.At(link.Line, link.Column + 1));
                    link.Url = url;
                    links.Add(reference);
                    break;
                case HtmlBlock block:
                    var blockHtml = block.Lines.ToString();
                    var rewrittenBlock = ResolveRawHtml(blockHtml, page, block.Line + page.LineOffset, block.Column + 1, links);
                    if (!ReferenceEquals(rewrittenBlock, blockHtml))
                    {
                        block.Lines = new Markdig.Helpers.StringLineGroup(rewrittenBlock);
                    }

                    break;
                case HtmlInline inline:
                    inline.Tag = ResolveRawHtml(inline.Tag, page, inline.Line + page.LineOffset, inline.Column + 1, links);
                    break;
            }
        }

        return links;
    }

    /// <summary>Resolves <paramref name="written"/>; returns what it points at and the URL to write in its place.</summary>
    private (LinkReference Reference, string Url) Resolve(string written, string source, SourceLocation location)
    {
        var address = written;
        var asWritten = (string?)null;
        if (addressPrefix is not null && written.StartsWith(addressPrefix, StringComparison.Ordinal)
            && (written.Length == addressPrefix.Length || written[addressPrefix.Length] is '/' or '#' or '?'))
        {
            // "/projectname/docs/x" hard-codes the Jekyll site's baseurl: here the site is at the root.
            // ("/docs/x" from a repository's docs/ folder, as GitHub reads it, likewise.) The address
            // as written is the second reading, for a site that has a folder of that name.
            var rest = written[addressPrefix.Length..];
            address = rest.StartsWith('/') ? rest : "/" + rest;
            asWritten = written;
        }

        if (mystTargets is not null && MystLabel(address) is { } label && FindTarget(label) is { } target)
        {
            // A MyST target, of this page or another: the project's targets are global, as in Sphinx.
            var fragment = "#" + Uri.EscapeDataString(target.Id ?? label).Replace("%2F", "/", StringComparison.Ordinal);
            address = target.Source == source ? fragment : "/" + target.Source + fragment;
        }

        // Relative links that find nothing from the file are tried from the page's address, then the root (Jekyll, Hugo).
        Func<string, bool>? fileExists = assets is { } known ? known.Contains : null;
        var resolved = LinkResolver.Resolve(source, address, pages, pages?.UrlOfSource(source), fileExists);
        if (asWritten is not null && pages is not null && !LinkResolver.Found(resolved, pages, fileExists)
            && LinkResolver.Resolve(source, asWritten, pages, pages.UrlOfSource(source), fileExists) is var written2 && LinkResolver.Found(written2, pages, fileExists))
        {
            resolved = written2;
            address = asWritten;
        }
        if (localeFallback is not null && pages is not null && address.StartsWith('/') && !LinkResolver.Found(resolved, pages, fileExists)
            && address.IndexOf('/', 1) is var slash and > 1 && localeFallback.Locales.Contains(address[1..slash]))
        {
            // "/de/guides/pages/" of a page not translated: Starlight shows the default language's page there.
            var fallback = LinkResolver.Resolve(source, localeFallback.DefaultPrefix + address[slash..], pages, null, fileExists);
            resolved = LinkResolver.Found(fallback, pages, fileExists) ? fallback : resolved;
        }

        if ((resolved.Kind == LinkKind.SamePage || resolved.Kind == LinkKind.Page && resolved.Target == source)
            && _footnotes?.IdOf(Uri.UnescapeDataString(resolved.Fragment)) is { } footnoteId)
        {
            // Footnotes are published by label ("#fn:name", as kramdown and MkDocs); Markdig-style links number them ("#fn:1").
            var before = resolved.Kind == LinkKind.SamePage ? "" : resolved.OutputUrl[..resolved.OutputUrl.IndexOf('#')];
            resolved = resolved with { Fragment = footnoteId, OutputUrl = before + "#" + footnoteId };
            if (resolved.Kind == LinkKind.SamePage)
            {
                return (new LinkReference(written, location, Kept(resolved)), resolved.OutputUrl);
            }
        }

        var url = resolved.Kind switch
        {
            LinkKind.Page => resolved.OutputUrl,
            // Assets are published under fingerprinted names; link to those.
            LinkKind.File => assets?.Resolve(resolved.Target!) is { } published && published != resolved.Target
                ? published + resolved.OutputUrl[resolved.Target!.Length..]
                : resolved.OutputUrl,
            LinkKind.SamePage when address != written => address, // a bare MyST label of this page
            // Above the site: kept pointing where it did from the file, though the page is a folder deeper.
            LinkKind.LeavesSite when pages?.UrlOfSource(source) is { } pageUrl => LinkResolver.Relocate(source, pageUrl, address) ?? written,
            _ => written,
        };
        return (new LinkReference(written, location, Kept(resolved)), url);
    }

    /// <summary>The MyST target named <paramref name="label"/>: as written, else a glossary term whatever its case.</summary>
    private MystTargets.Target? FindTarget(string label) =>
        mystTargets!.GetValueOrDefault(label) ?? mystTargets!.GetValueOrDefault(MystDirectives.TermKey(label));

    /// <summary>
    /// The MyST label <paramref name="address"/> names: <c>#label</c>, or a bare <c>label</c> that is
    /// one of the project's targets (MyST reads such a link as a reference when no file has that name).
    /// </summary>
    private string? MystLabel(string address)
    {
        if (address.StartsWith('#') && address.Length > 1)
        {
            return Uri.UnescapeDataString(address[1..]);
        }

        return address.Length > 0 && !address.Contains('#') && !address.Contains(':') && mystTargets!.ContainsKey(address)
            && pages?.HasSource(address) != true && pages?.HasSource(address + ".md") != true ? address : null;
    }

    /// <summary>
    /// What the link check needs of a resolved link, which every page holds until the check runs
    /// (the whole site's links at once): without the output URL, already written into the page,
    /// and with a page's source path shared with the page itself instead of a copy per link.
    /// </summary>
    private ResolvedLink Kept(ResolvedLink resolved) => resolved with
    {
        OutputUrl = "",
        Target = resolved.Kind == LinkKind.Page && resolved.Target is { } target ? pages?.SameSource(target) ?? target : resolved.Target,
    };

    /// <summary>
    /// Resolves the <c>href</c> of each <c>&lt;a&gt;</c>, the <c>src</c> of each <c>&lt;img&gt;</c>,
    /// <c>&lt;video&gt;</c>, <c>&lt;audio&gt;</c>, <c>&lt;source&gt;</c> and <c>&lt;track&gt;</c>, and a
    /// video's <c>poster</c>, in raw HTML written in a page, like markdown links: each is added to
    /// <paramref name="links"/> (so it is checked) and rewritten to its output URL. Only the attribute
    /// itself counts: Vue's bindings (<c>:href="npmUrl(dep)"</c>, <c>v-bind:src</c>), which VitePress
    /// docs write, are expressions, and <c>data-src</c> is a script's business. Returns
    /// <paramref name="html"/> itself when nothing changed.
    /// </summary>
    private string ResolveRawHtml(string html, PageBody page, int line, int column, List<LinkReference> links)
    {
        if (!html.Contains("<a", StringComparison.OrdinalIgnoreCase) && !html.Contains("<img", StringComparison.OrdinalIgnoreCase)
            && !html.Contains("<video", StringComparison.OrdinalIgnoreCase) && !html.Contains("<audio", StringComparison.OrdinalIgnoreCase)
            && !html.Contains("<source", StringComparison.OrdinalIgnoreCase) && !html.Contains("<track", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        return RawHtmlTag().Replace(html, tag => RawHtmlUrl().Replace(tag.Value, attribute =>
        {
            var value = attribute.Groups["value"];
            var before = html.AsSpan(0, tag.Index + attribute.Index);
            var newlines = before.Count('\n');
            var where = newlines == 0 ? new SourceLocation(page.Path, line, column + before.Length) : new SourceLocation(page.Path, line + newlines, before.Length - before.LastIndexOf('\n'));
            // As a browser reads it: entities decoded, tabs and line breaks dropped, spaces trimmed
            // (so " java\tscript:" is the script URL the raw HTML check reports, not a missing page).
            var written = System.Net.WebUtility.HtmlDecode(value.Value).Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Trim();
            var (reference, url) = Resolve(written, page.Source, where);
            links.Add(reference);
            return url == written
                ? attribute.Value
                : attribute.Value[..(value.Index - attribute.Index)] + System.Net.WebUtility.HtmlEncode(url) + attribute.Value[(value.Index - attribute.Index + value.Length)..];
        }));
    }

    [GeneratedRegex(@"<(a|img|video|audio|source|track)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlTag();

    // An attribute name starts after white space (or a closing quote): not ":href", "v-bind:src", "data-src".
    [GeneratedRegex(@"(?<=[\s""'])(href|src|poster)\s*=\s*(""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlUrl();
}
