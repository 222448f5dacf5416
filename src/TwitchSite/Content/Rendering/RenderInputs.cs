using System.Collections.Immutable;
using Markdig;
using TwitchSite.Assets;
using TwitchSite.Data;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Documents;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Markdown.Extensions.GlossaryTerms;
using TwitchSite.Settings;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// What the steps of <see cref="RenderMarkdown"/> read besides the page itself, read once per
/// build: every page's URL (links written as addresses), the published asset names, the
/// glossary and care card kinds (Data pipeline), the <c>raw_html</c>, <c>highlight</c> and <c>emoji</c> settings
/// and the Markdig pipelines made from them, and whether any page lists sources (so the site cites). <see cref="Reads"/> sits beside <see cref="Read"/> on
/// purpose: the engine lets <see cref="Read"/> take only the pipelines declared there, and makes the
/// cache stamp from them (with <see cref="StampExtras"/>), so the live preview never reuses pages
/// rendered from stale data.
/// </summary>
public sealed class RenderInputs
{
    private RenderInputs(PageIndex pages, AssetUrls? assets, GlossaryIndex? glossary, CareCardSet careCards, RawHtmlMode rawHtml, bool highlight, bool emoji, bool cites)
    {
        Pages = pages;
        Cites = cites;
        Assets = assets;
        Glossary = glossary;
        CareCards = careCards;
        RawHtml = rawHtml;
        var escape = rawHtml == RawHtmlMode.Escape;
        Plain = MarkdownPipelineFactory.For(rawHtml, highlight, emoji);
        WithGlossary = glossary is null ? Plain : MarkdownPipelineFactory.Create(escape, glossary, highlight, emoji);
    }

    /// <summary>Every page's source and URL.</summary>
    public PageIndex Pages { get; }

    /// <summary>Published names of assets, or null when the Assets pipeline is not visible.</summary>
    public AssetUrls? Assets { get; }

    /// <summary>The glossary, or null when the Data pipeline is not visible.</summary>
    public GlossaryIndex? Glossary { get; }

    /// <summary>The site's care card kinds (empty without <c>_data/care_cards.yml</c>).</summary>
    public CareCardSet CareCards { get; }

    /// <summary>What happens to raw HTML (<c>raw_html</c>).</summary>
    public RawHtmlMode RawHtml { get; }

    /// <summary>
    /// Whether the site cites sources: some page lists <c>sources</c> (its own or its folder's).
    /// Only then is <c>[@id]</c> a citation; in a site that never lists sources (an mdBook book,
    /// MkDocs or Hugo docs) brackets starting with <c>@</c> are plain markdown
    /// (<c>_crate_[@_version_]</c>, <c>thanks to [@octocat]</c>), as their own generator shows them.
    /// </summary>
    public bool Cites { get; }

    /// <summary>The site's Markdig pipeline for <see cref="RawHtml"/>, without glossary marking (the glossary page itself).</summary>
    public MarkdownPipeline Plain { get; }

    /// <summary>The same pipeline, marking the first use of each glossary term.</summary>
    public MarkdownPipeline WithGlossary { get; }

    /// <summary>Reads the inputs for one run over <paramref name="inputs"/>.</summary>
    public static RenderInputs Read(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var pages = new PageIndex(inputs.Select(p => (p.Source, UrlOf(p))), inputs.SelectMany(p => OtherAddresses(p).Select(a => (p.Source, a))));
        var assets = AssetUrls.From(context.OutputsOf(PipelineNames.Assets));
        var data = ParseData.ByName(context.OutputsOf(PipelineNames.Data));
        var glossary = GlossaryIndex.From(data.GetValueOrDefault("glossary"));
        var settings = SiteSettings.Of(context.Settings);
        return new RenderInputs(pages, assets, glossary, CareCardSet.From(data.GetValueOrDefault(CareCardSet.DataName)), settings.RawHtml, settings.Highlight, settings.Emoji, inputs.Any(ListsSources));
    }

    /// <summary>
    /// What <see cref="Read"/> and the steps read from the build: every setting (a page's own keys
    /// are told from inherited ones by where its metadata layers stop at the settings), the Data
    /// pipeline, and of the Assets pipeline only the names of files pages link to: stylesheets and
    /// scripts are left out, so a CSS edit in the live preview re-renders layouts, not markdown.
    /// </summary>
    public static IReadOnlyList<Engine.Modules.Read> Reads { get; } =
    [
        Engine.Modules.Read.AllSettings,
        Engine.Modules.Read.Pipeline(PipelineNames.Data),
        Engine.Modules.Read.Pipeline(PipelineNames.Assets, assets => assets
            .Where(a => a.Destination is { } d && !d.EndsWith(".css", StringComparison.Ordinal) && !d.EndsWith(".js", StringComparison.Ordinal))
            .Select(a => (object?)(a.Destination + "=" + a.Get<string>(AssetKeys.OriginalPath)))
            .ToList()),
    ];

    /// <summary>
    /// What else the results depend on: links written as addresses (page.html, /section/page/)
    /// resolve against every page's URL, and whether any page lists sources (<see cref="Cites"/>).
    /// </summary>
    public static IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs) =>
        [inputs.Select(p => (object?)(p.Source + "=" + UrlOf(p) + " " + string.Join(' ', OtherAddresses(p)))).ToList(), inputs.Any(ListsSources)];

    private static bool ListsSources(Document page) => page.Get<List<FrontMatter.SourceReference>>(FrontMatter.PageKeys.Sources) is { Count: > 0 };

    /// <summary>The cache stamp <see cref="RenderMarkdown"/> gets from <see cref="Reads"/> and <see cref="StampExtras"/>.</summary>
    public static CacheStamp Stamp(ImmutableArray<Document> inputs, ExecutionContext context) =>
        new([.. ReadStamp.PartsOf(Reads, context), .. StampExtras(inputs)]);

    /// <summary>
    /// The other addresses links may name <paramref name="page"/> by: another generator's
    /// (<see cref="UrlKeys.OtherAddresses"/>) and its old addresses (<c>redirect_from</c>, Hugo's
    /// <c>aliases</c>), which Jekyll docs link to (<c>/docs/templates/</c> for a page that moved).
    /// </summary>
    private static IEnumerable<string> OtherAddresses(Document page) =>
        (page.Get<List<string>>(UrlKeys.OtherAddresses) ?? [])
            .Concat((page.Get<List<string>>(FrontMatter.PageKeys.RedirectFrom) ?? []).Where(a => a.StartsWith('/'))
                .SelectMany(a => a.EndsWith('/') ? [a] : new[] { a, a + "/" })); // Hugo's alias "docsy-0.7" is linked as "/blog/2023/docsy-0.7/"

    private static string UrlOf(Document page) => page.Get<string>(UrlKeys.Url) ?? UrlMapper.UrlOf(page.Source);
}
