using TwitchSite.Assets;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>
/// Copies theme/assets (to /assets/, minified and fingerprinted) and the input's own files
/// (images, PDFs), input winning on the same path.
/// </summary>
public sealed class AssetsPipeline : Pipeline
{
    /// <summary>Creates the pipeline for <paramref name="paths"/>.</summary>
    public AssetsPipeline(SitePaths paths) : base(PipelineNames.Assets)
    {
        InputModules.Add(new ReadFiles(Path.Combine(paths.Theme, "assets"), _ => true, _ => false, "assets/", paths.Theme));
        var staticFolder = GeneratorProject.StaticFolder(paths.Input);
        if (staticFolder is not null)
        {
            // Hugo's and Docusaurus' static/, VitePress' public/, is published at the root; the input folder's own files win on the same path.
            InputModules.Add(new ReadFiles(staticFolder, _ => true, _ => false, "", Path.GetDirectoryName(staticFolder)));
        }

        // VitePress' public/ is inside the input folder: its files are published at the root only, not also under /public/.
        var insideInput = staticFolder is not null && staticFolder.StartsWith(Path.TrimEndingDirectorySeparator(paths.Input) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(paths.Input, staticFolder).Replace('\\', '/') + "/"
            : null;
        // A Jekyll site's exclude: list (Gemfile.lock, vendor/) and an MkDocs project's exclude_docs (hooks.py) are not published.
        var excluded = Content.JekyllExclude.Of(paths.Input);
        var mkdocsExcluded = Content.MkDocsExclude.Of(paths.Input);
        InputModules.Add(new ReadFiles(paths.Input, relative => SourceFilters.IsInputAsset(relative) && !excluded.Excludes(relative) && !mkdocsExcluded.Excludes(relative) && (insideInput is null || !relative.StartsWith(insideInput, StringComparison.Ordinal)), _ => false));
        ProcessModules.Add(new SkipTemplateFiles(paths.Input, Content.HtmlPages.IsPage));
        ProcessModules.Add(new OverlayAssets());
        ProcessModules.Add(new FingerprintAssets());
        OutputModules.Add(new WriteFiles());
    }
}
