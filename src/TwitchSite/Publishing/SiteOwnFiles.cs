using TwitchSite.Engine.Modules;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Publishing;

/// <summary>
/// The files a site publishes as they are (the Assets pipeline: the input folder's own files, Hugo's
/// and Docusaurus' <c>static/</c>, VitePress' <c>public/</c>), by output path, for the modules that
/// generate a file the site may bring itself (<c>robots.txt</c>, <c>sitemap.xml</c>, <c>feed.xml</c>,
/// <c>_redirects</c>, the home page's forward, book.toml's forwarding pages). The site's own file wins and the generated one is not made,
/// as Hugo and Docusaurus publish a <c>static/robots.txt</c> in place of their own: two files for
/// one path would otherwise fail the build (TW0202) over a file the author wrote on purpose.
/// </summary>
public static class SiteOwnFiles
{
    /// <summary>What a module that calls <see cref="Of"/> reads: the Assets pipeline's output paths.</summary>
    public static Read Read { get; } = Read.Pipeline(PipelineNames.Assets, assets => assets.Select(a => (object?)a.Destination).ToList());

    /// <summary>The output paths of the site's own files, compared ignoring case (as case-insensitive file systems would merge them).</summary>
    public static HashSet<string> Of(ExecutionContext context) =>
        context.OutputsOf(PipelineNames.Assets).Where(a => a.Destination is not null).Select(a => a.Destination!).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
