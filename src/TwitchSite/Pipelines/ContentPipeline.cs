using TwitchSite.Content;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.FrontMatter;
using TwitchSite.Layouts;
using TwitchSite.Markdown;
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
    /// Creates the pipeline for <paramref name="paths"/>; <paramref name="measureEveryPage"/> gives every
    /// page its readability figures, whatever the site's content checks read (<see cref="RenderMarkdown(bool, string?)"/>);
    /// <paramref name="hasSearch"/> tells layouts the site has a search index (<c>site.has_search</c>).
    /// </summary>
    public ContentPipeline(SitePaths paths, bool measureEveryPage = false, bool hasSearch = false) : base(PipelineNames.Content, PipelineNames.Data, PipelineNames.Assets)
    {
        var collections = JekyllCollections.Published(paths.Input);
        // Pages stay on disk until their markdown is rendered, and their HTML waits for the layouts in
        // the build's spill file: memory does not grow with the pages' text (see README, Performance).
        var languages = HugoLanguages.Of(paths.Input);
        var excluded = JekyllExclude.Of(paths.Input);
        var mkdocsExcluded = MkDocsExclude.Of(paths.Input);
        InputModules.Add(new ReadFiles(
            paths.Input,
            relative => !excluded.Excludes(relative) && !mkdocsExcluded.Excludes(relative)
                && (SourceFilters.IsContent(relative, collections) || KeepDefaultLanguage.IsContent(relative, languages, r => SourceFilters.IsContent(r, collections))
                    || SourceFilters.IsHtmlPage(relative, paths.Input)),
            relative => SourceFilters.IsText(relative) || HtmlPages.HasHtmlExtension(relative),
            textOnDisk: true));
        ProcessModules.Add(new KeepDefaultLanguage(languages));
        ProcessModules.Add(new PreferIndexPage());
        ProcessModules.Add(new ExtractFrontMatter());
        ProcessModules.Add(new ExpandIncludes(paths.Input));
        ProcessModules.Add(new ApplyDirectoryMetadata());
        ProcessModules.Add(new ValidateFrontMatter());
        ProcessModules.Add(new ApplyCategoryFiles(paths.Input));
        ProcessModules.Add(new ApplyBookSummary());
        ProcessModules.Add(new ApplyBookHiddenLines(paths.Input));
        ProcessModules.Add(new ApplyTemplatesAsText(paths.Input));
        ProcessModules.Add(new ApplyMkDocsNav(paths.Input));
        ProcessModules.Add(new ApplyDocusaurusSidebars(paths.Input));
        ProcessModules.Add(new ApplyVitePressIds(paths.Input));
        ProcessModules.Add(new JekyllCollections(paths.Input));
        ProcessModules.Add(new ApplyBaseUrlPrefix(paths.Input));
        ProcessModules.Add(new ApplyLocaleFallback(paths.Input));
        ProcessModules.Add(new MystTargets(paths.Input));
        ProcessModules.Add(new AssignDestination());
        ProcessModules.Add(new RenderMarkdown(measureEveryPage, ApplyBaseUrlPrefix.FolderPrefix(paths.Input)));
        ProcessModules.Add(new ExpandSynonyms());
        // Read by the Analyze pipeline's checks (links, fragments, unknown keys), which run before
        // any layout: no page holds them through the layouts (see README, Performance).
        ProcessOnlyKeys.UnionWith([MarkdownKeys.Links, MarkdownKeys.Anchors, MarkdownKeys.TemplateSyntaxRemoved, MarkdownKeys.HeadingIdStyle, MarkdownKeys.AddressPrefix, MarkdownKeys.LocaleFallback, MarkdownKeys.MystTargets, MarkdownKeys.HiddenLineRules, MarkdownKeys.TemplatesAreText, FrontMatterKeys.UnknownKeys]);
        AfterProcess = OriginsAfterProcess.Keep;
        PostProcessModules.Add(new RenderLayout(paths.LayoutFolders, folderTitle: FolderTitle.Of(paths.Input), hasSearch: hasSearch));
        OutputModules.Add(new WriteFiles());
    }
}
