using System.Collections.Immutable;
using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Readability;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Turns each page's markdown body into HTML, as a short run of named steps over ONE parse of the
/// body (each step in <c>Content/Rendering/</c>, one job each, tested alone). Reads the page's body,
/// front matter (<see cref="FrontMatterKeys.Info"/>, <see cref="PageKeys.Sources"/>,
/// <see cref="FrontMatterKeys.Origins"/>) and what <see cref="RenderInputs"/> reads from the build (every
/// page's URL, asset names, glossary and care cards from the Data pipeline, <c>raw_html</c>).
/// Writes the HTML as the content, <see cref="MarkdownKeys.Headings"/>, <see cref="MarkdownKeys.Links"/>,
/// <see cref="MarkdownKeys.Anchors"/>, <see cref="MarkdownKeys.TitleInContent"/>, <see cref="PageKeys.Title"/>
/// (when the page sets none), <see cref="PageKeys.Sources"/> (numbered, when cited) and
/// <see cref="ReadabilityKeys.Prose"/> (when something reads it, see <see cref="RenderMarkdown(bool, string?)"/>); reports TW0107, TW0120-TW0124, TW0203, TW0220/TW0221, TW0250, TW0411 (a page too long to read) and TW0711.
/// </summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    /// <summary>Layout of the page that lists the glossary: its terms are not marked again.</summary>
    public const string GlossaryLayout = "glossary";

    private static readonly HashSet<string> DroppedWhenRendered = new(StringComparer.Ordinal) { FrontMatterKeys.Info };

    private readonly bool _measureEveryPage;
    private readonly string? _folderPrefix;
    private RenderInputs? _inputs;
    private int? _maxSentenceWords;
    private bool _measure;

    /// <summary>
    /// Creates the module. With <paramref name="measureEveryPage"/> every page gets its readability
    /// figures (the <c>check</c> command prints them for every page); without, only a site whose
    /// content checks read them (<see cref="Settings.ContentCheckSettings.ReadsProse"/>) has them
    /// measured: on other sites nothing reads them, and measuring was about a tenth of a build's CPU
    /// (README, "Speed without search").
    /// </summary>
    /// <param name="measureEveryPage">True to measure every page's readability.</param>
    /// <param name="folderPrefix">
    /// The input folder's own name as an address prefix (<c>/docs</c>; see
    /// <see cref="ApplyBaseUrlPrefix.FolderPrefix"/>), for pages without another generator's prefix, or null.
    /// </param>
    public RenderMarkdown(bool measureEveryPage = false, string? folderPrefix = null)
    {
        _measureEveryPage = measureEveryPage;
        _folderPrefix = folderPrefix;
    }

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        _inputs = RenderInputs.Read(inputs, context);
        // Settings are among the reads: a changed target renders the pages again in a live preview.
        var checks = Settings.ContentCheckSettings.From(context.Settings);
        _maxSentenceWords = checks.MaxSentenceWords;
        _measure = _measureEveryPage || checks.ReadsProse;
    }

    /// <inheritdoc />
    /// <remarks>The result depends on the document and on what <see cref="RenderInputs.Stamp"/> covers.</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    public override IReadOnlyList<Read> Reads => RenderInputs.Reads;

    /// <inheritdoc />
    protected override IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs, ExecutionContext context) =>
        RenderInputs.StampExtras(inputs);

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var site = _inputs!;
        var diagnostics = context.Diagnostics;
        var page = new PageBody(document.Source, document.SourceFullPath ?? document.Source, document.Get<FrontMatterInfo>(FrontMatterKeys.Info)?.BodyFirstLine ?? 1);
        var pipeline = document.Metadata.GetString(PageKeys.Layout) == GlossaryLayout ? site.Plain : site.WithGlossary;

        var markdown = document.Content is TextContent text ? text.Text : "";
        if (ParseMarkdown.RefuseTooLarge(markdown, page, diagnostics))
        {
            markdown = ""; // refused before any step whose work grows with the page
        }

        // An HTML page's body is raw HTML as a whole (no markdown, no other generator's syntax: a body with Liquid is no page).
        var isHtml = HtmlPages.HasHtmlExtension(document.Source);
        var removedTemplates = false;
        var body = isHtml ? markdown : RemoveForeignSyntax.Apply(markdown, page, diagnostics, out removedTemplates, site.RawHtml == Settings.RawHtmlMode.Escape, document.Get<bool>(MarkdownKeys.TemplatesAreText));
        var syntax = isHtml ? ParseMarkdown.ParseHtml(body) : ParseMarkdown.Parse(body, page, pipeline, diagnostics, site.Cites);
        if (!isHtml)
        {
            MystAnchors.Apply(syntax, body);
            PromotePageHeading.Apply(syntax, document, context.Settings);
        }

        // One walk of the tree shows each node to every step that reads nodes, in this order (the
        // ids are assigned to a node before it is gathered); each step finishes after the walk.
        var rawHtml = CheckRawHtml.For(site.RawHtml, page, diagnostics);
        var gatherHeadings = new GatherHeadings();
        var gatherAnchors = new GatherAnchors();
        var resolveLinks = new ResolveLinks(site.Pages, site.Assets, document.Get<string>(MarkdownKeys.AddressPrefix) ?? _folderPrefix, document.Get<IReadOnlyDictionary<string, MystTargets.Target>>(MarkdownKeys.MystTargets), document.Get<ApplyLocaleFallback.Fallback>(MarkdownKeys.LocaleFallback));
        var contentsLists = new InsertContentsLists();
        var careCards = new CareCardPreparer(site.CareCards);
        var otherSiteImages = new CheckOtherSiteImages(page);
        // An mdBook chapter's code blocks leave out the lines mdBook hides (HideCodeLines).
        var hiddenLines = document.Get<Site.HiddenLineRules>(MarkdownKeys.HiddenLineRules) is { } rules ? new HideCodeLines(rules) : null;
        List<ISyntaxVisitor> steps = rawHtml is null ? [] : [rawHtml];
        steps.AddRange([otherSiteImages, new AssignElementIds(syntax), CodeBlockClasses.Instance, gatherHeadings, gatherAnchors, resolveLinks, contentsLists, careCards]);
        if (hiddenLines is not null)
        {
            steps.Add(hiddenLines);
        }

        SyntaxWalker.Visit(syntax, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(steps));
        otherSiteImages.Finish(diagnostics);

        // Other generators' heading ids rename the headings: after the walk, before the headings and anchors are read.
        switch (document.Get<string>(MarkdownKeys.HeadingIdStyle))
        {
            case PythonMarkdownIds.Style:
                PythonMarkdownIds.Apply(syntax);
                break;
            case VitePressIds.Style:
                VitePressIds.Apply(syntax);
                break;
        }

        var htmlHeadings = isHtml ? HtmlHeadings.Of(body, page) : null;
        // An HTML page's headings without an id cannot be linked to: they name the page, not its contents list.
        var headings = htmlHeadings?.Where(h => h.Id.Length > 0).ToList() ?? gatherHeadings.Finish(page);
        var anchors = gatherAnchors.Finish();
        var links = resolveLinks.Finish(page);
        contentsLists.Finish(headings);
        CheckCareCards.Report(careCards.Cards, page, diagnostics);
        var sources = NumberSources.Apply(document, syntax, page, diagnostics);
        GatherAnchors.AddSources(anchors, sources ?? []);
        var html = RenderHtml.ToContent(syntax, pipeline, SpillOf(context));

        var result = document.WithValues(
            KeyValuePair.Create<string, object?>(MarkdownKeys.Headings, headings),
            KeyValuePair.Create<string, object?>(MarkdownKeys.Links, PageLinks.Of(links)),
            KeyValuePair.Create<string, object?>(MarkdownKeys.Anchors, anchors),
            KeyValuePair.Create<string, object?>(MarkdownKeys.TitleInContent, htmlHeadings is null ? InferTitle.IsInContent(syntax) : htmlHeadings.Exists(h => h.Level == 1)))
            with
            { Content = html };
        if (sources is not null)
        {
            result = result.WithValue(PageKeys.Sources, sources);
        }

        if (removedTemplates)
        {
            result = result.WithValue(MarkdownKeys.TemplateSyntaxRemoved, true);
        }

        result = InferTitle.Apply(result, htmlHeadings ?? headings, context.Settings, anyLevel: isHtml);
        // The front matter block's text and key positions were read by the checks before and by
        // NumberSources above; nothing later does (the positions of values live on in the origins),
        // and every page would hold them until the end of the build (about 1 KB a page).
        result = result.Without(DroppedWhenRendered);

        return _measure ? result.WithValue(ReadabilityKeys.Prose, MeasureProse.Of(result, syntax, page, _maxSentenceWords)) : result;
    }

    /// <summary>
    /// Where the pages' HTML waits for the layouts: the build's spill file when it writes an output
    /// (read back by the layout, so memory does not grow with the site), else memory. Not with a
    /// cache (the live preview): its results are kept for the next build, which has a new staging folder.
    /// </summary>
    private static Engine.IO.TextSpill? SpillOf(ExecutionContext context) =>
        context.Cache is null && context.Output is { } output ? output.Spill : null;
}
