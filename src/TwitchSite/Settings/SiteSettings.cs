using System.Runtime.CompilerServices;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Yaml;

namespace TwitchSite.Settings;

/// <summary>
/// Site settings read from <c>input/_site.yml</c>, typed: the one place the app reads settings
/// (keys in <see cref="SettingKeys"/>). The raw <see cref="Metadata"/> is the bottom layer of every
/// page's metadata and the <c>site</c> object of layouts. Every setting is optional, so any folder
/// of markdown builds. Modules get the typed view of their build's settings with
/// <see cref="Of(Metadata)"/> and declare the keys they read.
/// </summary>
public sealed class SiteSettings
{
    /// <summary>File name of the settings file inside the input folder.</summary>
    public const string FileName = "_site.yml";

    // One typed view per settings layer, so modules that ask for it on every build share it.
    private static readonly ConditionalWeakTable<Metadata, SiteSettings> Typed = new();

    private readonly Dictionary<string, IReadOnlyList<string>> _requiredByLayout;

    private SiteSettings(Metadata metadata)
    {
        Metadata = metadata;
        Title = metadata.GetString(SettingKeys.Title);
        Description = metadata.GetString(SettingKeys.Description);
        Language = metadata.GetString(SettingKeys.Language) ?? "en";
        BaseUrl = metadata.GetString(SettingKeys.BaseUrl);
        Publisher = metadata.GetString(SettingKeys.Publisher);
        Repository = metadata.GetString(SettingKeys.Repository);
        RepositoryBranch = metadata.GetString(SettingKeys.RepositoryBranch) is { Length: > 0 } branch ? branch : "main";
        RepositoryPath = metadata.GetString(SettingKeys.RepositoryPath) ?? "input";
        FeedLayouts = SettingValues.Texts(metadata.Get<Dictionary<string, object?>>(SettingKeys.Feed), "layouts");
        RequiredFrontMatter = metadata.Get<List<object?>>(SettingKeys.RequiredFrontMatter)?.OfType<string>().ToList() ?? [];
        _requiredByLayout = metadata.Get<Dictionary<string, object?>>(SettingKeys.RequiredByLayout) is { } byLayout
            ? byLayout.Keys.ToDictionary(k => k, k => SettingValues.Texts(byLayout, k) ?? [], StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyList<string>>();
        MaxReviewMonths = (metadata.TryGetValue(SettingKeys.MaxReviewMonths, out var months) ? months : null) switch
        {
            long m when m > 0 => (int)Math.Min(m, 1200),
            int m when m > 0 => m,
            _ => null,
        };
        RawHtml = RawHtmlSetting.Parse(metadata.GetString(SettingKeys.RawHtml)) ?? RawHtmlMode.Refuse;
        Highlight = HighlightSetting.Parse(metadata.TryGetValue(SettingKeys.Highlight, out var highlight) ? highlight : null) ?? true;
        Emoji = EmojiSetting.Parse(metadata.TryGetValue(SettingKeys.Emoji, out var emoji) ? emoji : null) ?? false;
        ContentChecks = ContentCheckSettings.From(metadata);
        StructuredData = StructuredDataSettings.From(metadata);
        (SearchShardPages, SearchShardPagesInvalid) = (metadata.TryGetValue(SettingKeys.SearchShardPages, out var shardPages) ? shardPages : null) switch
        {
            null => ((int?)null, false),
            long pages when pages is > 0 and <= int.MaxValue => ((int)pages, false),
            int pages when pages > 0 => (pages, false),
            _ => (null, true),
        };
        Navigation = NavigationSettings.From(metadata);
    }

    /// <summary>Pages per shard of the search index, or null when not set (or not valid: see <see cref="SearchShardPagesInvalid"/>).</summary>
    public int? SearchShardPages { get; }

    /// <summary>Whether <c>search_shard_pages</c> is set to something other than a whole number of 1 or more.</summary>
    public bool SearchShardPagesInvalid { get; }

    /// <summary>All settings as a metadata layer.</summary>
    public Metadata Metadata { get; }

    /// <summary><c>title</c>: the site's name, or null.</summary>
    public string? Title { get; }

    /// <summary><c>description</c>, or null.</summary>
    public string? Description { get; }

    /// <summary><c>language</c>: BCP 47 language of the content, for <c>&lt;html lang&gt;</c>; default <c>en</c>.</summary>
    public string Language { get; }

    /// <summary><c>base_url</c> as written (checked by <see cref="Publishing.PublishingSettings"/>), or null.</summary>
    public string? BaseUrl { get; }

    /// <summary><c>publisher</c>, or null.</summary>
    public string? Publisher { get; }

    /// <summary><c>repository</c>: the site's repository address, or null.</summary>
    public string? Repository { get; }

    /// <summary><c>repository_branch</c>; default <c>main</c>.</summary>
    public string RepositoryBranch { get; }

    /// <summary><c>repository_path</c>: the input folder inside the repository; default <c>input</c>.</summary>
    public string RepositoryPath { get; }

    /// <summary><c>feed.layouts</c>: the layouts whose pages the feed lists, or null for every page.</summary>
    public IReadOnlyList<string>? FeedLayouts { get; }

    /// <summary><c>required_front_matter</c>: front matter keys every page must have (none by default).</summary>
    public IReadOnlyList<string> RequiredFrontMatter { get; }

    /// <summary><c>max_review_months</c>: longest gap from last_reviewed to next_review, or null for no limit.</summary>
    public int? MaxReviewMonths { get; }

    /// <summary><c>raw_html</c>: what happens to raw HTML in markdown (an invalid value is reported when the file is read, and means the default).</summary>
    public RawHtmlMode RawHtml { get; }

    /// <summary><c>highlight</c>: whether fenced code blocks are highlighted at build time; default true (an invalid value is reported when the file is read, and means the default).</summary>
    public bool Highlight { get; }

    /// <summary><c>emoji</c>: whether emoji shortcodes (<c>:tada:</c>) are emoji; default false (an invalid value is reported when the file is read, and means the default).</summary>
    public bool Emoji { get; }

    /// <summary><c>content_checks</c>: the content checks the site turns on.</summary>
    public ContentCheckSettings ContentChecks { get; }

    /// <summary><c>structured_data</c>: which pages get JSON-LD, or null for none.</summary>
    public StructuredDataSettings? StructuredData { get; }

    /// <summary><c>navigation</c>: how long the menu's lists may be (a value reported when the file is read means the default).</summary>
    public NavigationSettings Navigation { get; }

    /// <summary>
    /// <c>required_by_layout</c>: keys the pages of <paramref name="layout"/> need, e.g.
    /// <c>required_by_layout: { topic: [last_reviewed, next_review, sources] }</c>; none by default.
    /// </summary>
    public IReadOnlyList<string> RequiredByLayout(string layout) => _requiredByLayout.GetValueOrDefault(layout) ?? [];

    /// <summary>
    /// True when the site declares a front matter schema of its own (<c>required_front_matter</c> or
    /// <c>required_by_layout</c>): its pages are written for this generator, so their keys keep their one
    /// spelling and front matter that is not valid YAML fails the build. A docs folder written for
    /// another tool declares none, and is read as leniently as that tool reads it (keys in any case, as
    /// Hugo reads them; a broken front matter block a warning, as GitHub shows the page with a banner).
    /// </summary>
    public bool HasFrontMatterSchema => RequiredFrontMatter.Count > 0 || _requiredByLayout.Count > 0;

    /// <summary>True when the pages of <paramref name="layout"/> must set <paramref name="key"/>.</summary>
    public bool LayoutRequires(string layout, string key) => RequiredByLayout(layout).Contains(key, StringComparer.Ordinal);

    /// <summary>The typed view of the settings layer <paramref name="settings"/> (what <c>ExecutionContext.Settings</c> holds).</summary>
    public static SiteSettings Of(Metadata settings) => Typed.GetValue(settings, m => new SiteSettings(m));

    /// <summary>Settings with no values: what a folder without <c>_site.yml</c> gets.</summary>
    public static SiteSettings Empty { get; } = Of(Metadata.Empty);

    /// <summary>
    /// Reads <c>_site.yml</c> from <paramref name="inputFolder"/>, reporting problems to
    /// <paramref name="sink"/>. Given the <paramref name="cache"/> of a live preview, an unchanged
    /// file gives back the very same settings object, so nothing that depends on settings is redone.
    /// </summary>
    public static SiteSettings Load(string inputFolder, DiagnosticSink sink, ExecutionCache? cache = null)
    {
        var settings = LoadFile(inputFolder, sink, cache);
        // Docs written for Jekyll, MkDocs, mdBook, Docusaurus or Hugo name their site in that
        // generator's configuration, and a Hugo site may turn emoji on there; _site.yml's own values win.
        var title = settings.Title is { Length: > 0 } ? null : Site.GeneratorTitle.Of(inputFolder);
        var emoji = !settings.Metadata.TryGetValue(SettingKeys.Emoji, out _) && Site.GeneratorProject.HugoProjectOf(inputFolder) is { } hugo
            && Site.HugoConfig.Read(hugo).IsTrue("enableEmoji");
        if (title is null && !emoji)
        {
            return settings;
        }

        var titled = WithTitles.GetOrCreateValue(settings.Metadata);
        lock (titled)
        {
            // The same settings with the same additions give back the same object, so a live preview redoes nothing.
            if (titled.Title != title || titled.Emoji != emoji || titled.Settings is null)
            {
                var metadata = settings.Metadata;
                metadata = title is null ? metadata : metadata.With(SettingKeys.Title, title);
                metadata = emoji ? metadata.With(SettingKeys.Emoji, true) : metadata;
                (titled.Title, titled.Emoji, titled.Settings) = (title, emoji, Of(metadata));
            }

            return titled.Settings;
        }
    }

    private static readonly ConditionalWeakTable<Metadata, TitledSettings> WithTitles = new();

    private sealed class TitledSettings
    {
        public string? Title { get; set; }

        public bool Emoji { get; set; }

        public SiteSettings? Settings { get; set; }
    }

    private static SiteSettings LoadFile(string inputFolder, DiagnosticSink sink, ExecutionCache? cache)
    {
        var path = Path.GetFullPath(Path.Combine(inputFolder, FileName));
        if (SiteFiles.Check(path, inputFolder) is { } problem)
        {
            sink.Add(problem.ToDiagnostic(Codes.EngineDescriptors));
            return Empty;
        }

        if (!File.Exists(path))
        {
            return Empty;
        }

        var bytes = File.ReadAllBytes(path);
        if (cache is null)
        {
            return Parse(path, bytes, sink);
        }

        var previous = cache.State<Loaded>(nameof(SiteSettings));
        lock (previous)
        {
            if (previous.Path != path || previous.Bytes is null || !previous.Bytes.AsSpan().SequenceEqual(bytes))
            {
                var captured = new DiagnosticSink { WarningsAsErrors = sink.WarningsAsErrors };
                (previous.Path, previous.Bytes, previous.Settings) = (path, bytes, Parse(path, bytes, captured));
                previous.Diagnostics = captured.All;
            }

            foreach (var diagnostic in previous.Diagnostics)
            {
                sink.Add(diagnostic);
            }

            return previous.Settings!;
        }
    }

    private static SiteSettings Parse(string path, byte[] bytes, DiagnosticSink sink)
    {
        if (!Utf8.TryDecode(bytes, out var text, out var line, out var column))
        {
            sink.Add(Codes.EngineDescriptors.InvalidUtf8.Create(new SourceLocation(path, line, column)) with { Hint = "save the file with UTF-8 encoding" });
            return Empty;
        }

        var result = YamlReader.Read(text, path);
        if (!result.Succeeded)
        {
            sink.Add(Codes.InvalidSettingsFile.Create(result.ErrorLocation, result.ErrorMessage));
            return Empty;
        }

        if (result.Value is not Dictionary<string, object?> values)
        {
            if (result.Value is not null)
            {
                sink.Add(Codes.SettingsNotMapping.Create(new SourceLocation(path)));
            }

            return Empty;
        }

        if (values.TryGetValue(SettingKeys.RawHtml, out var rawHtml) && RawHtmlSetting.Parse(rawHtml as string ?? "") is null)
        {
            sink.Add(Codes.BadRawHtmlSetting.Create(
                result.Locations.TryGetValue(SettingKeys.RawHtml, out var where) ? where.Value : new SourceLocation(path),
                SettingKeys.RawHtml,
                rawHtml));
        }

        if (values.TryGetValue(SettingKeys.Highlight, out var highlight) && HighlightSetting.Parse(highlight) is null)
        {
            sink.Add(Codes.BadHighlightSetting.Create(
                result.Locations.TryGetValue(SettingKeys.Highlight, out var at) ? at.Value : new SourceLocation(path),
                SettingKeys.Highlight,
                highlight));
        }

        if (values.TryGetValue(SettingKeys.Emoji, out var emoji) && EmojiSetting.Parse(emoji) is null)
        {
            sink.Add(Codes.BadEmojiSetting.Create(
                result.Locations.TryGetValue(SettingKeys.Emoji, out var at) ? at.Value : new SourceLocation(path),
                SettingKeys.Emoji,
                emoji));
        }

        NavigationSettings.Check(values, result, path, sink);
        return Of(Metadata.Create(values));
    }

    /// <summary>The settings file as last read by a live preview.</summary>
    private sealed class Loaded
    {
        public string? Path { get; set; }

        public byte[]? Bytes { get; set; }

        public SiteSettings? Settings { get; set; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];
    }
}
