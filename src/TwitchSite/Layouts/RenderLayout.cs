using System.Collections.Immutable;
using Fluid;
using TwitchSite.Content;
using TwitchSite.Data;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Navigation;
using TwitchSite.Pipelines;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Layouts;

/// <summary>
/// Places each page's HTML into its layout chain (page layout, then each parent named in a
/// layout's front matter) and replaces the content with the finished HTML document. Reads the
/// page's <c>layout</c> (default <c>page</c>), the Data pipeline's outputs and the navigation tree
/// built from all pages. Reports an unknown layout where it is named (TW0401) and a failure while
/// rendering (TW0403). Cacheable: a page is rendered again only when it changed, or when the
/// settings, data, assets, any layout or anything shown in navigation changed.
/// </summary>
/// <param name="layoutFolders">Layout folders, overriding first: input/layouts, then theme/layouts.</param>
/// <param name="assetUrl">Maps an asset path to its published URL.</param>
public sealed class RenderLayout(IReadOnlyList<string> layoutFolders, Func<string, string>? assetUrl = null) : PerDocumentModule
{
    private const int MaxLayoutDepth = 16;
    private const string NotFoundLayout = "404";
    private LayoutCatalog? _catalog;
    private SiteModel? _site;
    private TemplateOptions? _options;
    private CacheStamp? _siteStamp;

    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var state = context.Cache?.State<RenderState>(context.ModuleKey.ToString());
        _catalog = LayoutCatalog.Load(layoutFolders, TemplateSetup.Parser, context.Diagnostics, state?.Layouts);
        var dataDocuments = context.CanSee(PipelineNames.Data) ? context.OutputsOf(PipelineNames.Data) : [];
        _siteStamp = new CacheStamp(context.Settings, dataDocuments, NavigationTree.Entries(inputs));
        if (state is { Site: { } site } && state.SiteStamp!.Equals(_siteStamp))
        {
            _site = site; // nothing the shared model is made of changed: skip rebuilding navigation
        }
        else
        {
            _site = new SiteModel(context.Settings, ParseData.ByName(dataDocuments), NavigationTree.Build(inputs));
            if (state is not null)
            {
                (state.Site, state.SiteStamp) = (_site, _siteStamp);
            }
        }

        _options = TemplateSetup.CreateOptions(assetUrl ?? (path => path));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Covers what layouts read besides the page: settings, data, navigation (every page's title,
    /// order, description...), the parsed layouts and the assets (whose URLs layouts print).
    /// Other pages' content is deliberately left out, so editing one page renders one page.
    /// </remarks>
    protected override CacheStamp CacheStamp(ImmutableArray<Document> inputs, ExecutionContext context) =>
        new(_siteStamp, _catalog!.Fingerprint, context.CanSee(PipelineNames.Assets) ? context.OutputsOf(PipelineNames.Assets) : []);

    /// <summary>The layout of a page that names none: the 404 page gets <c>404</c> when the theme has it, others <c>page</c>.</summary>
    private string DefaultLayoutOf(Document document) =>
        document.Get<string>(PageKeys.Url) == "/404.html" && _catalog!.TryGet(NotFoundLayout, out _) ? NotFoundLayout : PageKeys.DefaultLayout;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var name = document.Metadata.GetString(PageKeys.Layout) ?? DefaultLayoutOf(document);
        var origins = document.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins);
        var where = origins?.GetValueOrDefault(PageKeys.Layout) ?? new SourceLocation(path);
        var html = document.Content is TextContent text ? text.Text : "";
        var templateContext = PageModel.Create(document, _site!, _options!, html);

        for (var depth = 0; ; depth++)
        {
            if (_catalog!.IsBroken(name))
            {
                return null; // its syntax error is reported once, not once per page
            }

            if (!_catalog.TryGet(name, out var layout))
            {
                context.Diagnostics.Add(Diagnostic.Error(Codes.UnknownLayout, $"unknown layout '{name}'", where, $"layouts available: {string.Join(", ", _catalog.Names)}"));
                return null;
            }

            if (depth >= MaxLayoutDepth)
            {
                context.Diagnostics.Add(Diagnostic.Error(Codes.UnknownLayout, $"layouts wrap each other in a loop at '{name}'", where, "a layout's `layout:` must not lead back to itself"));
                return null;
            }

            try
            {
                html = layout.Template.Render(templateContext, TemplateSetup.Encoder);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.Diagnostics.Add(Diagnostic.Error(Codes.LiquidRender, $"layout '{name}' failed for page '{document.Source}': {exception.Message}", new SourceLocation(layout.FullPath)));
                return null;
            }

            if (layout.Parent is null)
            {
                break;
            }

            templateContext.SetValue("content", new Fluid.Values.StringValue(html, encode: false));
            where = layout.ParentLocation!;
            name = layout.Parent;
        }

        return document with { Content = DocumentContent.FromText(html) };
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
}
