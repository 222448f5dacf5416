namespace TwitchSite.Settings;

/// <summary>
/// Every key of <c>_site.yml</c>, with the type of its value. Modules read settings through
/// <see cref="SiteSettings"/> and declare the keys they read (<c>Read.Setting(SettingKeys.X)</c>),
/// so a preview rebuild redoes exactly the modules a changed setting concerns. Every setting is
/// also the layouts' <c>site.KEY</c>.
/// </summary>
public static class SettingKeys
{
    /// <summary>Text: the site's name (feed title, publisher fallback, search).</summary>
    public const string Title = "title";

    /// <summary>Text: what the site is about (feed subtitle).</summary>
    public const string Description = "description";

    /// <summary>Text, BCP 47: the language of the content, default <c>en</c>.</summary>
    public const string Language = "language";

    /// <summary>Text, an http(s) address: where the site is published (canonical URLs, sitemap, feed).</summary>
    public const string BaseUrl = "base_url";

    /// <summary>Text: who publishes the site (JSON-LD), default the title.</summary>
    public const string Publisher = "publisher";

    /// <summary>Text, an http(s) address: the site's repository, for "Edit this page" links.</summary>
    public const string Repository = "repository";

    /// <summary>Text: the repository's branch, default <c>main</c>.</summary>
    public const string RepositoryBranch = "repository_branch";

    /// <summary>Text: the input folder inside the repository, default <c>input</c>.</summary>
    public const string RepositoryPath = "repository_path";

    /// <summary>Mapping: <c>layouts</c>, a list of layouts whose pages the feed lists (default every page with last_reviewed).</summary>
    public const string Feed = "feed";

    /// <summary>List of texts: front matter keys every page needs.</summary>
    public const string RequiredFrontMatter = "required_front_matter";

    /// <summary>Mapping of layout name to a list of front matter keys the pages of that layout need.</summary>
    public const string RequiredByLayout = "required_by_layout";

    /// <summary>Whole number: longest gap in months from last_reviewed to next_review.</summary>
    public const string MaxReviewMonths = "max_review_months";

    /// <summary>One of <c>refuse</c> (default), <c>escape</c>, <c>allow</c>: see <see cref="RawHtmlMode"/>.</summary>
    public const string RawHtml = "raw_html";

    /// <summary><c>true</c> (default) or <c>false</c>: whether fenced code blocks are highlighted at build time.</summary>
    public const string Highlight = "highlight";

    /// <summary><c>true</c> or <c>false</c> (default; Hugo's <c>enableEmoji</c> when unset): whether <c>:name:</c> shortcodes are emoji.</summary>
    public const string Emoji = "emoji";

    /// <summary>Mapping, or <c>false</c>: the content checks (<see cref="ContentCheckSettings"/>).</summary>
    public const string ContentChecks = "content_checks";

    /// <summary>Mapping: which pages get JSON-LD, as what (<see cref="StructuredDataSettings"/>).</summary>
    public const string StructuredData = "structured_data";

    /// <summary>Mapping: <c>prune: auto | never</c> and <c>max_items: N</c>, how long the menu's lists may be (<see cref="NavigationSettings"/>).</summary>
    public const string Navigation = "navigation";

    /// <summary>Text: the address of the site's "about" page, read by layouts only (<c>site.about_url</c>).</summary>
    public const string AboutUrl = "about_url";

    /// <summary>Whole number of 1 or more: pages per shard of the search index, default 4000 (see README, Search).</summary>
    public const string SearchShardPages = "search_shard_pages";
}
