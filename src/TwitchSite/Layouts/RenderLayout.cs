using System.Collections.Immutable;
using Fluid;
using Fluid.Values;
using TwitchSite.Assets;
using TwitchSite.Content;
using TwitchSite.Data;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Navigation;
using TwitchSite.Settings;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Layouts;

/// <summary>
/// Places each page's HTML into its layout chain (page layout, then each parent named in a
/// layout's front matter) and replaces the content with the finished HTML document. Reads the
/// page's <c>layout</c> (default <c>page</c>), the Data pipeline's outputs and the navigation tree
/// built from all pages. A layout that pages name in front matter but the theme lacks (other
/// generators' names, such as <c>docs</c> or <c>search</c>) falls back to <c>page</c> with one
/// warning per name at the first page naming it (TW0230); an unknown layout named by a layout, or
/// with no <c>page</c> layout to fall back to, is an error where it is named (TW0401); so is a failure while
/// rendering (TW0403). When the build writes output, each finished page is written to it at once
/// (<see cref="WrittenContent"/>) instead of being held until the Output phase. Cacheable in a
/// live preview: a page is rendered again only when it changed, or when the settings, data,
/// assets, any layout or anything shown in navigation changed.
/// </summary>
/// <param name="layoutFolders">Layout folders, overriding first: input/layouts, then theme/layouts.</param>
/// <param name="assetUrl">Maps an asset path to its published URL; by default the Assets pipeline's fingerprinted URLs.</param>
/// <param name="folderTitle">The site's name when neither settings nor a home page give one (its folder's, see <see cref="SiteModel"/>), or null.</param>
/// <param name="hasSearch">Whether the site has a search index, for layouts as <c>site.has_search</c>.</param>
public sealed class RenderLayout(IReadOnlyList<string> layoutFolders, Func<string, string>? assetUrl = null, string? folderTitle = null, bool hasSearch = false) : PerDocumentModule
{
    private const int MaxLayoutDepth = 16;

    /// <summary>Largest page a layout may make: far above any real page, far below running out of memory.</summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;
    private const string NotFoundLayout = "404";
    private LayoutCatalog? _catalog;

    // Layouts stopped by a limit in this run: the other pages skip them instead of each running into the limit again.
    private System.Collections.Concurrent.ConcurrentDictionary<string, bool> _stopped = new(StringComparer.Ordinal);
    private PageModel? _model;
    private CacheStamp? _siteStamp;
    private HashSet<string> _fallbacks = [];

    /// <inheritdoc />
    protected override bool IsCacheable => true;

    [ThreadStatic]
    private static List<Utf8BufferWriter>? t_writers;

    /// <summary>This thread's buffer for layouts <paramref name="depth"/> levels out, reused from page to page.</summary>
    private static Utf8BufferWriter WriterAt(int depth)
    {
        var writers = t_writers ??= [];
        while (writers.Count <= depth)
        {
            writers.Add(new Utf8BufferWriter { MaxLength = MaxPageBytes });
        }

        return writers[depth];
    }

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        _stopped = new(StringComparer.Ordinal);
        var state = context.Cache?.State<RenderState>(context.ModuleKey.ToString());
        _catalog = LayoutCatalog.Load(layoutFolders, TemplateSetup.Parser, context.Diagnostics, state?.Layouts);
        _fallbacks = ReportFallbacks(inputs, context);
        var dataDocuments = context.OutputsOf(PipelineNames.Data);
        _siteStamp = new CacheStamp(context.Settings, dataDocuments, NavigationTree.Entries(inputs));
        SiteModel site;
        if (state is { Site: { } cached } && state.SiteStamp!.Equals(_siteStamp))
        {
            site = cached; // nothing the shared model is made of changed: skip rebuilding navigation
        }
        else
        {
            site = new SiteModel(SiteSettings.Of(context.Settings), ParseData.ByName(dataDocuments), NavigationTree.Build(inputs), folderTitle, hasSearch);
            if (state is not null)
            {
                (state.Site, state.SiteStamp) = (site, _siteStamp);
            }
        }

        // The model (template values every page shares, and the cache blocks' fragments) depends
        // on exactly what decides whether pages render again; a preview rebuild that changed none
        // of it keeps the model, instead of converting the whole menu again for one edited page.
        var modelStamp = CacheStamp(inputs, context);
        if (state is { Model: { } model } && state.ModelStamp!.Equals(modelStamp))
        {
            _model = model;
            return;
        }

        _model = new PageModel(site, TemplateSetup.CreateOptions(assetUrl ?? AssetUrls.From(context.OutputsOf(PipelineNames.Assets)).Resolve));
        if (state is not null)
        {
            (state.Model, state.ModelStamp) = (_model, modelStamp);
        }
    }

    /// <inheritdoc />
    /// <remarks>Layouts see every setting as <c>site</c>, the data files as <c>data</c>, and print the assets' URLs.</remarks>
    public override IReadOnlyList<Read> Reads => [Read.AllSettings, Read.Pipeline(PipelineNames.Data), Read.Pipeline(PipelineNames.Assets)];

    /// <inheritdoc />
    /// <remarks>
    /// Besides the reads: the navigation (every page's title, order, description...) and the
    /// parsed layouts. Other pages' content is deliberately left out, so editing one page renders one page.
    /// </remarks>
    protected override IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs, ExecutionContext context) =>
        [_siteStamp, _catalog!.Fingerprint];

    /// <summary>
    /// The layout names pages give that the theme lacks, each reported once (TW0230) at the first
    /// page in source order that names it, with how many pages do. Decided before any page renders,
    /// from every page, so the report is the same however pages are scheduled or reused.
    /// </summary>
    private HashSet<string> ReportFallbacks(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var fallbacks = new HashSet<string>(StringComparer.Ordinal);
        if (!_catalog!.TryGet(PageKeys.DefaultLayout, out _))
        {
            return fallbacks; // nothing to fall back to: each page reports TW0401
        }

        var named = inputs
            .Select(d => (Page: d, Name: d.Metadata.GetString(PageKeys.Layout)))
            .Where(p => p.Name is not null && !_catalog.TryGet(p.Name, out _) && !_catalog.IsBroken(p.Name))
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in named)
        {
            fallbacks.Add(group.Key);
            var first = group.OrderBy(p => p.Page.Source, StringComparer.Ordinal).First().Page;
            var where = first.Get<SourceOrigins>(FrontMatterKeys.Origins)?.GetValueOrDefault(PageKeys.Layout) ?? new SourceLocation(first.SourceFullPath ?? first.Source);
            var count = group.Count();
            var pages = count == 1 ? "1 page names it" : $"{count} pages name it";
            context.Diagnostics.Add(Codes.LayoutFallback.Create(where, group.Key, pages, PageKeys.DefaultLayout) with { Hint = $"add {LayoutCatalog.FolderName}/{group.Key}{LayoutCatalog.Extension} to the theme or the input folder, or remove `layout: {group.Key}`; layouts available: {string.Join(", ", _catalog.Names)}" });
        }

        return fallbacks;
    }

    /// <summary>The layout of a page that names none: the 404 page gets <c>404</c> when the theme has it, others <c>page</c>.</summary>
    private string DefaultLayoutOf(Document document) =>
        document.Get<string>(UrlKeys.Url) == "/404.html" && _catalog!.TryGet(NotFoundLayout, out _) ? NotFoundLayout : PageKeys.DefaultLayout;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var name = document.Metadata.GetString(PageKeys.Layout) ?? DefaultLayoutOf(document);
        if (_fallbacks.Contains(name))
        {
            name = PageKeys.DefaultLayout; // reported once for all its pages
        }

        var origins = document.Get<SourceOrigins>(FrontMatterKeys.Origins);
        var where = origins?.GetValueOrDefault(PageKeys.Layout) ?? new SourceLocation(path);
        // With an output, every layout renders into this thread's UTF-8 buffers and the page goes
        // to the output at once; without one, the page is kept as text.
        var output = StreamTarget(document, context);
        var text = document.Content as TextContent;
        var html = "";
        FluidValue content = output is not null && text?.Utf8Bytes is { } utf8
            ? new Utf8HtmlValue(utf8)
            : new StringValue(text?.Text ?? "", encode: false);
        var templateContext = _model!.Create(document, content);
        for (var depth = 0; ; depth++)
        {
            if (_catalog!.IsBroken(name) || _stopped.ContainsKey(name))
            {
                return null; // its syntax error is reported once, not once per page
            }

            if (!_catalog.TryGet(name, out var layout) && !_catalog.Names.Any())
            {
                // One error for the theme, not one "unknown layout" per page (identical diagnostics are reported once).
                var folder = Path.GetFullPath(layoutFolders[^1]);
                context.Diagnostics.Add((Directory.Exists(folder) ? Codes.NoLayoutsInFolder : Codes.NoLayoutsFolder)
                    .Create(new SourceLocation(folder), LayoutCatalog.FolderName, PageKeys.DefaultLayout, LayoutCatalog.Extension));
                return null;
            }

            if (layout is null)
            {
                context.Diagnostics.Add(Codes.UnknownLayout.Create(where, name, string.Join(", ", _catalog.Names)));
                return null;
            }

            if (depth >= MaxLayoutDepth)
            {
                context.Diagnostics.Add(Codes.LayoutLoop.Create(where, name));
                return null;
            }

            try
            {
                RenderInto(WriterAt(depth), layout, templateContext);
                if (output is null)
                {
                    html = System.Text.Encoding.UTF8.GetString(WriterAt(depth).WrittenSpan);
                }
            }
            catch (OutputTooLargeException) when (ContentBytes(text) >= MaxPageBytes / 2)
            {
                // The page's own content, not the layout, is what is too large: blame the page, and
                // keep the layout for every other page.
                context.Diagnostics.Add(Codes.PageTooLarge.Create(new SourceLocation(path), document.Source, name, MaxPageBytes / (1024 * 1024), Math.Max(1, ContentBytes(text) / (1024 * 1024))));
                return null;
            }
            catch (Exception exception) when (RunawayDiagnostic(exception, layout) is { } runaway)
            {
                _stopped[name] = true;
                context.Diagnostics.Add(runaway);
                return null;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.Diagnostics.Add(Codes.LiquidRender.Create(new SourceLocation(layout.FullPath), name, document.Source, exception.Message));
                return null;
            }

            if (layout.Parent is null)
            {
                if (output is not null)
                {
                    var page = WriterAt(depth).WrittenSpan;
                    output.WriteBytes(document.Destination!, page);
                    return document with { Content = DocumentContent.Written(page.Length) };
                }

                break;
            }

            // The parent layout gets this one's output as its `content`.
            templateContext.SetValue("content", output is not null ? new Utf8HtmlValue(WriterAt(depth).WrittenMemory) : new StringValue(html, encode: false));
            where = layout.ParentLocation!;
            name = layout.Parent;
        }

        return document with { Content = DocumentContent.FromText(html) };
    }

    /// <summary>
    /// Where a finished page goes as soon as it is rendered, or null to keep it in memory: the
    /// build's output when it has one and no error was reported yet (a failing build writes
    /// nothing, so its pages need no writing). Streaming keeps memory flat on large sites; the
    /// output is still only committed when the whole build succeeds.
    /// </summary>
    private static OutputFolder? StreamTarget(Document document, ExecutionContext context) =>
        document.Destination is not null && !context.Diagnostics.HasErrors ? context.Output : null;

    /// <summary>
    /// The located error for a layout stopped by a limit, or null for any other failure. Fluid
    /// reports both its step limit and its include-depth limit as an InvalidOperationException
    /// with the recursion message; the runaway loop is reported at the layout's first loop.
    /// A value too large for memory (a string doubled in a loop) is a runaway too.
    /// </summary>
    private static Diagnostic? RunawayDiagnostic(Exception exception, Layout layout) => exception switch
    {
        LiquidLimitException => Codes.LayoutTooMuchWork.Create(layout.LoopLocation, layout.Name, exception.Message),
        InvalidOperationException when exception.Message.Contains("maximum level of recursion", StringComparison.Ordinal) || exception.Message.Contains("maximum number of", StringComparison.Ordinal) =>
            Codes.LayoutTooManySteps.Create(layout.LoopLocation, layout.Name, TemplateSetup.MaxSteps, TemplateSetup.MaxRecursion),
        OutputTooLargeException => Codes.LayoutOutputTooLarge.Create(layout.LoopLocation, layout.Name, MaxPageBytes / (1024 * 1024)),
        OutOfMemoryException => Codes.LayoutOutOfMemory.Create(layout.LoopLocation, layout.Name),
        _ => null,
    };

    /// <summary>How many bytes of HTML the page's rendered markdown holds.</summary>
    private static long ContentBytes(TextContent? text) =>
        text is null ? 0 : text.Utf8Bytes is { } utf8 ? utf8.Length : System.Text.Encoding.UTF8.GetByteCount(text.Text);

    private static void RenderInto(Utf8BufferWriter writer, Layout layout, TemplateContext templateContext)
    {
        writer.Clear();
        var rendering = layout.Template.RenderAsync(writer, templateContext, TemplateSetup.Encoder);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }
}

/// <summary>What <see cref="RenderLayout"/> keeps between builds of a live preview.</summary>
internal sealed class RenderState
{
    /// <summary>Parsed layouts by file.</summary>
    public LayoutFileCache Layouts { get; } = new();

    /// <summary>The shared layout model of the previous build.</summary>
    public SiteModel? Site { get; set; }

    /// <summary>What <see cref="Site"/> was built from.</summary>
    public CacheStamp? SiteStamp { get; set; }

    /// <summary>The page model of the previous build (with its cached fragments).</summary>
    public PageModel? Model { get; set; }

    /// <summary>What <see cref="Model"/> was made from: the module's cache stamp.</summary>
    public CacheStamp? ModelStamp { get; set; }
}
