using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Markdown.Extensions.Citations;
using TwitchSite.Markdown.Extensions.GlossaryTerms;
using TwitchSite.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Readability;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Parses each page body with the shared Markdig pipeline and renders it to HTML. From the
/// syntax tree it writes <see cref="PageKeys.Headings"/> and <see cref="PageKeys.Links"/> (with file
/// line and column), rewrites links to pages and files into their output URLs, and writes
/// <see cref="PageKeys.TitleInContent"/>. Links written as addresses of pages (<c>page.html</c>,
/// <c>/section/page/</c>) resolve to those pages (<see cref="PageIndex"/>). A page whose front matter sets no title takes the text of
/// its first level-1 heading, or else its file name. Marks the first use of each glossary term
/// (from the Data pipeline), applies the site's care card kinds (<c>_data/care_cards.yml</c>) and
/// reports care cards with too many bullets (TW0107) or with their own advice where the site has rules (TW0711).
/// Joins the page's citations to its <see cref="PageKeys.Sources"/> (see <see cref="CiteSources"/>, TW0120-TW0124)
/// and writes the sources back in citation order, numbered.
/// Before parsing,
/// refuses markdown nested too deeply (<see cref="NestingCheck"/>, TW0203); following the
/// <c>raw_html</c> setting, reports dangerous raw HTML and script URLs (<see cref="RawHtmlCheck"/>,
/// TW0220/TW0221) or renders raw HTML as text.
/// </summary>
public sealed partial class RenderMarkdown : PerDocumentModule
{
    /// <summary>Computed: every anchor id of the page (headings, footnotes, ids in raw HTML).</summary>
    public const string AnchorsKey = "@anchors";

    /// <summary>Layout of the page that lists the glossary: its terms are not marked again.</summary>
    public const string GlossaryLayout = "glossary";
    [ThreadStatic]
    private static Utf8BufferWriter? t_html;

    private AssetUrls? _assets;
    private PageIndex? _pages;
    private GlossaryIndex? _glossary;
    private CareCardSet _careCards = CareCardSet.Empty;

    /// <inheritdoc />
    protected override void BeforeExecute(System.Collections.Immutable.ImmutableArray<Document> inputs, ExecutionContext context)
    {
        _pages = new PageIndex(inputs.Select(p => (p.Source, p.Get<string>(PageKeys.Url) ?? UrlMapper.UrlOf(p.Source))));
        _assets = context.CanSee(PipelineNames.Assets) ? AssetUrls.From(context.OutputsOf(PipelineNames.Assets)) : null;
        var data = context.CanSee(PipelineNames.Data) ? Data.ParseData.ByName(context.OutputsOf(PipelineNames.Data)) : null;
        _glossary = data is null ? null : GlossaryIndex.From(data.GetValueOrDefault("glossary"));
        _careCards = CareCardSet.From(data?.GetValueOrDefault(CareCardSet.DataName));
    }

    /// <inheritdoc />
    /// <remarks>The result depends on the document, the settings, the Data pipeline (glossary) and the published URLs of assets.</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    /// <remarks>
    /// Stylesheets and scripts are left out of the asset part: pages do not link to them, and
    /// leaving them out means a CSS edit in the live preview re-renders layouts, not markdown.
    /// </remarks>
    protected override Engine.Caching.CacheStamp CacheStamp(System.Collections.Immutable.ImmutableArray<Document> inputs, ExecutionContext context) =>
        new(
            context.Settings,
            context.CanSee(PipelineNames.Data) ? context.OutputsOf(PipelineNames.Data) : [],
            context.CanSee(PipelineNames.Assets)
                ? context.OutputsOf(PipelineNames.Assets)
                    .Where(a => a.Destination is { } d && !d.EndsWith(".css", StringComparison.Ordinal) && !d.EndsWith(".js", StringComparison.Ordinal))
                    .Select(a => (object?)(a.Destination + "=" + a.Get<string>(FingerprintAssets.OriginalPathKey)))
                    .ToList()
                : [],
            // Links written as addresses (page.html, /section/page/) resolve against every page's URL.
            inputs.Select(p => (object?)p.Source).ToList());

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var info = document.Get<FrontMatterInfo>(PageKeys.FrontMatter);
        var lineOffset = info?.BodyFirstLine ?? 1;
        var body = document.Content is TextContent text ? text.Text : "";
        var removed = new List<ForeignSyntax.Removal>();
        body = ForeignSyntax.Rewrite(body, removed);
        if (removed.Count > 0)
        {
            var first = removed[0];
            context.Diagnostics.Add(Diagnostic.Warning(
                Diagnostics.Codes.TemplateSyntaxRemoved,
                $"template syntax this generator does not run was removed: {first.Text}" + (removed.Count > 1 ? $" (and {removed.Count - 1} more in this file)" : ""),
                new SourceLocation(path, first.Line + lineOffset, first.Column),
                "Hugo shortcodes, Liquid tags, MDX components and kramdown attributes are not run: write the result as markdown, or use {{#include file}} for snippets"));
        }

        var rawHtml = Settings.RawHtmlSetting.Of(context.Settings);
        var pipeline = rawHtml == Settings.RawHtmlMode.Escape ? MarkdownPipelineFactory.Escaping : MarkdownPipelineFactory.Shared;
        MarkdownDocument syntax;
        if (NestingCheck.Find(body) is { } tooDeep)
        {
            // Refused before Markdig sees it: Markdig's work grows with the cube of the depth.
            context.Diagnostics.Add(NestingDiagnostic(tooDeep, path, lineOffset));
            syntax = Markdig.Markdown.Parse("", pipeline); // the page still exists, so links to it are not reported too
        }
        else
        {
            try
            {
                syntax = Markdig.Markdown.Parse(body, pipeline);
            }
            catch (ArgumentException exception)
            {
                // Markdig refuses absurdly nested input this way; the check above should have caught it first.
                context.Diagnostics.Add(Diagnostic.Error(Diagnostics.Codes.MarkdownTooDeep, $"markdown nested too deeply to read: {exception.Message.TrimEnd('.')}", new SourceLocation(path, lineOffset), "lists or quotes inside each other hundreds of levels deep are a mistake: flatten them"));
                syntax = Markdig.Markdown.Parse("", pipeline);
            }
        }


        // One walk over the tree gathers headings, links and anchors (document order).
        var headings = new List<HeadingInfo>();
        var links = new List<LinkReference>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? headingIds = null;
        foreach (var node in SyntaxWalker.Nodes(syntax))
        {
            // MkDocs' attr_list writes ids as "{ id="9.7.0" }": Markdig keeps that as a second id attribute, so it becomes the id.
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties } written
                && properties.FindIndex(p => p.Key.Equals("id", StringComparison.OrdinalIgnoreCase)) is var idAt and >= 0)
            {
                written.Id = properties[idAt].Value;
                properties.RemoveAt(idAt);
            }

            // An id written after any element ("**`locale`**{#locale}", MkDocs' attr_list) is a link target too.
            if (node is not HeadingBlock && node.TryGetAttributes()?.Id is { Length: > 0 } elementId)
            {
                anchors.Add(elementId);
            }

            switch (node)
            {
                case HeadingBlock heading:
                    var id = heading.GetAttributes().Id ?? "";
                    headings.Add(new HeadingInfo(heading.Level, id, InlineText.Of(heading.Inline), heading.Line + lineOffset));
                    anchors.Add(id);
                    break;
                case LinkInline link:
                    if (rawHtml != Settings.RawHtmlMode.Allow && RawHtmlCheck.InUrl(link.Url, link.IsImage) is { } danger)
                    {
                        context.Diagnostics.Add(Diagnostic.Error(Diagnostics.Codes.DangerousUrl, danger, new SourceLocation(path, link.Line + lineOffset, link.Column + 1), RawHtmlCheck.UrlHint));
                    }

                    links.Add(Resolve(link, document.Source, path, lineOffset));
                    break;
                case AutolinkInline autolink when rawHtml != Settings.RawHtmlMode.Allow && RawHtmlCheck.InUrl(autolink.Url, isImage: false) is { } autolinkDanger:
                    context.Diagnostics.Add(Diagnostic.Error(Diagnostics.Codes.DangerousUrl, autolinkDanger, new SourceLocation(path, autolink.Line + lineOffset, autolink.Column + 1), RawHtmlCheck.UrlHint));
                    break;
                case Markdig.Extensions.DefinitionLists.DefinitionTerm term when term.TryGetAttributes()?.Id is null:
                    // Definition terms are link targets, as Hugo's autoDefinitionTermID makes them ("[x](#cachedir)").
                    // Heading ids are all taken first, wherever the headings are: a term never takes a heading's id.
                    headingIds ??= syntax.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
                    var termId = TermId(InlineText.Of(term.Inline));
                    for (var n = 1; termId.Length > 0 && (headingIds.Contains(termId) || !anchors.Add(termId)) && n < 100; n++)
                    {
                        termId = TermId(InlineText.Of(term.Inline)) + "-" + n.ToString(CultureInfo.InvariantCulture); // as headings: "scope", "scope-1"
                    }

                    if (termId.Length > 0)
                    {
                        term.GetAttributes().Id = termId;
                    }

                    break;
                case Footnote footnote:
                    anchors.Add("fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture));
                    break;
                case FootnoteLink { IsBackLink: false } reference:
                    anchors.Add("fnref:" + reference.Index.ToString(CultureInfo.InvariantCulture));
                    break;
                case HtmlBlock block:
                    var blockHtml = block.Lines.ToString();
                    AddRawHtmlAnchors(blockHtml, anchors);
                    if (rawHtml == Settings.RawHtmlMode.Refuse)
                    {
                        RefuseDangerousHtml(blockHtml, block, path, lineOffset, context);
                    }

                    var rewrittenBlock = ResolveRawHtml(blockHtml, document.Source, path, block.Line + lineOffset, block.Column + 1, links);
                    if (!ReferenceEquals(rewrittenBlock, blockHtml))
                    {
                        block.Lines = new Markdig.Helpers.StringLineGroup(rewrittenBlock);
                    }

                    break;
                case HtmlInline inline:
                    AddRawHtmlAnchors(inline.Tag, anchors);
                    if (rawHtml == Settings.RawHtmlMode.Refuse)
                    {
                        RefuseDangerousHtml(inline.Tag, inline, path, lineOffset, context);
                    }

                    inline.Tag = ResolveRawHtml(inline.Tag, document.Source, path, inline.Line + lineOffset, inline.Column + 1, links);
                    break;
            }
        }

        ReplaceTocMarkers(syntax, headings);
        CareCards.Prepare(syntax, _careCards);
        CheckCareCards(syntax, path, lineOffset, context);
        var sources = CiteSourcesOf(document, syntax, info, path, lineOffset, context);
        foreach (var source in sources ?? [])
        {
            if (source.Number is not null && source.Id is not null)
            {
                anchors.Add(Citations.SourceAnchor(source.Id));
                anchors.UnionWith(source.CitedAt);
            }
        }

        if (_glossary is not null && document.Metadata.GetString(PageKeys.Layout) != GlossaryLayout)
        {
            GlossaryTermMarker.Mark(syntax, _glossary);
        }

        // Kept as UTF-8 until its layout: half the memory of a string, and copied to the page as is.
        var html = t_html ??= new Utf8BufferWriter();
        html.Clear();
        Markdig.Markdown.ToHtml(syntax, html, pipeline);
        html.Flush();

        var firstBlock = syntax.Count > 0 ? syntax[0] : null;
        var result = document.WithValues(
            KeyValuePair.Create<string, object?>(PageKeys.Headings, headings),
            KeyValuePair.Create<string, object?>(PageKeys.Links, links),
            KeyValuePair.Create<string, object?>(AnchorsKey, anchors),
            KeyValuePair.Create<string, object?>(PageKeys.TitleInContent, firstBlock is HeadingBlock { Level: 1 }))
            with
            { Content = DocumentContent.FromUtf8(html.WrittenSpan.ToArray()) };

        if (sources is not null)
        {
            result = result.WithValue(PageKeys.Sources, sources);
        }

        if (!ValidateFrontMatter.IsSetByPage(result.Metadata, context.Settings, PageKeys.Title))
        {
            var title = headings.FirstOrDefault(h => h.Level == 1)?.Text;
            result = result.WithValue(PageKeys.Title, string.IsNullOrWhiteSpace(title) ? TitleFromFileName(document.Source) : title);
        }

        return result.WithValue(PageKeys.Prose, Prose(result, syntax, lineOffset, path));
    }

    /// <summary>A heading-style id for a definition term: lower case, letters, digits, '-' and '_', spaces as '-'.</summary>
    private static string TermId(string text)
    {
        var id = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }

    /// <summary>Puts the page's contents list (its level 2 and 3 headings) where kramdown's <c>{:toc}</c> was.</summary>
    private static void ReplaceTocMarkers(MarkdownDocument syntax, List<HeadingInfo> headings)
    {
        var markers = syntax.Descendants<ParagraphBlock>().Where(p => p.Inline?.FirstChild is LiteralInline literal && literal.NextSibling is null && literal.Content.ToString() == ForeignSyntax.TocMarker).ToList();
        foreach (var marker in markers)
        {
            var html = new System.Text.StringBuilder("<nav class=\"toc toc-inline\" aria-label=\"Contents\"><ul>");
            foreach (var heading in headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0))
            {
                html.Append(heading.Level == 3 ? "<li class=\"toc-sub\">" : "<li>")
                    .Append("<a href=\"#").Append(System.Net.WebUtility.HtmlEncode(heading.Id)).Append("\">")
                    .Append(System.Net.WebUtility.HtmlEncode(heading.Text)).Append("</a></li>");
            }

            html.Append("</ul></nav>");
            var parent = marker.Parent!;
            parent[parent.IndexOf(marker)] = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = new Markdig.Helpers.StringLineGroup(html.ToString()) };
        }
    }

    /// <summary>Reports each dangerous part of a piece of raw HTML at its own line and column in the file.</summary>
    private static void RefuseDangerousHtml(string html, MarkdownObject node, string path, int lineOffset, ExecutionContext context)
    {
        var lines = node is HtmlBlock block ? block.Lines.Lines : null;
        foreach (var finding in RawHtmlCheck.InHtml(html))
        {
            // A block's lines keep their own columns (they may sit inside a list or quote); an inline tag starts at its column.
            var (line, column) = lines is not null && finding.Line - 1 < lines.Length
                ? (lines[finding.Line - 1].Line + lineOffset, lines[finding.Line - 1].Column + finding.Column)
                : (node.Line + lineOffset + finding.Line - 1, finding.Line == 1 ? node.Column + finding.Column : finding.Column);
            context.Diagnostics.Add(Diagnostic.Error(finding.Code, finding.Message, new SourceLocation(path, line, column), finding.Hint));
        }
    }

    private static Diagnostic NestingDiagnostic(NestingProblem problem, string path, int lineOffset)
    {
        var (what, limit, hint) = problem.Kind switch
        {
            NestingKind.Brackets => ("square brackets `[` open inside each other", NestingCheck.MaxInlineDepth, "close each `[` with `]`, or write `\\[` for a bracket that is only text"),
            NestingKind.Emphasis => ("emphasis markers `*` or `_` open inside each other", NestingCheck.MaxInlineDepth, "close each `*` or `_`, or write `\\*` for an asterisk that is only text"),
            _ => ("lists and quotes inside each other", NestingCheck.MaxBlockDepth, "a page never needs lists or quotes this deep: flatten them, or indent the line less"),
        };
        return Diagnostic.Error(
            Diagnostics.Codes.MarkdownTooDeep,
            $"markdown nested too deeply: more than {limit} {what}",
            new SourceLocation(path, problem.Line + lineOffset, problem.Column),
            hint);
    }

    /// <summary>Readability figures of the text readers see: the title the layout prints as the h1, then the body.</summary>
    private static ProseStats Prose(Document page, MarkdownDocument syntax, int lineOffset, string path)
    {
        var counter = ProseStats.Counter.Start();
        if (!page.Get<bool>(PageKeys.TitleInContent) && page.Metadata.GetString(PageKeys.Title) is { Length: > 0 } title)
        {
            var origin = page.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins)?.GetValueOrDefault(PageKeys.Title) ?? new SourceLocation(path);
            counter.Add(title, [(0, origin.Line, origin.Column)]);
        }

        ProseExtractor.Measure(syntax, lineOffset, counter);
        return counter.Finish();
    }

    /// <summary>The page's sources numbered in citation order when it cites them (null when nothing changes), reporting citation problems.</summary>
    private static List<SourceReference>? CiteSourcesOf(Document document, MarkdownDocument syntax, FrontMatterInfo? info, string path, int lineOffset, ExecutionContext context)
    {
        var citations = Citations.Of(syntax);
        var sources = document.Get<List<SourceReference>>(PageKeys.Sources);
        if (!citations.Any && sources is not { Count: > 1 })
        {
            return null; // nothing cited, and a single source cannot clash with another
        }

        var origin = document.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins)?.GetValueOrDefault(PageKeys.Sources) ?? FrontMatterInfo.Start(path);
        var entries = info?.Yaml is { } yaml && info.Locations.TryGetValue(PageKeys.Sources, out var own)
            ? SourceEntryLocator.Find(yaml, own.Key.Line, path)
            : [];
        var listed = CiteSources.Apply(citations, sources ?? [], new CiteSources.Places(path, lineOffset, origin, entries), context.Diagnostics);
        return citations.Any ? listed.ToList() : null;
    }

    private static void CheckCareCards(MarkdownDocument syntax, string path, int lineOffset, ExecutionContext context)
    {
        foreach (var (card, kind) in CareCards.In(syntax))
        {
            var where = new SourceLocation(path, card.Line + lineOffset, card.Column + 1);
            if (kind.HasSiteItems && CareCards.HasOwnBody(card))
            {
                // One set of rules for the whole site: a card that lists its own could contradict it.
                context.Diagnostics.Add(Diagnostic.Error(
                    Diagnostics.Codes.CareCardOwnItems,
                    $"care card [!{kind.Marker}] lists its own advice, but the site's care card data gives this kind its rules",
                    where,
                    $"leave the card empty (a line `> [!{kind.Marker}]` alone) to show the site's rules, or change them in _data/{CareCardSet.DataName}.yml"));
                continue;
            }

            var bullets = CareCards.BulletCount(card, kind);
            if (bullets > kind.MaxBullets)
            {
                context.Diagnostics.Add(Diagnostic.Error(
                    Diagnostics.Codes.CareCardTooLong,
                    $"care card [!{kind.Marker}] has {bullets} bullets; at most {kind.MaxBullets}",
                    where,
                    "readers scan these cards when worried: keep the most important signs and move the rest to the page text"));
            }
        }
    }

    /// <summary>"getting-started.md" becomes "Getting started"; an index page takes its folder's name.</summary>
    public static string TitleFromFileName(string source)
    {
        var parts = source.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (UrlMapper.IsIndexName(name))
        {
            name = parts.Length > 1 ? parts[^2] : "Home";
        }

        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Home" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Resolves a link, and rewrites it in the tree to the URL it has in the output.</summary>
    private LinkReference Resolve(LinkInline link, string source, string path, int lineOffset)
    {
        var written = link.Url ?? "";
        var (reference, url) = Resolve(written, source, new SourceLocation(path, link.Line + lineOffset, link.Column + 1));
        link.Url = url;
        return reference;
    }

    /// <summary>Resolves <paramref name="written"/>; returns what it points at and the URL to write in its place.</summary>
    private (LinkReference Reference, string Url) Resolve(string written, string source, SourceLocation location)
    {
        var resolved = LinkResolver.Resolve(source, written, _pages, _pages?.UrlOfSource(source), _assets is { } assets ? assets.Contains : null);
        var url = resolved.Kind switch
        {
            LinkKind.Page => resolved.OutputUrl,
            // Assets are published under fingerprinted names; link to those.
            LinkKind.File => _assets?.Resolve(resolved.Target!) is { } published && published != resolved.Target
                ? published + resolved.OutputUrl[resolved.Target!.Length..]
                : resolved.OutputUrl,
            _ => written,
        };
        return (new LinkReference(written, location, resolved), url);
    }

    /// <summary>
    /// Resolves the <c>href</c> of each <c>&lt;a&gt;</c> and the <c>src</c> of each <c>&lt;img&gt;</c>
    /// in raw HTML written in a page, like markdown links: each is added to <paramref name="links"/>
    /// (so it is checked) and rewritten to its output URL. Returns <paramref name="html"/> itself when
    /// nothing changed.
    /// </summary>
    private string ResolveRawHtml(string html, string source, string path, int line, int column, List<LinkReference> links)
    {
        if (!html.Contains("<a", StringComparison.OrdinalIgnoreCase) && !html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        return RawHtmlTag().Replace(html, tag => RawHtmlUrl().Replace(tag.Value, attribute =>
        {
            var value = attribute.Groups["value"];
            var before = html.AsSpan(0, tag.Index + attribute.Index);
            var newlines = before.Count('\n');
            var where = newlines == 0 ? new SourceLocation(path, line, column + before.Length) : new SourceLocation(path, line + newlines, before.Length - before.LastIndexOf('\n'));
            // As a browser reads it: entities decoded, tabs and line breaks dropped, spaces trimmed
            // (so " java\tscript:" is the script URL the raw HTML check reports, not a missing page).
            var written = System.Net.WebUtility.HtmlDecode(value.Value).Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Trim();
            var (reference, url) = Resolve(written, source, where);
            links.Add(reference);
            return url == written
                ? attribute.Value
                : attribute.Value[..(value.Index - attribute.Index)] + System.Net.WebUtility.HtmlEncode(url) + attribute.Value[(value.Index - attribute.Index + value.Length)..];
        }));
    }

    [GeneratedRegex(@"<(a|img)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlTag();

    [GeneratedRegex(@"\b(href|src)\s*=\s*(""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlUrl();

    // Authors may place their own anchors in raw HTML (<a id="x">); those are targets too.
    private static void AddRawHtmlAnchors(string fragment, HashSet<string> anchors)
    {
        foreach (Match match in IdAttribute().Matches(fragment))
        {
            anchors.Add(match.Groups[2].Value);
        }
    }

    [GeneratedRegex("""\b(id|name)\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
