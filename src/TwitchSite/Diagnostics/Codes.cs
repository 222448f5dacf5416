namespace TwitchSite.Diagnostics;

/// <summary>
/// Every diagnostic code the site pipelines report, with its message text. Messages are
/// constants (or formats) so tests can assert them and users can search for them.
/// Ranges: TW01xx front matter, TW02xx files and URLs, TW03xx links, TW04xx layouts, TW05xx data,
/// TW06xx search, TW07xx content checks (warnings; errors with --strict), TW08xx publishing, TW09xx scale (menu size).
/// </summary>
public static class Codes
{
    /// <summary>Front matter opened with '---' but never closed.</summary>
    public const string FrontMatterNotClosed = "TW0101";

    /// <summary>Front matter or a YAML file is not valid YAML, or not a mapping.</summary>
    public const string InvalidYaml = "TW0102";

    /// <summary>A required front matter key is missing.</summary>
    public const string RequiredKeyMissing = "TW0103";

    /// <summary>A front matter value has the wrong type.</summary>
    public const string WrongType = "TW0104";

    /// <summary>A front matter key is not known (warning).</summary>
    public const string UnknownKey = "TW0105";

    /// <summary>Review dates are out of order or too far apart.</summary>
    public const string ReviewDates = "TW0106";

    /// <summary>A care card has more bullets than a worried reader should scan.</summary>
    public const string CareCardTooLong = "TW0107";

    /// <summary>A citation <c>[@id]</c> names an id no source of the page has.</summary>
    public const string UnknownCitation = "TW0120";

    /// <summary>A source has an id the page's text never cites (on a page that cites).</summary>
    public const string UncitedSource = "TW0121";

    /// <summary>A source has no id on a page that cites its sources, so it cannot be numbered.</summary>
    public const string SourceWithoutId = "TW0122";

    /// <summary>Two sources of one page have the same id.</summary>
    public const string DuplicateSourceId = "TW0123";

    /// <summary>Brackets start with '@' but do not hold a citation (<c>[@id]</c> or <c>[@id1; @id2]</c>).</summary>
    public const string MalformedCitation = "TW0124";

    /// <summary>A draft page (draft: true) was not published (info; the build summary counts them).</summary>
    public const string DraftSkipped = "TW0150";

    /// <summary>Two sources would be written to the same URL.</summary>
    public const string DuplicateUrl = "TW0202";

    /// <summary>A README.md beside an index.md is not published: the index is the folder's page (info).</summary>
    public const string ReadmeBesideIndex = "TW0240";

    /// <summary>Template syntax of another generator (shortcodes, Liquid tags, MDX, kramdown attributes) was removed from a page (warning, once per file).</summary>
    public const string TemplateSyntaxRemoved = "TW0250";

    /// <summary>An include directive names a file (or anchor) that does not exist.</summary>
    public const string IncludeNotFound = "TW0251";

    /// <summary>An include directive names a file outside the site folder.</summary>
    public const string IncludeOutsideSite = "TW0252";

    /// <summary>Markdown blocks (lists, quotes) nested deeper than the markdown parser allows.</summary>
    public const string MarkdownTooDeep = "TW0203";

    /// <summary>Raw HTML in markdown that runs script or loads another page (script, on* handler, iframe/object/embed, meta refresh), refused by <c>raw_html: refuse</c>.</summary>
    public const string DangerousHtml = "TW0220";

    /// <summary>A link, image or HTML attribute whose URL runs script or carries data (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>).</summary>
    public const string DangerousUrl = "TW0221";

    /// <summary>The <c>raw_html</c> setting is not refuse, escape or allow.</summary>
    public const string BadRawHtmlSetting = "TW0222";

    /// <summary>A file or folder cannot be read or written: permission denied (defined in the engine).</summary>
    public const string Unreadable = Engine.Diagnostics.IoFailure.UnreadableCode;

    /// <summary>The disk filled up while writing (defined in the engine).</summary>
    public const string DiskFull = Engine.Diagnostics.IoFailure.DiskFullCode;

    /// <summary>A link to a page or file that does not exist.</summary>
    public const string BrokenLink = "TW0301";

    /// <summary>A link to a #fragment that the target page does not have.</summary>
    public const string BrokenFragment = "TW0302";

    /// <summary>A link that climbs out of the site folder.</summary>
    public const string LinkLeavesSite = "TW0303";

    /// <summary>A page or layout names a layout that does not exist.</summary>
    public const string UnknownLayout = "TW0401";

    /// <summary>Pages name a layout the theme does not have; they are rendered with the page layout instead (one warning per layout name).</summary>
    public const string LayoutFallback = "TW0230";

    /// <summary>A layout has a Liquid syntax error.</summary>
    public const string LiquidSyntax = "TW0402";

    /// <summary>A layout failed while rendering a page.</summary>
    public const string LiquidRender = "TW0403";

    /// <summary>A layout ran more Liquid steps, or included layouts deeper, than a page may take.</summary>
    public const string LayoutTooMuchWork = "TW0410";

    /// <summary>A layout made a page larger than a page may be (or a value too large for memory).</summary>
    public const string LayoutOutputTooLarge = "TW0411";

    /// <summary>The theme has no layouts folder at all.</summary>
    public const string NoLayoutsFolder = "TW0412";

    /// <summary>A data or settings file is not valid YAML.</summary>
    public const string InvalidDataFile = "TW0501";

    /// <summary>A data file the site reads (the glossary) is valid YAML but not in the shape it needs.</summary>
    public const string DataShape = "TW0502";

    /// <summary>A CSS or JavaScript asset cannot be minified (a syntax error).</summary>
    public const string AssetMinify = "TW0801";

    /// <summary>A link in a written page points at no file or fragment of the output (strict builds).</summary>
    public const string OutputLink = "TW0802";

    /// <summary>A <c>redirect_from</c> entry is not a site path, or clashes with a page.</summary>
    public const string BadRedirect = "TW0803";

    /// <summary>Settings needed for publishing are missing or wrong (base_url).</summary>
    public const string PublishingSettings = "TW0804";

    /// <summary>A topic page's Flesch-Kincaid grade is above the site's target.</summary>
    public const string ReadingGradeTooHigh = "TW0701";

    /// <summary>A topic page's SMOG grade is above the site's target.</summary>
    public const string SmogTooHigh = "TW0702";

    /// <summary>A sentence is longer than the site's limit (25 words by default).</summary>
    public const string SentenceTooLong = "TW0703";

    /// <summary>A page that shows a review date has no next_review.</summary>
    public const string NextReviewMissing = "TW0704";

    /// <summary>A page's next_review date has passed.</summary>
    public const string ReviewOverdue = "TW0705";

    /// <summary>A topic page lists no sources.</summary>
    public const string NoSources = "TW0706";

    /// <summary>A description is longer than 160 characters.</summary>
    public const string DescriptionTooLong = "TW0707";

    /// <summary><c>_data/care_cards.yml</c> has a card kind the site cannot use (warning).</summary>
    public const string CareCardData = "TW0710";

    /// <summary>A care card lists its own advice where the site's care card data gives its kind the rules.</summary>
    public const string CareCardOwnItems = "TW0711";
    /// <summary>The search index was not built: Pagefind is not installed and cannot be installed (warning).</summary>
    public const string SearchUnavailable = "TW0601";

    /// <summary>Installing Pagefind from the theme's lockfile with <c>npm ci</c> failed (warning).</summary>
    public const string SearchInstallFailed = "TW0602";

    /// <summary>Pagefind ran but failed to index the built site.</summary>
    public const string SearchIndexFailed = "TW0603";

    /// <summary><c>_data/synonyms.yml</c> is not a list of groups of terms.</summary>
    public const string InvalidSynonyms = "TW0604";

    /// <summary>Some of Pagefind's fragments could not be read, so the search box's spelling suggestions miss their words (warning).</summary>
    public const string SearchVocabularyIncomplete = "TW0610";

    /// <summary>The <c>navigation</c> setting of <c>_site.yml</c> is not <c>{ prune: auto | never, max_items: N }</c>.</summary>
    public const string NavigationSettings = "TW0900";
}
