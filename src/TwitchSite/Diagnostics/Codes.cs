using TwitchSite.Engine.Diagnostics;
using static TwitchSite.Engine.Diagnostics.DiagnosticDescriptor;

namespace TwitchSite.Diagnostics;

/// <summary>
/// The catalogue of every problem the site generator reports: one <see cref="DiagnosticDescriptor"/>
/// per code (and per wording, where a code is worded by place), with its severity, the title
/// README's table of codes shows, the message with <c>{0}</c> placeholders for what varies, and
/// the hint. Call sites pass only the arguments and the location:
/// <c>sink.Add(Codes.BrokenLink.Create(link.Location, link.Url))</c>. The engine's own problems
/// (<see cref="EngineDescriptors"/>) get their codes here too. Reads nothing; the catalogue test
/// checks README's table against it and that every code is produced by some test.
/// Ranges: TW00xx the generator itself, TW01xx front matter, TW02xx files, URLs and markdown,
/// TW03xx links, TW04xx layouts, TW05xx data, TW06xx search, TW07xx content checks (warnings;
/// errors with --strict), TW08xx publishing, TW09xx scale (menu size).
/// </summary>
/// <remarks>
/// This class names no other folder of the application (every folder uses it), so values such
/// as a folder name or a version are message arguments, not part of the text.
/// To add a code: add a descriptor below in its range, with the README title; run the tests
/// (the catalogue test prints README's new table); write a test that produces it.
/// </remarks>
public static class Codes
{
    /// <summary>The engine's problems (a bug, a file not UTF-8, symbolic links, permission denied, a full disk) with this application's codes.</summary>
    public static EngineDiagnostics EngineDescriptors { get; } = new(
        new EngineDiagnosticCodes(
            UnexpectedError: "TW0001",
            InvalidUtf8: "TW0201",
            LinkOutsideSite: "TW0210",
            LinkLoop: "TW0211",
            LinkBroken: "TW0212",
            Unreadable: "TW0223",
            DiskFull: "TW0224",
            SourceChanged: "TW0225",
            NotAFile: "TW0213"),
        productName: "TwitchSite");

    // ---- TW01xx front matter ----

    private const string NotClosedTitle = "front matter opened with `---` but not closed";

    /// <summary>Front matter opened with '---' but never closed.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotClosed = Error("TW0101", NotClosedTitle,
        "front matter is not closed",
        "did you forget the closing '---'? Add a line with only '---' after the last front matter key");

    /// <summary>A layout's front matter is not closed.</summary>
    public static readonly DiagnosticDescriptor LayoutFrontMatterNotClosed = Error("TW0101", NotClosedTitle,
        "layout front matter is not closed",
        "add a line with only '---' after `layout: ...`");

    private const string InvalidYamlTitle = "front matter or `_directory.yml` is not valid YAML, or not `key: value` lines";
    private const string InvalidYamlHint = "check the indentation, and put values that contain ': ' or start with [ {{ * & ! | > ' \" % @ ` in quotes";

    /// <summary>Front matter is not valid YAML (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = Error("TW0102", InvalidYamlTitle, "invalid YAML in front matter: {0}", InvalidYamlHint);

    /// <summary>Front matter is YAML but not <c>key: value</c> lines.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error("TW0102", InvalidYamlTitle,
        "front matter must be `key: value` lines",
        "write one `key: value` per line, e.g. `title: Getting started`");

    /// <summary>
    /// On a site without a front matter schema of its own (a docs folder written for another tool), a
    /// page's front matter is not valid YAML or not <c>key: value</c> lines: the page is built without
    /// it, as GitHub shows such a page (argument: what is wrong).
    /// </summary>
    public static readonly DiagnosticDescriptor ForeignFrontMatterInvalid = Warning("TW0108",
        "a page's front matter is not valid YAML on a site without a schema of its own (no `required_front_matter` or `required_by_layout`: a docs folder written for another tool): the page is built without it, as GitHub shows it (warning; this site's own pages get TW0102)",
        "front matter ignored: {0}",
        InvalidYamlHint);

    /// <summary>
    /// Another generator's setting (MkDocs' <c>docs_dir</c>, mdBook's <c>src</c>, Hugo's <c>contentDir</c>)
    /// names a content folder outside the project: it is ignored, as a Hugo mount from outside is, and
    /// nothing in it is read (argument: the setting's name).
    /// </summary>
    public static readonly DiagnosticDescriptor ContentFolderOutsideProject = Warning("TW0214",
        "another generator's setting (`docs_dir`, `src`, `contentDir`, `srcDir`) names a content folder outside the project (warning; the folder is not read)",
        "'{0}' names a folder outside the project; it is ignored and nothing in it is read",
        "move the docs into the project folder, or build that folder itself with -i");

    /// <summary>A <c>_directory.yml</c> is not valid YAML (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor FolderDefaultsInvalidYaml = Error("TW0102", InvalidYamlTitle, "invalid YAML in folder defaults: {0}", InvalidYamlHint);

    /// <summary>A <c>_directory.yml</c> is YAML but not <c>key: value</c> lines.</summary>
    public static readonly DiagnosticDescriptor FolderDefaultsNotMapping = Error("TW0102", InvalidYamlTitle,
        "folder defaults must be `key: value` lines",
        "write defaults such as `layout: topic`, one per line");

    /// <summary>A layout's front matter is not valid YAML (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor LayoutInvalidYaml = Error("TW0102", InvalidYamlTitle, "invalid YAML in layout front matter: {0}");

    private const string RequiredTitle = "a required key is missing (site-wide, or on topic pages)";

    /// <summary>A key every page needs is missing (argument: key; the hint shows an example).</summary>
    public static readonly DiagnosticDescriptor RequiredKeyMissing = Error("TW0103", RequiredTitle, "required front matter key '{0}' is missing");

    /// <summary>A key the page's layout needs is missing (arguments: layout, key; the hint shows an example).</summary>
    public static readonly DiagnosticDescriptor RequiredByLayoutMissing = Error("TW0103", RequiredTitle, "pages of layout '{0}' need front matter key '{1}', which is missing");

    /// <summary>A front matter value has the wrong type (arguments: key, what is wrong; the hint shows an example).</summary>
    public static readonly DiagnosticDescriptor WrongType = Error("TW0104",
        "a value has the wrong type (`order: first`, a date not written YYYY-MM-DD)",
        "'{0}' {1}");

    /// <summary>A front matter key is not known (argument: key; the hint suggests one).</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Warning("TW0105",
        "unknown front matter key, with a suggestion (warning; once per key for the whole site, with the number of pages)",
        "unknown front matter key '{0}'");

    private const string ReviewDatesTitle = "`next_review` not after `last_reviewed`, or more than 36 months later";

    /// <summary>next_review is not after last_reviewed.</summary>
    public static readonly DiagnosticDescriptor ReviewDates = Error("TW0106", ReviewDatesTitle,
        "next_review must be after last_reviewed",
        "set next_review to the date the page should be checked again");

    /// <summary>next_review is too long after last_reviewed (arguments: months, the latest allowed date).</summary>
    public static readonly DiagnosticDescriptor ReviewTooFarApart = Error("TW0106", ReviewDatesTitle,
        "next_review is more than {0} months after last_reviewed",
        "this site reviews its pages at least every {0} months (max_review_months in _site.yml); set next_review to {1:yyyy-MM-dd} or earlier");

    /// <summary>A care card has more bullets than its kind allows (arguments: marker, bullets, maximum).</summary>
    public static readonly DiagnosticDescriptor CareCardTooLong = Error("TW0107",
        "a care card has more bullets than its kind's `max_bullets` in `_data/care_cards.yml`",
        "care card [!{0}] has {1} bullets; at most {2}",
        "readers scan these cards when worried: keep the most important signs and move the rest to the page text");

    /// <summary>A citation names an id no source of the page has (argument: id; the hint says "did you mean").</summary>
    public static readonly DiagnosticDescriptor UnknownCitation = Error("TW0120",
        "a citation `[@id]` names an id none of the page's sources has (with \"did you mean\")",
        "citation of unknown source '{0}'");

    /// <summary>A source's id is never cited (argument: id).</summary>
    public static readonly DiagnosticDescriptor UncitedSource = Error("TW0121",
        "a source's id is never cited, on a page that cites its sources",
        "source '{0}' is never cited",
        "cite it as [@{0}] after the claim it supports, or remove it from `sources`");

    /// <summary>A source has no id on a page that cites (argument: the source's title).</summary>
    public static readonly DiagnosticDescriptor SourceWithoutId = Error("TW0122",
        "a source has no `id`, on a page that cites its sources",
        "source '{0}' has no id, but this page cites its sources",
        "give it an id, e.g. `id: short-name`, and cite it as [@short-name] after the claim it supports; a source the page does not use should go");

    /// <summary>Two sources of one page have the same id (arguments: first number, second number, id).</summary>
    public static readonly DiagnosticDescriptor DuplicateSourceId = Error("TW0123",
        "two sources of a page have the same `id`",
        "sources {0} and {1} both have id '{2}'",
        "give each source its own id; if they are the same source, keep one");

    /// <summary>Brackets start with '@' but are not a citation (argument: the bracketed text).</summary>
    public static readonly DiagnosticDescriptor MalformedCitation = Error("TW0124",
        "brackets start with `@` but are not a citation (`[@id]` or `[@id1; @id2]`)",
        "'[{0}]' is not a citation",
        "write a citation as [@id] or [@id1; @id2], each id made of letters, digits and hyphens; to show the brackets as text, write \\[@");

    /// <summary>A draft page was not published (info; the build summary counts them).</summary>
    public static readonly DiagnosticDescriptor DraftSkipped = Info("TW0150",
        "a draft page (`draft: true`) was not published (info; the build summary counts them)",
        "draft page not published",
        "remove `draft: true` (or set it to false) to publish the page");

    // ---- TW02xx files, URLs and markdown ----

    /// <summary>Two sources would be written to the same URL (arguments: one and the other, each quoted or described by <c>CheckDuplicateUrls</c>, the path).</summary>
    public static readonly DiagnosticDescriptor DuplicateUrl = Error("TW0202",
        "two files would be written to the same URL (both named)",
        "{0} and {1} would both be written to '/{2}'",
        "rename or remove one of the two files");

    private const string TooDeepTitle = "markdown nested too deeply: more than 32 lists and quotes, or 32 open `[` or emphasis markers (at the character that goes too deep)";

    /// <summary>Markdown blocks or inlines nested too deeply (arguments: limit, what; the hint depends on what).</summary>
    public static readonly DiagnosticDescriptor MarkdownTooDeep = Error("TW0203", TooDeepTitle, "markdown nested too deeply: more than {0} {1}");

    /// <summary>The markdown parser itself refused the nesting (argument: its message).</summary>
    public static readonly DiagnosticDescriptor MarkdownTooDeepToRead = Error("TW0203", TooDeepTitle,
        "markdown nested too deeply to read: {0}",
        "lists or quotes inside each other hundreds of levels deep are a mistake: flatten them");

    private const string DangerousHtmlTitle = "(`raw_html: refuse`) raw HTML that runs script or loads other sites: `<script>`, `on*` attribute, `<iframe>`/`<object>`/`<embed>`..., `<base>`, meta refresh";

    /// <summary>Raw <c>&lt;script&gt;</c> in markdown.</summary>
    public static readonly DiagnosticDescriptor ScriptRefused = Error("TW0220", DangerousHtmlTitle,
        "raw HTML <script> is refused",
        "a page must not run its own script: the theme's scripts are all the site runs. Remove it, or set `raw_html: allow` in _site.yml only if you trust every author");

    /// <summary>A frame or plug-in element in markdown (argument: element name).</summary>
    public static readonly DiagnosticDescriptor EmbeddingRefused = Error("TW0220", DangerousHtmlTitle,
        "raw HTML <{0}> is refused",
        "embedded frames and plug-ins load another site into the page: link to it instead");

    /// <summary>A <c>&lt;base&gt;</c> element in markdown.</summary>
    public static readonly DiagnosticDescriptor BaseRefused = Error("TW0220", DangerousHtmlTitle,
        "raw HTML <base> is refused",
        "<base> changes where every link on the page goes: remove it");

    /// <summary>A meta refresh in markdown.</summary>
    public static readonly DiagnosticDescriptor MetaRefreshRefused = Error("TW0220", DangerousHtmlTitle,
        "raw HTML <meta http-equiv=\"refresh\"> is refused",
        "a page must not send readers elsewhere by itself: to move a page, list its old address in `redirect_from` of the new page's front matter");

    /// <summary>An on* attribute in markdown's HTML (arguments: attribute, element).</summary>
    public static readonly DiagnosticDescriptor EventHandlerRefused = Error("TW0220", DangerousHtmlTitle,
        "event-handler attribute '{0}' on <{1}> is refused",
        "attributes starting with 'on' run script: remove it");

    private const string DangerousUrlTitle = "a `javascript:`, `vbscript:` or `data:` URL in a link, image or HTML attribute";
    private const string UrlHint = "javascript:, vbscript: and data: URLs run script or hide what they show: link to a page or file of the site, or to an https:// address";

    /// <summary>A dangerous URL in an HTML attribute (arguments: scheme, attribute, element).</summary>
    public static readonly DiagnosticDescriptor DangerousUrlInAttribute = Error("TW0221", DangerousUrlTitle, "{0} URL in the {1} attribute of <{2}> is refused", UrlHint);

    /// <summary>A dangerous URL in a markdown link or image (arguments: scheme, "an image" or "a link").</summary>
    public static readonly DiagnosticDescriptor DangerousUrl = Error("TW0221", DangerousUrlTitle, "{0} URL in {1} is refused", UrlHint);

    /// <summary>The raw_html setting has another value (arguments: setting name, value).</summary>
    public static readonly DiagnosticDescriptor BadRawHtmlSetting = Error("TW0222",
        "`raw_html` is not `refuse`, `escape` or `allow`",
        "`{0}` must be refuse, escape or allow, not '{1}'",
        "refuse (the default) keeps harmless HTML and refuses scripts; escape shows HTML as text; allow trusts every author");

    /// <summary>Pages name a layout the theme lacks (arguments: layout, "n pages name it", fallback layout; the hint lists the layouts).</summary>
    public static readonly DiagnosticDescriptor LayoutFallback = Warning("TW0230",
        "warning: pages name a layout the theme lacks (e.g. another generator's `layout: docs`); they use `page` (one warning per layout name, at the first page)",
        "the theme has no layout '{0}' ({1}): rendered with layout '{2}'");

    /// <summary>A README.md beside an index.md is not published (arguments: the readme, the index).</summary>
    public static readonly DiagnosticDescriptor ReadmeBesideIndex = Info("TW0240",
        "`README.md` beside `index.md` in one folder is not published: the index is the folder's page (info)",
        "'{0}' is not published: '{1}' is this folder's page",
        "a folder's page is its index.md; README.md is used only when there is none");

    /// <summary>A Hugo site's pages in its other languages are not published (arguments: how many, the languages, the default language, the first file).</summary>
    public static readonly DiagnosticDescriptor OtherLanguagesLeftOut = Info("TW0241",
        "a multilingual Hugo site's pages named for another language (`page.fa.md`) are not published: the site is its default language (info, once for the site)",
        "{0} pages in other languages ({1}) are not published, the first '{3}': this site is its default language, '{2}'",
        "this generator builds one language: the one Hugo's `defaultContentLanguage` names, else `en`");

    /// <summary>A page shows an image from another site, which its Content-Security-Policy blocks (arguments: the first address, " (and n more in this file)" or "").</summary>
    public static readonly DiagnosticDescriptor OtherSiteImage = Warning("TW0226",
        "an image from another site will not show: every page's Content-Security-Policy loads images from the site itself only (warning, once per file)",
        "image from another site will not show (the pages' Content-Security-Policy allows the site's own images only): {0}{1}",
        "save the image in the docs folder and link to it there (a badge can be a plain link instead)");

    /// <summary>Another generator's template syntax was removed (arguments: the first removed text, " (and n more in this file)" or "").</summary>
    public static readonly DiagnosticDescriptor TemplateSyntaxRemoved = Warning("TW0250",
        "template syntax of another generator (shortcode, Liquid tag, MDX, kramdown attributes) was removed (warning, once per file)",
        "template syntax this generator does not run was removed: {0}{1}",
        "Hugo shortcodes, Liquid tags, MDX components and kramdown attributes are not run: write the result as markdown, or use {{{{#include file}}}} for snippets");

    private const string IncludeNotFoundTitle = "an include names a file or anchor that does not exist";

    /// <summary>An include names a file that does not exist (argument: the path as written).</summary>
    public static readonly DiagnosticDescriptor IncludeNotFound = Error("TW0251", IncludeNotFoundTitle,
        "include '{0}': no such file",
        "paths are relative to the file that includes them");

    /// <summary>An MkDocs snippet (<c>--8&lt;--</c>) names no file (argument: the path as written).</summary>
    public static readonly DiagnosticDescriptor SnippetNotFound = Error("TW0251", IncludeNotFoundTitle,
        "include '{0}': no such file",
        "snippet paths are relative to the folder of mkdocs.yml, else the input folder");

    /// <summary>An include names an anchor the file lacks (arguments: the argument, anchor, file).</summary>
    public static readonly DiagnosticDescriptor IncludeAnchorNotFound = Error("TW0251", IncludeNotFoundTitle,
        "include '{0}': no anchor '{1}' in '{2}'",
        "mark the lines with 'ANCHOR: {1}' and 'ANCHOR_END: {1}' comments (MkDocs snippets: '--8<-- [start:{1}]' and '--8<-- [end:{1}]')");

    /// <summary>An include names a file outside the site folder (argument: the path as written).</summary>
    public static readonly DiagnosticDescriptor IncludeOutsideSite = Error("TW0252",
        "an include names a file outside the site folder (`..` above it, or a symbolic link leading out)",
        "include '{0}' is outside the site folder",
        "include only files inside the input folder, or inside the book (book.toml) or MkDocs project (mkdocs.yml) it belongs to (no '..' above it, no symbolic link leading out)");

    /// <summary>A file of the input folder starts with front matter, a Jekyll template such as a stylesheet with Liquid (argument: the file).</summary>
    public static readonly DiagnosticDescriptor TemplateFileSkipped = Warning("TW0253",
        "a file that is not markdown starts with front matter (a Jekyll template): not published (warning)",
        "'{0}' starts with front matter: it is a Jekyll template, which this generator does not run, so it is not published",
        "write the finished file without front matter to publish it as it is (a stylesheet's override goes in assets/css/site.css)");

    private const string MkDocsNavTitle = "an MkDocs `nav` entry (mkdocs.yml) names no page, or mkdocs.yml cannot be read (warning)";

    /// <summary>mkdocs.yml cannot be read (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor MkDocsNavUnreadable = Warning("TW0254", MkDocsNavTitle,
        "mkdocs.yml cannot be read: {0}",
        "navigation follows the folders instead");

    /// <summary>A nav entry of mkdocs.yml names no page (argument: the entry).</summary>
    public static readonly DiagnosticDescriptor MkDocsNavEntryNotFound = Warning("TW0254", MkDocsNavTitle,
        "nav entry '{0}' in mkdocs.yml names no page of the site",
        "paths in nav are relative to the docs folder; check the file name (the page is left out of navigation)");

    /// <summary>A file pymdownx.snippets' <c>auto_append</c> (mkdocs.yml) names does not exist (argument: the path as written).</summary>
    public static readonly DiagnosticDescriptor SnippetAutoAppendNotFound = Warning("TW0257",
        "a file MkDocs' snippets append to every page (`auto_append` in mkdocs.yml) does not exist (warning)",
        "auto_append '{0}' in mkdocs.yml: no such file",
        "auto_append paths are relative to the folder of mkdocs.yml, else the docs folder; pages are built without it");

    private const string RedirectSkippedTitle = "a redirect this generator cannot make (a Hugo alias with `*`, an mdBook redirect to no page): skipped (warning)";

    /// <summary>A redirect of another generator this one cannot make, a Hugo alias with <c>*</c> (argument: the entry).</summary>
    public static readonly DiagnosticDescriptor RedirectSkipped = Warning("TW0255",
        RedirectSkippedTitle,
        "redirect_from '{0}' is a pattern, not an address: skipped",
        "list the old addresses one by one, or put the pattern in your host's own redirect rules");

    /// <summary>An old address of book.toml leads to no page of the site (arguments: the old path, where it leads).</summary>
    public static readonly DiagnosticDescriptor BookRedirectSkipped = Warning("TW0255",
        RedirectSkippedTitle,
        "book.toml redirects '{0}' to '{1}', which is no page of the site: skipped",
        "point it at a chapter's .html address (relative to the old page, or from the book's root), or at a full https:// address");

    /// <summary>Old addresses of book.toml that are anchors of a page (arguments: the first, how many more).</summary>
    public static readonly DiagnosticDescriptor BookAnchorRedirectsSkipped = Warning("TW0255", RedirectSkippedTitle,
        "book.toml redirects '{0}' and {1} more anchors of pages (#…): skipped",
        "mdBook moves a reader between anchors with a script on the page; here the old address opens the page at its top, which still exists");

    /// <summary>A Docusaurus <c>_category_.json</c> or <c>_category_.yml</c> cannot be read, or its <c>position</c> is too large for a menu order (arguments: file name, the parser's message or what is wrong; the position's own report has its own hint).</summary>
    public static readonly DiagnosticDescriptor CategoryFile = Warning("TW0256",
        "a Docusaurus `_category_.json` or `_category_.yml` cannot be read: ignored (warning)",
        "'{0}' cannot be read: {1}",
        "it should hold an object with \"label\" and \"position\"; it is ignored");

    private const string SidebarsTitle = "a Docusaurus sidebars file cannot be followed (warning)";

    /// <summary>A Docusaurus sidebars file cannot be read as data (arguments: file name, why).</summary>
    public static readonly DiagnosticDescriptor SidebarsUnreadable = Warning("TW0259", SidebarsTitle,
        "'{0}' cannot be read as data: {1}",
        "navigation follows the folders and front matter (sidebar_position, _category_.json) instead; a sidebar made by code is not run");

    /// <summary>The configuration's <c>sidebarPath</c> names no file (arguments: the path as written, the configuration's file name).</summary>
    public static readonly DiagnosticDescriptor SidebarsMissing = Warning("TW0259", SidebarsTitle,
        "sidebarPath '{0}' in {1} names no file",
        "it is found as Node finds it (as written, then with .js, .json, .ts, .mjs, .cjs, .mts or .cts, then a folder's index file); navigation follows the folders and front matter instead");

    /// <summary>A Docusaurus sidebar names a doc id no page has (arguments: id, file name).</summary>
    public static readonly DiagnosticDescriptor SidebarDocNotFound = Warning("TW0259", SidebarsTitle,
        "doc id '{0}' in {1} names no page of the site",
        "a doc's id is its path in the docs folder without the extension and number prefixes, or its folder and front matter `id`");

    /// <summary>The highlight setting is not true or false (arguments: setting name, value).</summary>
    public static readonly DiagnosticDescriptor BadHighlightSetting = Error("TW0260",
        "`highlight` in `_site.yml` is not `true` or `false`",
        "`{0}` must be true or false, not '{1}'",
        "true (the default) highlights fenced code blocks at build time; false writes them plain");

    /// <summary>The emoji setting is not true or false (arguments: setting name, value).</summary>
    public static readonly DiagnosticDescriptor BadEmojiSetting = Error("TW0261",
        "`emoji` in `_site.yml` is not `true` or `false`",
        "`{0}` must be true or false, not '{1}'",
        "true makes emoji shortcodes such as :tada: emoji; false (the default) leaves them as written");

    // ---- TW03xx links ----

    private const string BrokenLinkTitle = "link to a page or file that does not exist";

    /// <summary>A link to a page that does not exist (argument: URL; the hint suggests one).</summary>
    public static readonly DiagnosticDescriptor BrokenLink = Error("TW0301", BrokenLinkTitle, "link to '{0}': no such page");

    /// <summary>A link to an address nothing in the site has (arguments: URL, path; the hint suggests one).</summary>
    public static readonly DiagnosticDescriptor BrokenLinkToAddress = Error("TW0301", BrokenLinkTitle, "link to '{0}': nothing in the site has the address '{1}'");

    /// <summary>A link to a fragment the target lacks (arguments: URL, id, the target's name; the hint lists headings).</summary>
    public static readonly DiagnosticDescriptor BrokenFragment = Error("TW0302",
        "link to a `#fragment` the target page does not have",
        "link to '{0}': no heading '{1}' on {2}");

    /// <summary>A link to a fragment of a page whose template syntax was not run (arguments: URL, id, the target's name).</summary>
    public static readonly DiagnosticDescriptor UncheckableFragment = Warning("TW0304",
        "link to a `#fragment` of a page whose template syntax was not run (warning: it cannot be checked)",
        "link to '{0}': no heading '{1}' on {2}, whose template syntax (shortcodes, plugin directives) was not run",
        "it works only if that syntax makes the anchor when the other generator builds the page; link to a heading, or give one the id with {{#id}}");

    /// <summary>
    /// In a MyST (Sphinx) project, a reference to a Python object's name or into another project's
    /// inventory that no page defines (arguments: URL, id, what it looks like).
    /// </summary>
    public static readonly DiagnosticDescriptor UnknowableMystTarget = Warning("TW0305",
        "in a MyST (Sphinx) project, a link to a Python object or another project's target (intersphinx) no page defines (warning: autodoc and inventories are not read)",
        "link to '{0}': no target '{1}' in this project; it looks like {2}, which this generator cannot see",
        "it works under Sphinx if that target exists there; to have it checked here, link to a heading, a `(label)=` target or a directive's `:name:`");

    /// <summary>A link climbs out of the site folder (argument: URL).</summary>
    public static readonly DiagnosticDescriptor LinkLeavesSite = Warning("TW0303",
        "link that leaves the site folder (warning: it cannot be checked)",
        "link leaves the site folder: '{0}'",
        "it works only if the site is published beside that path: link to a page inside the site, or use a full https:// address");

    // ---- TW04xx layouts ----

    private const string UnknownLayoutTitle = "unknown layout (where it is named)";

    /// <summary>A page or layout names a layout that does not exist (arguments: name, the layouts available).</summary>
    public static readonly DiagnosticDescriptor UnknownLayout = Error("TW0401", UnknownLayoutTitle, "unknown layout '{0}'", "layouts available: {1}");

    /// <summary>Layouts wrap each other in a loop (argument: name).</summary>
    public static readonly DiagnosticDescriptor LayoutLoop = Error("TW0401", UnknownLayoutTitle,
        "layouts wrap each other in a loop at '{0}'",
        "a layout's `layout:` must not lead back to itself");

    /// <summary>A layout has a Liquid syntax error (arguments: layout, the parser's message).</summary>
    public static readonly DiagnosticDescriptor LiquidSyntax = Error("TW0402",
        "Liquid syntax error (at the layout's line)",
        "Liquid syntax error in layout '{0}': {1}",
        "check that every {{% if %}}, {{% for %}} and {{% unless %}} has its {{% end... %}} and every {{{{ is closed by }}}}");

    /// <summary>A layout failed while rendering a page (arguments: layout, page, the error).</summary>
    public static readonly DiagnosticDescriptor LiquidRender = Error("TW0403",
        "a layout failed while rendering a page",
        "layout '{0}' failed for page '{1}': {2}",
        "a filter of the layout cannot use this page's value (a division by zero, text where a number belongs): check the layout's filters against the page's front matter");

    private const string TooMuchWorkTitle = "a layout was stopped: more than 1,000,000 Liquid steps for one page, includes 50 deep, a range of more than 100,000 numbers, or a text over 16 M characters from `append`/`prepend` (at its first loop)";

    /// <summary>A layout passed one of the Liquid limits (arguments: layout, the limit's message).</summary>
    public static readonly DiagnosticDescriptor LayoutTooMuchWork = Error("TW0410", TooMuchWorkTitle,
        "layout '{0}' was stopped: {1}",
        "loop over the site's pages or data, or give the loop a smaller range");

    /// <summary>A layout ran too many steps or included too deep (arguments: layout, steps, depth).</summary>
    public static readonly DiagnosticDescriptor LayoutTooManySteps = Error("TW0410", TooMuchWorkTitle,
        "layout '{0}' was stopped: it ran more than {1:N0} Liquid steps for one page, or includes went more than {2} levels deep",
        "a {{% for %}} over a huge range, or an include of itself: loop over the site's pages or data, or give the loop a `limit:`");

    private const string TooLargeTitle = "a page too large: its markdown passed 8 M characters (refused before it is read; with includes, at the include that passed it), a layout made it pass 64 MB, or a layout built a value too large for memory";

    /// <summary>A layout made a page too large (arguments: layout, megabytes).</summary>
    public static readonly DiagnosticDescriptor LayoutOutputTooLarge = Error("TW0411", TooLargeTitle,
        "layout '{0}' was stopped: the page it made passed {1} MB",
        "a {{% for %}} that prints the content (or anything long) over and over: loop fewer times");

    /// <summary>
    /// A page whose own content makes it too large, whatever its layout does (arguments: the page's
    /// file, layout, the limit in megabytes, the content's megabytes of HTML). Reported at the page,
    /// not the layout, which other pages still use.
    /// </summary>
    public static readonly DiagnosticDescriptor PageTooLarge = Error("TW0411", TooLargeTitle,
        "page '{0}' is too large to publish: its HTML passed the {2} MB limit for one page (its own content is {3:N0} MB of HTML; layout '{1}' adds the rest)",
        "split the page into smaller pages, each well under {2} MB of HTML, or move bulk data (long tables, logs, generated listings) into files the page links to");

    /// <summary>
    /// A page whose markdown is too long to read at all (arguments: the page's file, its length in
    /// millions of characters, the limit in millions). Reported at the page, before its markdown is read.
    /// </summary>
    public static readonly DiagnosticDescriptor PageMarkdownTooLarge = Error("TW0411", TooLargeTitle,
        "page '{0}' is too large to publish: its markdown is {1:N1} million characters, over the limit of {2} million for one page (it was not read)",
        "split the page into smaller pages, or move bulk data (long tables, logs, generated listings) into files the page links to");

    /// <summary>
    /// A page whose includes would make its markdown too long (arguments: the page's file, the
    /// limit in millions of characters, the include that passed it). Reported at the page's
    /// directive that led there, as soon as the limit is passed: the rest is never expanded.
    /// </summary>
    public static readonly DiagnosticDescriptor IncludesTooLarge = Error("TW0411", TooLargeTitle,
        "page '{0}' is too large to publish: its includes pass the limit of {1} million characters for one page (at include '{2}'; it was not read)",
        "a file that includes itself (or a file that includes it back) more than once multiplies with every level: include each file once, or split the page");

    /// <summary>A layout built a value too large for memory (argument: layout).</summary>
    public static readonly DiagnosticDescriptor LayoutOutOfMemory = Error("TW0411", TooLargeTitle,
        "layout '{0}' was stopped: it built a value too large for memory",
        "a value appended to itself in a loop doubles every time: build it from the data instead");

    private const string NoLayoutsTitle = "the theme has no `layouts` folder (or no layouts in it): reported once";
    private const string NoLayoutsHint = "every page needs a layout: add {0}/{1}{2} to the theme, or pass the right theme folder with -t";

    /// <summary>The theme has no layouts folder (arguments for the hint: folder name, default layout, extension).</summary>
    public static readonly DiagnosticDescriptor NoLayoutsFolder = Error("TW0412", NoLayoutsTitle, "the theme has no layouts folder", NoLayoutsHint);

    /// <summary>The theme's layouts folder has no layouts (arguments for the hint: folder name, default layout, extension).</summary>
    public static readonly DiagnosticDescriptor NoLayoutsInFolder = Error("TW0412", NoLayoutsTitle, "the theme's layouts folder has no .liquid layouts", NoLayoutsHint);

    // ---- TW05xx data ----

    private const string InvalidDataTitle = "a data or settings file is not valid YAML";

    /// <summary>A data file is not valid YAML (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor InvalidDataFile = Error("TW0501", InvalidDataTitle,
        "invalid YAML in data file: {0}",
        "check the indentation, and quote values that contain ': '");

    /// <summary>The settings file is not valid YAML (argument: the parser's message).</summary>
    public static readonly DiagnosticDescriptor InvalidSettingsFile = Error("TW0501", InvalidDataTitle,
        "invalid YAML: {0}",
        "check the indentation and quote values that contain ': '");

    /// <summary>The settings file is YAML but not <c>key: value</c> lines.</summary>
    public static readonly DiagnosticDescriptor SettingsNotMapping = Error("TW0501", InvalidDataTitle,
        "site settings must be `key: value` lines",
        "write settings such as `title: My site`, one per line");

    private const string DataShapeTitle = "a glossary entry the site cannot use (no term or definition, `also_called`, `search_aliases` or `aliases` not a list), at the entry (warning)";
    private const string GlossaryExample = "write each entry as `- term: Static site` with `definition: ...` (and optionally `also_called: [...]` and `search_aliases: [...]`) indented under it";

    /// <summary>glossary.yml is not a list.</summary>
    public static readonly DiagnosticDescriptor GlossaryNotList = Warning("TW0502", DataShapeTitle,
        "glossary.yml must be a list of entries, so no glossary entry is used", GlossaryExample);

    /// <summary>A glossary entry cannot be used (arguments: its number, what is wrong).</summary>
    public static readonly DiagnosticDescriptor GlossaryEntryUnusable = Warning("TW0502", DataShapeTitle,
        "glossary entry {0} {1}, so it is left out of the glossary", GlossaryExample);

    // ---- TW06xx search ----

    private const string UnavailableTitle = "search index not built: Pagefind is missing and cannot be installed (no npm, no lockfile) (warning)";

    /// <summary>The environment names a Pagefind that does not exist (arguments: the variables, the path).</summary>
    public static readonly DiagnosticDescriptor PagefindNamedMissing = Warning("TW0601", UnavailableTitle,
        "search index not built: {0} names '{1}', which does not exist",
        "point it at a pagefind_extended binary, or unset it to use the theme's");

    /// <summary>Pagefind has no binary for this machine (arguments: version, OS platform, architecture).</summary>
    public static readonly DiagnosticDescriptor PagefindNoBinary = Warning("TW0601", UnavailableTitle,
        "search index not built: Pagefind {0} publishes no binary for this machine ({1}, {2})",
        "build on Linux, macOS or Windows (x64 or arm64), or build with --no-search");

    /// <summary>Pagefind is not installed and the theme cannot install it (argument for the hint: version).</summary>
    public static readonly DiagnosticDescriptor PagefindNoLockfile = Warning("TW0601", UnavailableTitle,
        "search index not built: Pagefind is not installed and the theme has no package.json with its package-lock.json to install it from",
        "add them to the theme folder (copy the repository's theme/package.json and theme/package-lock.json, which pin pagefind {0}), or build with --no-search");

    /// <summary>Pagefind is not installed and npm is missing (argument: version).</summary>
    public static readonly DiagnosticDescriptor PagefindNoNpm = Warning("TW0601", UnavailableTitle,
        "search index not built: Pagefind {0} is not installed and npm (Node.js) was not found",
        "install Node.js (it includes npm) from https://nodejs.org and build again: TwitchSite then runs `npm ci` in the theme folder once to install Pagefind; or build with --no-search");

    private const string InstallFailedTitle = "search index not built: `npm ci` in the theme failed (warning, with npm's message)";

    /// <summary>Another build holds the install lock (argument: the lock's message).</summary>
    public static readonly DiagnosticDescriptor PagefindInstallLocked = Warning("TW0602", InstallFailedTitle,
        "search index not built: {0}",
        "if no other build is running, delete that lock file and build again");

    /// <summary><c>npm ci</c> failed (arguments: exit code, the end of its output).</summary>
    public static readonly DiagnosticDescriptor PagefindInstallFailed = Warning("TW0602", InstallFailedTitle,
        "search index not built: installing Pagefind with `npm ci` failed (exit {0}): {1}",
        "run `npm ci` in the theme folder to see the whole error; it needs the npm registry");

    /// <summary><c>npm ci</c> finished without the binary (arguments: where it should be, version).</summary>
    public static readonly DiagnosticDescriptor PagefindInstallIncomplete = Warning("TW0602", InstallFailedTitle,
        "search index not built: `npm ci` finished but {0} is missing or not version {1}",
        "npm must install optional dependencies: check that npm is not set to omit=optional");

    private const string IndexFailedTitle = "Pagefind failed to index the built site, or `/pagefind/` is already taken";

    /// <summary>The site already has the search index's folder (arguments: the clash, the folder).</summary>
    public static readonly DiagnosticDescriptor SearchFolderTaken = Error("TW0603", IndexFailedTitle,
        "search index not built: the site already has '{0}', but /{1}/ is where the search index goes",
        "rename the input folder that produces /{1}/");

    /// <summary>Pagefind could not be started by a build (arguments: binary, the error).</summary>
    public static readonly DiagnosticDescriptor PagefindNotRun = Error("TW0603", IndexFailedTitle,
        "could not run Pagefind ({0}): {1}",
        "check that the file is a Pagefind binary for this machine and may be run, or build with --no-search");

    /// <summary>Pagefind failed in a build (arguments: exit code, the end of its output, binary).</summary>
    public static readonly DiagnosticDescriptor SearchIndexFailed = Error("TW0603", IndexFailedTitle,
        "Pagefind failed to index the site (exit {0}): {1}",
        "run `{2} --site <output>` to see the whole message, or build with --no-search");

    /// <summary>Pagefind could not be started to reindex the preview's output (arguments: binary, the error).</summary>
    public static readonly DiagnosticDescriptor PagefindNotRunOnReindex = Error("TW0603", IndexFailedTitle,
        "could not run Pagefind ({0}): {1}",
        "check that the file is a Pagefind binary for this machine and may be run");

    /// <summary>Pagefind failed to reindex the preview's output (arguments: exit code, the end of its output, binary, output folder).</summary>
    public static readonly DiagnosticDescriptor ReindexFailed = Error("TW0603", IndexFailedTitle,
        "Pagefind failed to index the site (exit {0}): {1}",
        "run `{2} --site {3}` to see the whole message");

    private const string SynonymsTitle = "`_data/synonyms.yml` is not a list of groups of terms (at the line)";
    private const string SynonymsHint = "write each group as `- [a, b]`, or as labels of your choice with lists of terms: `- everyday: [a]` and `technical: [b]` (see README, Search)";

    /// <summary>synonyms.yml is not a list.</summary>
    public static readonly DiagnosticDescriptor SynonymsNotList = Error("TW0604", SynonymsTitle, "synonyms.yml must be a list of groups", SynonymsHint);

    /// <summary>A synonym group is neither a list nor labels with lists.</summary>
    public static readonly DiagnosticDescriptor SynonymGroupShape = Error("TW0604", SynonymsTitle, "a synonym group must be a list of terms, or labels with lists of terms", SynonymsHint);

    /// <summary>A label's value is not a list (argument: label).</summary>
    public static readonly DiagnosticDescriptor SynonymLabelNotList = Error("TW0604", SynonymsTitle, "'{0}' must be a list of terms", SynonymsHint);

    /// <summary>A term under a label is not text (argument: label).</summary>
    public static readonly DiagnosticDescriptor SynonymTermNotText = Error("TW0604", SynonymsTitle, "every term under '{0}' must be a word or phrase", SynonymsHint);

    /// <summary>A synonym group has fewer than two terms.</summary>
    public static readonly DiagnosticDescriptor SynonymGroupTooSmall = Error("TW0604", SynonymsTitle, "a synonym group needs at least two terms", SynonymsHint);

    /// <summary>Some of Pagefind's fragments could not be read (arguments: count, the first fragment, version).</summary>
    public static readonly DiagnosticDescriptor SearchVocabularyIncomplete = Warning("TW0610",
        "some of Pagefind's fragments could not be read, so spelling suggestions miss their words (warning; use the pinned Pagefind)",
        "search suggestions miss the words of {0} page(s): Pagefind's fragment '{1}' is not in the format of Pagefind {2}",
        "use the Pagefind version theme/package.json pins (run `npm ci` in theme/)");

    /// <summary>search_shard_pages is not a whole number of 1 or more (arguments: the value, the key, the default).</summary>
    public static readonly DiagnosticDescriptor InvalidSearchShardPages = Error("TW0620",
        "`search_shard_pages` in `_site.yml` is not a whole number of pages of 1 or more",
        "{1} is '{0}', not a whole number of pages of 1 or more",
        "set {1} to a number such as {2}, or remove it for the default");

    // ---- TW07xx content checks (warnings; errors with --strict) ----

    private const string ReadabilityHint = "use shorter sentences and everyday words (the short word before the technical one)";

    /// <summary>Flesch-Kincaid grade above the target (arguments: grade, target, both formatted).</summary>
    public static readonly DiagnosticDescriptor ReadingGradeTooHigh = Warning("TW0701",
        "a topic page's Flesch-Kincaid grade is above the target (warning)",
        "reading grade {0} (Flesch-Kincaid) is above the site's target of {1}", ReadabilityHint);

    /// <summary>SMOG grade above the target (arguments: grade, target, both formatted).</summary>
    public static readonly DiagnosticDescriptor SmogTooHigh = Warning("TW0702",
        "a topic page's SMOG grade is above the target (warning)",
        "SMOG grade {0} is above the site's target of {1}: too many words of three or more syllables", ReadabilityHint);

    /// <summary>A sentence longer than the limit (arguments: words, limit).</summary>
    public static readonly DiagnosticDescriptor SentenceTooLong = Warning("TW0703",
        "a sentence is longer than the target (25 words) (warning)",
        "sentence of {0} words; keep sentences to {1} words or fewer",
        "split it into two sentences, or turn it into a list");

    /// <summary>A page shows last_reviewed but has no next_review.</summary>
    public static readonly DiagnosticDescriptor NextReviewMissing = Warning("TW0704",
        "a page that shows review dates has no `next_review` (warning)",
        "the page has last_reviewed but no next_review",
        "add `next_review: YYYY-MM-DD`");

    /// <summary>next_review has passed (arguments: next_review, today, both YYYY-MM-DD).</summary>
    public static readonly DiagnosticDescriptor ReviewOverdue = Warning("TW0705",
        "`next_review` has passed (warning)",
        "next_review {0} has passed (today is {1}): the page is due for review",
        "check the page against its sources, then set last_reviewed to today and next_review to the next date");

    /// <summary>A page of a layout that lists sources lists none (argument: layout).</summary>
    public static readonly DiagnosticDescriptor NoSources = Warning("TW0706",
        "a topic page lists no sources (warning)",
        "pages of layout '{0}' list their sources, and this one lists none",
        "list the pages the facts come from: `- title: ...`, `url: https://...`, `accessed: YYYY-MM-DD`");

    /// <summary>A description longer than the limit (arguments: length, limit).</summary>
    public static readonly DiagnosticDescriptor DescriptionTooLong = Warning("TW0707",
        "a description is longer than 160 characters (warning)",
        "description is {0} characters; at most {1}",
        "search engines cut longer descriptions: say the one main thing in one sentence");

    private const string CareCardDataTitle = "a care card kind in `_data/care_cards.yml` the site cannot use (missing key, unknown source id, more `items` than `max_bullets`) (warning)";
    private const string CareCardExample = "write `cards:` as a list of `- marker: GP` entries with `style:`, `hidden_text:`, `heading:` and `max_bullets:` (and optionally `items:`, `after:` and `sources:` ids)";

    /// <summary>care_cards.yml is not a mapping.</summary>
    public static readonly DiagnosticDescriptor CareCardDataNotMapping = Warning("TW0710", CareCardDataTitle,
        "care_cards.yml must be a mapping with `cards:`, so no care card uses it", CareCardExample);

    /// <summary>care_cards.yml has no list of cards.</summary>
    public static readonly DiagnosticDescriptor CareCardDataNoCards = Warning("TW0710", CareCardDataTitle,
        "care_cards.yml has no list of `cards`, so no care card uses it", CareCardExample);

    /// <summary>A care card kind cannot be used (arguments: its number, what is wrong).</summary>
    public static readonly DiagnosticDescriptor CareCardKindUnusable = Warning("TW0710", CareCardDataTitle,
        "care card kind {0} {1}, so cards of that kind render as plain alerts", CareCardExample);

    /// <summary>A care card lists its own advice where the site's data gives the rules (arguments: marker, data file name).</summary>
    public static readonly DiagnosticDescriptor CareCardOwnItems = Error("TW0711",
        "a care card lists its own advice where `_data/care_cards.yml` gives its kind the site's rules (error)",
        "care card [!{0}] lists its own advice, but the site's care card data gives this kind its rules",
        "leave the card empty (a line `> [!{0}]` alone) to show the site's rules, or change them in _data/{1}.yml");

    // ---- TW08xx publishing ----

    /// <summary>A CSS or JavaScript asset cannot be minified (arguments: css or js, the minifier's message).</summary>
    public static readonly DiagnosticDescriptor AssetMinify = Error("TW0801",
        "a CSS or JavaScript asset cannot be minified",
        "cannot minify {0}: {1}",
        "fix the syntax at that line (the minifier stops where a browser would misread the file); the build fails until it can be minified");

    /// <summary>A written page links to nothing in the output (arguments: URL, what is missing).</summary>
    public static readonly DiagnosticDescriptor OutputLink = Error("TW0802",
        "(strict) a written page links to a file or `#id` the output does not have",
        "written page links to '{0}': {1}",
        "a layout or generated page links to something the build did not write; check the layout's links and asset_url paths");

    private const string BadRedirectTitle = "a `redirect_from` entry is not a site path, is a page's address, or is claimed twice";

    /// <summary>A redirect_from entry is not a site path (arguments: entry, what is wrong).</summary>
    public static readonly DiagnosticDescriptor BadRedirect = Error("TW0803", BadRedirectTitle,
        "redirect_from '{0}' {1}",
        "write the old address as a path from the site root, e.g. `/causes/coffee/`");

    /// <summary>A redirect_from entry is a page's address (arguments: entry, page).</summary>
    public static readonly DiagnosticDescriptor RedirectIsPage = Error("TW0803", BadRedirectTitle,
        "redirect_from '{0}' is the address of page '{1}'",
        "remove it, or move or rename that page first");

    /// <summary>Two pages claim one redirect_from entry (arguments: entry, the other page).</summary>
    public static readonly DiagnosticDescriptor RedirectClaimedTwice = Error("TW0803", BadRedirectTitle,
        "redirect_from '{0}' is also claimed by '{1}'",
        "an old address can redirect to one page only");

    /// <summary>
    /// base_url is missing: a warning, as every build without it still works; <c>--strict</c>
    /// (how the site is published) makes it an error like every warning. Before the catalogue
    /// this shared TW0804 with a malformed base_url (<see cref="BadBaseUrl"/>), an error always.
    /// </summary>
    public static readonly DiagnosticDescriptor MissingBaseUrl = Warning("TW0804",
        "`base_url` is missing: no sitemap, feed or canonical URLs (warning; an error in a strict, publishing build)",
        "site setting 'base_url' is missing: no sitemap, feed or canonical URLs",
        "add `base_url: https://your.site` to _site.yml");

    /// <summary>base_url is not a full http(s) address (argument: the value).</summary>
    public static readonly DiagnosticDescriptor BadBaseUrl = Error("TW0805",
        "`base_url` is not a full http(s) address",
        "site setting 'base_url' must be a full http(s) address, not '{0}'",
        "write it like `base_url: https://example.org`");

    // ---- TW09xx scale ----

    private const string NavigationTitle = "`navigation` in `_site.yml` is not `{ prune: auto | never, max_items: N }` (N at least 3)";
    private const string NavigationHint = "write `navigation: {{ prune: auto, max_items: 50 }}` (auto cuts menu lists longer than max_items; never lists everything)";

    /// <summary>The <c>navigation</c> setting is not a mapping (no arguments; braces are escaped because messages and hints are format strings).</summary>
    public static readonly DiagnosticDescriptor NavigationNotMapping = Error("TW0900", NavigationTitle,
        "`navigation` must be a mapping such as `navigation: {{ prune: auto, max_items: 50 }}`", NavigationHint);

    /// <summary><c>navigation.prune</c> is neither auto nor never (argument: the value).</summary>
    public static readonly DiagnosticDescriptor NavigationBadPrune = Error("TW0900", NavigationTitle,
        "`navigation.prune` must be auto or never, not '{0}'", NavigationHint);

    /// <summary><c>navigation.max_items</c> is not a whole number of at least the minimum (arguments: minimum, the value).</summary>
    public static readonly DiagnosticDescriptor NavigationBadMaxItems = Error("TW0900", NavigationTitle,
        "`navigation.max_items` must be a whole number of at least {0}, not '{1}'", NavigationHint);

    /// <summary><c>navigation</c> has a key it does not know (argument: the key).</summary>
    public static readonly DiagnosticDescriptor NavigationUnknownKey = Error("TW0900", NavigationTitle,
        "unknown navigation setting '{0}'", NavigationHint);
}
