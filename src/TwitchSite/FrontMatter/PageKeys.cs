namespace TwitchSite.FrontMatter;

/// <summary>
/// The front matter keys authors write, each with its type (<see cref="FieldAttribute"/>,
/// which is all <see cref="FrontMatterSchema"/> needs to check it). Keys the build
/// computes live beside the feature that computes them (FrontMatterKeys, MarkdownKeys, UrlKeys,
/// NavigationKeys, ReadabilityKeys, SearchKeys, AssetKeys, DataKeys) and start with '@'.
/// </summary>
public static class PageKeys
{
    /// <summary>Page title.</summary>
    [Field(FieldKind.Text)]
    public const string Title = "title";

    /// <summary>One-sentence summary.</summary>
    [Field(FieldKind.Text)]
    public const string Description = "description";

    /// <summary>Position among siblings in navigation.</summary>
    [Field(FieldKind.WholeNumber)]
    public const string Order = "order";

    /// <summary>Shorter navigation label.</summary>
    [Field(FieldKind.Text)]
    public const string NavTitle = "nav_title";

    /// <summary>Date the page was last checked against its sources.</summary>
    [Field(FieldKind.Date)]
    public const string LastReviewed = "last_reviewed";

    /// <summary>Date the next review is due.</summary>
    [Field(FieldKind.Date)]
    public const string NextReview = "next_review";

    /// <summary>Who reviewed the page, shown only when present.</summary>
    [Field(FieldKind.Text)]
    public const string ReviewedBy = "reviewed_by";

    /// <summary>List of sources.</summary>
    [Field(FieldKind.Sources)]
    public const string Sources = "sources";

    /// <summary>Extra search terms.</summary>
    [Field(FieldKind.TextList)]
    public const string Keywords = "keywords";

    /// <summary>Layout name.</summary>
    [Field(FieldKind.Text)]
    public const string Layout = "layout";

    /// <summary>Old URLs that redirect here.</summary>
    [Field(FieldKind.TextList)]
    public const string RedirectFrom = "redirect_from";

    /// <summary>True to leave the page out of navigation.</summary>
    [Field(FieldKind.Boolean)]
    public const string NavExclude = "nav_exclude";

    /// <summary>True for a draft: the page is not published (Hugo, Jekyll and Docusaurus use the same key).</summary>
    [Field(FieldKind.Boolean)]
    public const string Draft = "draft";

    /// <summary>The default layout of pages that name none.</summary>
    public const string DefaultLayout = "page";

    /// <summary>
    /// The layout of the page the feedback form posts to: no feedback form of its own, not
    /// indexed by search (site search or search engines), and left out of the sitemap.
    /// </summary>
    public const string FeedbackThanksLayout = "feedback-thanks";
}
