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
/// (from the Data pipeline) and reports care cards with too many bullets (TW0107).
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

    /// <inheritdoc />
    protected override void BeforeExecute(System.Collections.Immutable.ImmutableArray<Document> inputs, ExecutionContext context)
    {
        _pages = new PageIndex(inputs.Select(p => (p.Source, p.Get<string>(PageKeys.Url) ?? UrlMapper.UrlOf(p.Source))));
        _assets = context.CanSee(PipelineNames.Assets) ? AssetUrls.From(context.OutputsOf(PipelineNames.Assets)) : null;
        _glossary = context.CanSee(PipelineNames.Data)
            ? GlossaryIndex.From(Data.ParseData.ByName(context.OutputsOf(PipelineNames.Data)).GetValueOrDefault("glossary"))
            : null;
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

        var pipeline = MarkdownPipelineFactory.Shared;
        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(body, pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses absurdly nested input (thousands of nested lists or quotes) this way.
            context.Diagnostics.Add(Diagnostic.Error(Diagnostics.Codes.MarkdownTooDeep, $"markdown nested too deeply to read: {exception.Message.TrimEnd('.')}", new SourceLocation(path, lineOffset), "lists or quotes inside each other hundreds of levels deep are a mistake: flatten them"));
            syntax = Markdig.Markdown.Parse("", pipeline); // the page still exists, so links to it are not reported too
        }


        // One walk over the tree gathers headings, links and anchors (document order).
        var headings = new List<HeadingInfo>();
        var links = new List<LinkReference>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in SyntaxWalker.Nodes(syntax))
        {
            switch (node)
            {
                case HeadingBlock heading:
                    var id = heading.GetAttributes().Id ?? "";
                    headings.Add(new HeadingInfo(heading.Level, id, InlineText.Of(heading.Inline), heading.Line + lineOffset));
                    anchors.Add(id);
                    break;
                case LinkInline link:
                    links.Add(Resolve(link, document.Source, path, lineOffset));
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
                    var rewrittenBlock = ResolveRawHtml(blockHtml, document.Source, path, block.Line + lineOffset, block.Column + 1, links);
                    if (!ReferenceEquals(rewrittenBlock, blockHtml))
                    {
                        block.Lines = new Markdig.Helpers.StringLineGroup(rewrittenBlock);
                    }

                    break;
                case HtmlInline inline:
                    AddRawHtmlAnchors(inline.Tag, anchors);
                    inline.Tag = ResolveRawHtml(inline.Tag, document.Source, path, inline.Line + lineOffset, inline.Column + 1, links);
                    break;
            }
        }

        ReplaceTocMarkers(syntax, headings);
        CheckCareCards(syntax, path, lineOffset, context);
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

        if (!ValidateFrontMatter.IsSetByPage(result.Metadata, context.Settings, PageKeys.Title))
        {
            var title = headings.FirstOrDefault(h => h.Level == 1)?.Text;
            result = result.WithValue(PageKeys.Title, string.IsNullOrWhiteSpace(title) ? TitleFromFileName(document.Source) : title);
        }

        return result.WithValue(PageKeys.Prose, Prose(result, syntax, lineOffset, path));
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

    private static void CheckCareCards(MarkdownDocument syntax, string path, int lineOffset, ExecutionContext context)
    {
        foreach (var (card, kind) in CareCards.In(syntax))
        {
            var bullets = CareCards.BulletCount(card);
            if (bullets > kind.MaxBullets)
            {
                context.Diagnostics.Add(Diagnostic.Error(
                    Diagnostics.Codes.CareCardTooLong,
                    $"care card [!{kind.Marker}] has {bullets} bullets; at most {kind.MaxBullets}",
                    new SourceLocation(path, card.Line + lineOffset, card.Column + 1),
                    "readers scan these cards when worried: keep the most important signs and move the rest to the page text"));
            }
        }
    }

    /// <summary>"caffeine-and-stimulants.md" becomes "Caffeine and stimulants"; an index page takes its folder's name.</summary>
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
        var resolved = LinkResolver.Resolve(source, written, _pages);
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
            var written = System.Net.WebUtility.HtmlDecode(value.Value);
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
