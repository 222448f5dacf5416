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
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Readability;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Parses each page body with the shared Markdig pipeline and renders it to HTML. From the
/// syntax tree it writes <see cref="PageKeys.Headings"/> and <see cref="PageKeys.Links"/> (with file
/// line and column), rewrites links to pages and files into their output URLs, and writes
/// <see cref="PageKeys.TitleInContent"/>. A page whose front matter sets no title takes the text of
/// its first level-1 heading, or else its file name.
/// </summary>
public sealed partial class RenderMarkdown : PerDocumentModule
{
    /// <summary>Computed: every anchor id of the page (headings, footnotes, ids in raw HTML).</summary>
    public const string AnchorsKey = "@anchors";

    /// <inheritdoc />
    /// <remarks>The result depends on the document, the settings and the Data pipeline (the default stamp).</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var info = document.Get<FrontMatterInfo>(PageKeys.FrontMatter);
        var lineOffset = info?.BodyFirstLine ?? 1;
        var body = document.Content is TextContent text ? text.Text : "";
        var pipeline = MarkdownPipelineFactory.Shared;
        var syntax = Markdig.Markdown.Parse(body, pipeline);

        var headings = syntax.Descendants<HeadingBlock>()
            .Select(h => new HeadingInfo(h.Level, h.GetAttributes().Id ?? "", InlineText.Of(h.Inline), h.Line + lineOffset))
            .ToList();

        var links = new List<LinkReference>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            var written = link.Url ?? "";
            var resolved = LinkResolver.Resolve(document.Source, written);
            links.Add(new LinkReference(written, new SourceLocation(path, link.Line + lineOffset, link.Column + 1), resolved));
            if (resolved.Kind is LinkKind.Page or LinkKind.File)
            {
                link.Url = resolved.OutputUrl;
            }
        }

        var html = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(html);
        pipeline.Setup(renderer);
        renderer.Render(syntax);

        var firstBlock = syntax.Count > 0 ? syntax[0] : null;
        var result = document
            .WithValue(PageKeys.Headings, headings)
            .WithValue(PageKeys.Links, links)
            .WithValue(AnchorsKey, CollectAnchors(syntax, headings))
            .WithValue(PageKeys.TitleInContent, firstBlock is HeadingBlock { Level: 1 })
            with
            { Content = DocumentContent.FromText(html.ToString()) };

        if (!ValidateFrontMatter.IsSetByPage(result.Metadata, context.Settings, PageKeys.Title))
        {
            var title = headings.FirstOrDefault(h => h.Level == 1)?.Text;
            result = result.WithValue(PageKeys.Title, string.IsNullOrWhiteSpace(title) ? TitleFromFileName(document.Source) : title);
        }

        return result.WithValue(PageKeys.Prose, Prose(result, syntax, lineOffset, path));
    }

    /// <summary>Readability figures of the text readers see: the title the layout prints as the h1, then the body.</summary>
    private static ProseStats Prose(Document page, MarkdownDocument syntax, int lineOffset, string path)
    {
        var units = new List<TextUnit>();
        if (!page.Get<bool>(PageKeys.TitleInContent) && page.Metadata.GetString(PageKeys.Title) is { Length: > 0 } title)
        {
            var origin = page.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins)?.GetValueOrDefault(PageKeys.Title) ?? new SourceLocation(path);
            units.Add(new TextUnit(TextUnitKind.Heading, title, [(0, origin.Line, origin.Column)]));
        }

        units.AddRange(ProseExtractor.Extract(syntax, lineOffset));
        return ProseStats.Of(units);
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

    private static HashSet<string> CollectAnchors(MarkdownDocument syntax, List<HeadingInfo> headings)
    {
        var anchors = new HashSet<string>(headings.Select(h => h.Id), StringComparer.Ordinal);
        foreach (var footnote in syntax.Descendants<Footnote>())
        {
            anchors.Add("fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var reference in syntax.Descendants<FootnoteLink>().Where(l => !l.IsBackLink))
        {
            anchors.Add("fnref:" + reference.Index.ToString(CultureInfo.InvariantCulture));
        }

        // Authors may place their own anchors in raw HTML (<a id="x">); those are targets too.
        var rawHtml = syntax.Descendants<HtmlBlock>().Select(b => b.Lines.ToString())
            .Concat(syntax.Descendants<HtmlInline>().Select(i => i.Tag));
        foreach (var fragment in rawHtml)
        {
            foreach (Match match in IdAttribute().Matches(fragment))
            {
                anchors.Add(match.Groups[2].Value);
            }
        }

        return anchors;
    }

    [GeneratedRegex("""\b(id|name)\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
