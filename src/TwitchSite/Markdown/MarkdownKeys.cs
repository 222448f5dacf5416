namespace TwitchSite.Markdown;

/// <summary>Keys rendering a page's markdown computes (written by <c>RenderMarkdown</c>).</summary>
public static class MarkdownKeys
{
    /// <summary><c>List&lt;HeadingInfo&gt;</c>: the headings of the page, in order.</summary>
    public const string Headings = "@headings";

    /// <summary><see cref="PageLinks"/>: the links and images of the page, with line and column (their output URLs are already in the page's HTML and are not kept: <see cref="Urls.ResolvedLink.OutputUrl"/> is empty). Read by the link check; removed from the page when the Process phase ends (<c>Pipeline.ProcessOnlyKeys</c>), as are the anchors.</summary>
    public const string Links = "@links";

    /// <summary><c>HashSet&lt;string&gt;</c>: every anchor id of the page (headings, footnotes, ids in raw HTML, sources and citations).</summary>
    public const string Anchors = "@anchors";

    /// <summary>
    /// <c>string</c>: how automatic heading ids are made when not GitHub's way: <c>python-markdown</c>
    /// for pages of an MkDocs project (set by <c>ApplyMkDocsNav</c> from mkdocs.yml).
    /// </summary>
    public const string HeadingIdStyle = "@heading_id_style";

    /// <summary>
    /// <c>string</c>: the path the docs' own generator publishes the site under (Jekyll's
    /// <c>baseurl</c>, Docusaurus' <c>baseUrl</c>, the path of MkDocs' <c>site_url</c>: <c>/projectname</c>),
    /// which links written with it hard-coded start with; set by <c>ApplyBaseUrlPrefix</c>. Links are read without it.
    /// </summary>
    public const string AddressPrefix = "@address_prefix";

    /// <summary>
    /// <c>ApplyLocaleFallback.Fallback</c>: in Starlight docs, the language folders and the default
    /// language's prefix, so a link to an untranslated page's address (<c>/de/x/</c>) reaches the page
    /// Starlight shows there (<c>/x/</c>); set by <c>ApplyLocaleFallback</c>.
    /// </summary>
    public const string LocaleFallback = "@locale_fallback";

    /// <summary>
    /// <c>FrozenDictionary&lt;string, MystTargets.Target&gt;</c>: the MyST targets (<c>(label)=</c>)
    /// of the whole project, by label, shared by every page (set by <c>MystTargets</c>); references
    /// to a label resolve to the page that has it.
    /// </summary>
    public const string MystTargets = "@myst_targets";

    /// <summary>
    /// <c>bool</c>, set only when true: template syntax of another generator was removed from the
    /// page (shortcodes, plugin directives), which may have made anchors its links point to.
    /// </summary>
    public const string TemplateSyntaxRemoved = "@template_syntax_removed";

    /// <summary>
    /// <c>bool</c>, set only when true: the heading that opens the page, of any level, is the page's
    /// heading whatever its words, as in an mdBook book, whose summary names the chapter in navigation
    /// and the browser's tab but whose pages show no title of their own (set by <c>ApplyBookSummary</c>).
    /// </summary>
    public const string OpeningHeadingIsTitle = "@opening_heading_is_title";

    /// <summary>
    /// <c>HiddenLineRules</c>: the page is a chapter of an mdBook book, whose code blocks hide some lines
    /// (rustdoc's <c># </c> lines in Rust, book.toml's prefixes in other languages); set by <c>ApplyBookHiddenLines</c>.
    /// </summary>
    public const string HiddenLineRules = "@hidden_line_rules";

    /// <summary>
    /// <c>bool</c>, set only when true: the docs' own generator runs no template engine on markdown
    /// (an mdBook book; MkDocs without the macros plugin), so <c>{{ … }}</c> and <c>{% … %}</c> are text it
    /// prints as written, and so are they here (set by <c>ApplyTemplatesAsText</c>).
    /// </summary>
    public const string TemplatesAreText = "@templates_are_text";

    /// <summary><c>bool</c>: true when the body starts with its own level-1 heading (after <c>PromotePageHeading</c>).</summary>
    public const string TitleInContent = "@title_in_content";
}
