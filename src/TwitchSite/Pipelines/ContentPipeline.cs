using TwitchSite.Content;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Layouts;
using TwitchSite.Search.Synonyms;
using TwitchSite.Site;

namespace TwitchSite.Pipelines;

/// <summary>
/// Markdown pages: read, front matter, folder defaults, checks, URLs, Markdig (Process);
/// navigation and layouts, which need every page (PostProcess); write (Output).
/// </summary>
public sealed class ContentPipeline : Pipeline
{
    /// <summary>
    /// Total markdown (in UTF-8 bytes) from which page bodies, and then their rendered HTML, wait
    /// compressed until their layouts: about 35,000 pages of the benchmark's corpus. Below it the
    /// texts are held as they are (compressing costs about 12% more CPU time); above it they would
    /// be most of the build's memory (about 20 KB a page, 2 GB at 100,000 pages), and compressed
    /// they take about a third.
    /// </summary>
    public const long CompressFromBytes = 256L * 1024 * 1024;

    /// <summary>Creates the pipeline for <paramref name="paths"/>.</summary>
    public ContentPipeline(SitePaths paths) : base(PipelineNames.Content, PipelineNames.Data, PipelineNames.Assets)
    {
        var collections = JekyllCollections.Published(paths.Input);
        InputModules.Add(new ReadFiles(paths.Input, relative => SourceFilters.IsContent(relative, collections), SourceFilters.IsText));
        ProcessModules.Add(new PreferIndexPage());
        ProcessModules.Add(new ExtractFrontMatter());
        ProcessModules.Add(new ExpandIncludes(paths.Input));
        ProcessModules.Add(new CompressText(CompressFromBytes));
        ProcessModules.Add(new ApplyDirectoryMetadata());
        ProcessModules.Add(new ValidateFrontMatter());
        ProcessModules.Add(new ApplyCategoryFiles(paths.Input));
        ProcessModules.Add(new ApplyBookSummary());
        ProcessModules.Add(new ApplyMkDocsNav(paths.Input));
        ProcessModules.Add(new JekyllCollections(paths.Input));
        ProcessModules.Add(new AssignDestination());
        ProcessModules.Add(new RenderMarkdown());
        ProcessModules.Add(new ExpandSynonyms());
        PostProcessModules.Add(new RenderLayout(paths.LayoutFolders));
        OutputModules.Add(new WriteFiles());
    }
}
