using System.Collections.Immutable;
using Markdig;
using TwitchSite.Data;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Documents;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Markdown.Extensions.GlossaryTerms;
using TwitchSite.Pipelines;
using TwitchSite.Publishing;
using TwitchSite.Settings;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// What the steps of <see cref="RenderMarkdown"/> read besides the page itself, read once per
/// build: every page's URL (links written as addresses), the published asset names, the
/// glossary and care card kinds (Data pipeline), the <c>raw_html</c> setting and the Markdig
/// pipelines made from them. <see cref="Stamp"/> sits beside <see cref="Read"/> on purpose:
/// whatever <see cref="Read"/> takes from the build must be in the stamp, or the live preview
/// reuses pages rendered from stale data.
/// </summary>
public sealed class RenderInputs
{
    private RenderInputs(PageIndex pages, AssetUrls? assets, GlossaryIndex? glossary, CareCardSet careCards, RawHtmlMode rawHtml)
    {
        Pages = pages;
        Assets = assets;
        Glossary = glossary;
        CareCards = careCards;
        RawHtml = rawHtml;
        var escape = rawHtml == RawHtmlMode.Escape;
        Plain = escape ? MarkdownPipelineFactory.Escaping : MarkdownPipelineFactory.Shared;
        WithGlossary = glossary is null ? Plain : MarkdownPipelineFactory.Create(escape, glossary);
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

    /// <summary>The site's Markdig pipeline for <see cref="RawHtml"/>, without glossary marking (the glossary page itself).</summary>
    public MarkdownPipeline Plain { get; }

    /// <summary>The same pipeline, marking the first use of each glossary term.</summary>
    public MarkdownPipeline WithGlossary { get; }

    /// <summary>Reads the inputs for one run over <paramref name="inputs"/>.</summary>
    public static RenderInputs Read(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var pages = new PageIndex(inputs.Select(p => (p.Source, UrlOf(p))));
        var assets = context.CanSee(PipelineNames.Assets) ? AssetUrls.From(context.OutputsOf(PipelineNames.Assets)) : null;
        var data = context.CanSee(PipelineNames.Data) ? ParseData.ByName(context.OutputsOf(PipelineNames.Data)) : null;
        var glossary = data is null ? null : GlossaryIndex.From(data.GetValueOrDefault("glossary"));
        return new RenderInputs(pages, assets, glossary, CareCardSet.From(data?.GetValueOrDefault(CareCardSet.DataName)), RawHtmlSetting.Of(context.Settings));
    }

    /// <summary>
    /// Everything <see cref="Read"/> reads, and the settings every step may read. Stylesheets and
    /// scripts are left out of the asset part: pages do not link to them, and leaving them out
    /// means a CSS edit in the live preview re-renders layouts, not markdown.
    /// </summary>
    public static CacheStamp Stamp(ImmutableArray<Document> inputs, ExecutionContext context) =>
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
            inputs.Select(p => (object?)(p.Source + "=" + UrlOf(p))).ToList());

    private static string UrlOf(Document page) => page.Get<string>(PageKeys.Url) ?? UrlMapper.UrlOf(page.Source);
}
