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
        if (GeneratorProject.StaticFolder(paths.Input) is { } staticFolder)
        {
            // Hugo's and Docusaurus' static/ is published at the root; the input folder's own files win on the same path.
            InputModules.Add(new ReadFiles(staticFolder, _ => true, _ => false, "", Path.GetDirectoryName(staticFolder)));
        }

        InputModules.Add(new ReadFiles(paths.Input, SourceFilters.IsInputAsset, _ => false));
        ProcessModules.Add(new SkipTemplateFiles(paths.Input));
        ProcessModules.Add(new OverlayAssets());
        ProcessModules.Add(new FingerprintAssets());
        OutputModules.Add(new WriteFiles());
    }
}
