namespace TwitchSite.Content;

/// <summary>
/// Metadata keys of pages. Front matter keys are plain names; values the pipeline computes
/// start with '@' so they can never clash with what a contributor writes.
/// </summary>
public static class PageKeys
{
    /// <summary>Page title.</summary>
    public const string Title = "title";

    /// <summary>One-sentence summary.</summary>
    public const string Description = "description";

    /// <summary>Position among siblings in navigation.</summary>
    public const string Order = "order";

    /// <summary>Shorter navigation label.</summary>
    public const string NavTitle = "nav_title";

    /// <summary>Date the page was last checked against its sources.</summary>
    public const string LastReviewed = "last_reviewed";

    /// <summary>Date the next review is due.</summary>
    public const string NextReview = "next_review";

    /// <summary>Who reviewed the page, shown only when present.</summary>
    public const string ReviewedBy = "reviewed_by";

    /// <summary>List of sources.</summary>
    public const string Sources = "sources";

    /// <summary>Extra search terms.</summary>
    public const string Keywords = "keywords";

    /// <summary>Layout name.</summary>
    public const string Layout = "layout";

    /// <summary>Old URLs that redirect here.</summary>
    public const string RedirectFrom = "redirect_from";

    /// <summary>True to leave the page out of navigation.</summary>
    public const string NavExclude = "nav_exclude";

    /// <summary>True for a draft: the page is not published (Hugo, Jekyll and Docusaurus use the same key).</summary>
    public const string Draft = "draft";

    /// <summary>Computed: TW0105 warnings of the page's unknown keys (list of Diagnostic), reported once per key for the whole site.</summary>
    public const string UnknownKeys = "@unknown_keys";

    /// <summary>Computed: source path of the page's parent in navigation when not its folder's index (mdBook's SUMMARY.md nesting).</summary>
    public const string NavParent = "@nav_parent";

    /// <summary>Computed: the page's URL, e.g. <c>/guide/install/</c>.</summary>
    public const string Url = "@url";

    /// <summary>Computed: <see cref="FrontMatter.FrontMatterInfo"/> of the page's own front matter.</summary>
    public const string FrontMatter = "@front_matter";

    /// <summary>Computed: where each effective metadata value was written (key to SourceLocation).</summary>
    public const string Origins = "@origins";

    /// <summary>Computed: the headings of the page (list of HeadingInfo).</summary>
    public const string Headings = "@headings";

    /// <summary>Computed: the links of the page (list of LinkReference).</summary>
    public const string Links = "@links";

    /// <summary>Computed: true when the body starts with its own level-1 heading.</summary>
    public const string TitleInContent = "@title_in_content";

    /// <summary>Computed: readability figures of the page's visible text (Readability.ProseStats).</summary>
    public const string Prose = "@prose";

    /// <summary>Computed: the page's place in navigation (NavPlacement).</summary>
    public const string Navigation = "@navigation";

    /// <summary>The default layout of pages that name none.</summary>
    public const string DefaultLayout = "page";

    /// <summary>
    /// The layout of the page the feedback form posts to: no feedback form of its own, not
    /// indexed by search (site search or search engines), and left out of the sitemap.
    /// </summary>
    public const string FeedbackThanksLayout = "feedback-thanks";
}
