using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

/// <summary>
/// Rewrites, before parsing, what other generators' markdown contains that is not markdown,
/// keeping every line where it was (so diagnostics keep their line numbers) and never touching
/// code (fenced blocks and `code spans`):
/// <list type="bullet">
/// <item>Docusaurus admonitions (<c>:::note</c> ... <c>:::</c>) and MkDocs admonitions
/// (<c>!!! note "Title"</c> with an indented body) become GitHub alerts (<c>&gt; [!NOTE]</c>);
/// a custom title becomes the alert's first line, in bold.</item>
/// <item>kramdown's table of contents (<c>* TOC</c> followed by <c>{:toc}</c>) becomes
/// <see cref="TocMarker"/>, which the renderer replaces with the page's contents list.</item>
/// <item>Template syntax this generator does not run (Hugo shortcodes <c>{{&lt; … &gt;}}</c> and
/// <c>{{% … %}}</c>, Liquid tags <c>{% … %}</c> and <c>{{ … }}</c>, MDX <c>import</c>/<c>export</c> lines
/// and capitalised components, kramdown attribute lists <c>{: …}</c>) is removed, and each removal
/// is returned so the page can be warned about once; the text between paired tags stays. A removed
/// tag at the start of a link address takes the rest of the address with it (it is unknown).</item>
/// <item>Tags that only name an address are kept as that address: Jekyll's <c>{% link path %}</c>,
/// <c>{{ site.baseurl }}</c> and <c>relative_url</c>, Hugo's <c>ref</c> and <c>relref</c>.</item>
/// </list>
/// mdBook's <c>{{#include}}</c> is not touched here (see <c>Includes</c>).
/// </summary>
public static partial class ForeignSyntax
{
    /// <summary>The paragraph text that stands for kramdown's <c>{:toc}</c> list until rendering.</summary>
    public const string TocMarker = "twitchsite-table-of-contents-here";

    // What every other generator's syntax starts with: a page without any of them (the usual case)
    // is returned as it is after one vectorised search, not one search for each.
    private static readonly SearchValues<string> Markers =
        SearchValues.Create(["{{", "{%", ":::", "{/*", "!!!", "{:", "import ", "export ", ")=", "}`", "```{", "~~~{", ".glossary}"], StringComparison.Ordinal);

    /// <summary>
    /// The code span a MyST target line (<c>(label)=</c>) becomes, with the label after it, until
    /// rendering puts an anchor with the label's id there (<c>MystAnchors</c>).
    /// </summary>
    public const string MystTargetMarker = "twitchsite-myst-target:";

    /// <summary>
    /// The language a MyST directive fenced with backticks or tildes (<c>```{figure} img.png</c>) is
    /// given, before its name (<c>myst:figure</c>), so Markdig keeps its name and argument.
    /// </summary>
    public const string MystDirectiveLanguage = "myst:";

    /// <summary>Something removed: what it was (as written, shortened), and where (0-based line of the text, 1-based column).</summary>
    public readonly record struct Removal(string Text, int Line, int Column);

    /// <summary>
    /// <paramref name="markdown"/> rewritten; <paramref name="removed"/> gets what was removed,
    /// in order. Returns the text itself when there is nothing to do (the usual case).
    /// </summary>
    /// <param name="markdown">The page's markdown.</param>
    /// <param name="removed">Gets what was removed.</param>
    /// <param name="pageFile">
    /// The page's own file from the site's root (<c>/docs/page.md</c>), which Jekyll's
    /// <c>{{ page.url }}</c> (also with <c>relative_url</c>) names in a link address; null leaves it unknown.
    /// </param>
    /// <param name="htmlAsText">
    /// True when raw HTML is shown as text (<c>raw_html: escape</c>): template syntax inside an HTML
    /// tag is then kept as written, since the tag is printed as written. Otherwise a template in the
    /// address of a tag (<c>&lt;a href="{{ post.url }}"&gt;</c>) takes the whole attribute with it: an
    /// empty <c>href</c> would link the page to itself, and no <c>href</c> leaves the text, not a link.
    /// </param>
    public static string Rewrite(string markdown, List<Removal> removed, string? pageFile = null, bool htmlAsText = false)
    {
        if (!markdown.AsSpan().ContainsAny(Markers) && !ComponentTag().IsMatch(markdown))
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        string? fence = null;
        var mkdocsIndent = -1; // inside an MkDocs admonition: the indentation of its body
        var docusaurusDepth = 0;
        var titles = new List<(int Line, string Title)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;

            if (mkdocsIndent >= 0)
            {
                if (trimmed.Length == 0)
                {
                    lines[i] = ">";
                    continue;
                }

                if (indent >= mkdocsIndent)
                {
                    line = line[mkdocsIndent..];
                    trimmed = line.TrimStart();
                    indent = line.Length - trimmed.Length;
                    if (fence is null && !IsFence(trimmed, out _))
                    {
                        lines[i] = "> " + StripTemplates(line, i, removed, i > 0 ? lines[i - 1] : null, pageFile, htmlAsText);
                        continue;
                    }

                    lines[i] = "> " + line;
                    UpdateFence(trimmed, ref fence);
                    continue;
                }

                mkdocsIndent = -1;
            }

            if (fence is null && docusaurusDepth == 0 && (MystDirectives.IsGlossaryList(trimmed) || MystDirectives.Open(trimmed) is { Name: "glossary" }))
            {
                i = RewriteGlossary(lines, i);
                continue;
            }

            if (fence is null && docusaurusDepth == 0 && MystDirectives.Open(trimmed) is { } colonDirective && colonDirective.Fence[0] == ':')
            {
                // A MyST directive fenced with colons is markdown here; its options are not text. The
                // target it names (":name: label", "{figure-md} label") is an anchor where it starts.
                if (MystDirectives.ArgumentTarget(colonDirective.Name, colonDirective.Argument) is { } named)
                {
                    lines[i] = "`" + MystTargetMarker + named + "` " + line;
                }

                for (var option = i + 1; option < lines.Length && MystDirectives.IsOption(lines[option].Trim()); option++)
                {
                    lines[option] = MystDirectives.NameOption(lines[option].Trim()) is { } label ? "`" + MystTargetMarker + label + "`" : "";
                }

                continue;
            }

            if (fence is null && MystDirectives.Open(trimmed) is { } codeDirective)
            {
                // "```{py:class} pkg.Name": Markdig would read "{py:class}" as attributes of the code
                // block (writing <code py:class="">) and lose the argument. The directive is shown as
                // code, named by its language: "myst:py:class", with its argument kept.
                // A code directive ("{code-block} python") or an R Markdown/Quarto chunk ("{r}") is
                // code in its language, highlighted like any fence.
                if (MystDirectives.CodeLanguage(codeDirective.Name, codeDirective.Argument) is { } language)
                {
                    // Its options (":caption:", ":linenos:") are not code: the fence opens after
                    // them, the lines they took stay blank before it, and the target a ":name:"
                    // option names is an anchor there, as for a directive fenced with colons.
                    var options = i + 1;
                    string? label = null;
                    while (options < lines.Length && MystDirectives.IsOption(lines[options].Trim()))
                    {
                        label ??= MystDirectives.NameOption(lines[options].Trim());
                        options++;
                    }

                    for (var option = i; option < options - 1; option++)
                    {
                        lines[option] = option == i && label is not null ? "`" + MystTargetMarker + label + "`" : "";
                    }

                    i = options - 1;
                    line = line[..indent] + codeDirective.Fence + language;
                }
                else
                {
                    line = line[..indent] + codeDirective.Fence + MystDirectiveLanguage + codeDirective.Name + (codeDirective.Argument.Length > 0 ? " " + codeDirective.Argument : "");
                }

                trimmed = line.TrimStart();
            }

            // Code fences inside block quotes ("> > ```django") are code too.
            var unquoted = Unquoted(trimmed);
            if (fence is not null || IsFence(unquoted, out _))
            {
                UpdateFence(unquoted, ref fence);
                lines[i] = docusaurusDepth > 0 ? "> " + line : line;
                continue;
            }

            if (docusaurusDepth == 0 && MkDocstringsDirective().Match(trimmed) is { Success: true } directive
                && (directive.Groups["id"].Value.Contains('.') || !IsAdmonitionKind(directive.Groups["id"].Value)))
            {
                // mkdocstrings' "::: package.module.Name" renders API documentation from source
                // code, which this generator does not read: the line and its indented options go,
                // with the warning every removed template gets.
                removed.Add(new Removal(Shorten(trimmed), i, indent + 1));
                lines[i] = "";
                while (i + 1 < lines.Length && lines[i + 1].Length > 0 && lines[i + 1][0] is ' ' or '\t')
                {
                    lines[++i] = "";
                }

                continue;
            }

            if (DocusaurusOpen().Match(trimmed) is { Success: true } open)
            {
                docusaurusDepth++;
                lines[i] = "> [!" + AlertKind(open.Groups["kind"].Value) + "]";
                titles.Add((i + 1, open.Groups["title"].Value));
                continue;
            }

            if (docusaurusDepth > 0 && trimmed.StartsWith(":::", StringComparison.Ordinal) && trimmed.TrimEnd(':').Length == 0)
            {
                docusaurusDepth--;
                lines[i] = "";
                continue;
            }

            if (MkDocsOpen().Match(trimmed) is { Success: true } mkdocs)
            {
                var title = mkdocs.Groups["title"].Success ? mkdocs.Groups["title"].Value : "";
                lines[i] = "> [!" + AlertKind(mkdocs.Groups["kind"].Value) + "]";
                titles.Add((i + 1, title));
                mkdocsIndent = indent + 4;
                continue;
            }

            if (trimmed is "{:toc}" or "{:.no_toc}" or "{: .no_toc}" && i > 0 && TocItem().IsMatch(lines[i - 1].Trim()))
            {
                lines[i - 1] = TocMarker;
                lines[i] = "";
                continue;
            }

            if (i < 40 && MdxImport().IsMatch(line))
            {
                removed.Add(new Removal(Shorten(trimmed), i, indent + 1));
                lines[i] = "";
                continue;
            }

            if (i > 0 && trimmed.StartsWith("{:", StringComparison.Ordinal) && AttributeList().Match(trimmed.TrimEnd()) is { Success: true } blockAttributes
                && blockAttributes.Length == trimmed.TrimEnd().Length && AtxHeading().IsMatch(lines[i - 1]) && !lines[i - 1].TrimEnd().EndsWith('}'))
            {
                // kramdown's block attribute list on the line after a heading ("## 3.1.1\n{: #v3-1-1}")
                // belongs to the heading: Markdig's own "{#v3-1-1}" on the heading's line.
                lines[i - 1] = lines[i - 1].TrimEnd() + " {" + blockAttributes.Groups["list"].Value.Trim() + "}";
                lines[i] = "";
                continue;
            }

            if (MystTarget().Match(trimmed) is { Success: true } target)
            {
                // MyST's "(label)=" names the block after it: an anchor there (the line is kept, as code until rendering).
                lines[i] = "`" + MystTargetMarker + target.Groups["label"].Value + "`";
                continue;
            }

            if (line.Contains("}`", StringComparison.Ordinal))
            {
                line = MystRole().Replace(line, MystRoleLink);
            }

            var rewritten = StripTemplates(line, i, removed, i > 0 ? lines[i - 1] : null, pageFile, htmlAsText);
            lines[i] = docusaurusDepth > 0 ? "> " + rewritten : rewritten;
        }

        AddTitles(lines, titles);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A MyST glossary (a <c>{glossary}</c> directive, or a definition list marked <c>{.glossary}</c>)
    /// as a definition list whose terms start with the target marker of their Sphinx id
    /// (<c>term-my-term</c>), so each term is an anchor. Lines keep their places; returns the glossary's last line.
    /// </summary>
    private static int RewriteGlossary(string[] lines, int start)
    {
        var directive = MystDirectives.Open(lines[start].Trim()) is not null;
        var shape = MystDirectives.Glossary(lines, start);
        foreach (var (index, kind) in shape)
        {
            var trimmed = lines[index].Trim();
            lines[index] = kind switch
            {
                MystDirectives.GlossaryLine.Term => "`" + MystTargetMarker + MystDirectives.TermId(trimmed) + "` " + trimmed,
                MystDirectives.GlossaryLine.FirstDefinition when directive => ":   " + trimmed,
                MystDirectives.GlossaryLine.Definition when directive => "    " + trimmed,
                MystDirectives.GlossaryLine.Option or MystDirectives.GlossaryLine.Blank or MystDirectives.GlossaryLine.Close => "",
                _ => lines[index],
            };
        }

        return shape[^1].Index;
    }

    /// <summary>
    /// A MyST cross-reference role as the link MyST makes of it: <c>{ref}`text &lt;label&gt;`</c> is
    /// <c>[text](#label)</c> (the label found on any page when links are resolved), <c>{ref}`label`</c>
    /// is <c>[](#label)</c> (titled by its heading then), <c>{doc}`path`</c> is a link to the page,
    /// <c>{term}`my term`</c> a link showing the term to its glossary entry (found whatever its case).
    /// </summary>
    private static string MystRoleLink(Match role)
    {
        var body = role.Groups["body"].Value;
        var explicitTarget = ExplicitTarget().Match(body);
        var text = explicitTarget.Success ? explicitTarget.Groups["text"].Value.Trim() : "";
        var target = explicitTarget.Success ? explicitTarget.Groups["target"].Value.Trim() : body.Trim();
        return role.Groups["role"].Value switch
        {
            "doc" => "[" + (text.Length > 0 ? text : target) + "](<" + target + ">)",
            "term" => "[" + (text.Length > 0 ? text : target) + "](<#" + target + ">)", // shows the term as written
            _ => "[" + text + "](<#" + target + ">)",
        };
    }

    [GeneratedRegex(@"^\((?<label>[^()\s]+)\)=$")]
    private static partial Regex MystTarget();

    [GeneratedRegex(@"\{(?<role>ref|numref|doc|any|term)\}`(?<body>[^`]+)`")]
    private static partial Regex MystRole();

    [GeneratedRegex(@"^(?<text>.*?)\s*<(?<target>[^<>]+)>$", RegexOptions.Singleline)]
    private static partial Regex ExplicitTarget();

    [GeneratedRegex(@"^:::\s+(?<id>[A-Za-z_][\w.]*)\s*$")]
    private static partial Regex MkDocstringsDirective();

    /// <summary>True for the admonition types Docusaurus and MkDocs define (not an mkdocstrings identifier).</summary>
    private static bool IsAdmonitionKind(string word) => word.ToLowerInvariant() is
        "note" or "tip" or "info" or "warning" or "danger" or "caution" or "important" or "success" or "secondary"
        or "hint" or "check" or "done" or "abstract" or "summary" or "tldr" or "todo" or "attention" or "error"
        or "failure" or "fail" or "missing" or "bug" or "question" or "help" or "faq" or "example" or "quote" or "cite";

    /// <summary>The GitHub alert for a Docusaurus or MkDocs admonition type.</summary>
    private static string AlertKind(string kind) => kind.ToLowerInvariant() switch
    {
        "tip" or "hint" or "success" or "check" or "done" => "TIP",
        "important" or "info" or "todo" or "abstract" or "summary" or "tldr" => "IMPORTANT",
        "warning" or "attention" or "caution" => "WARNING",
        "danger" or "error" or "failure" or "fail" or "missing" or "bug" => "CAUTION",
        _ => "NOTE",
    };

    /// <summary>
    /// A custom title cannot go on the alert's own line (the alert parser wants it alone), and
    /// adding a line would move every later line: it is written in bold at the start of the
    /// alert's first line, on its own when that line is blank.
    /// </summary>
    private static void AddTitles(string[] lines, List<(int Line, string Title)> titles)
    {
        foreach (var (index, raw) in titles)
        {
            var title = raw.Trim().Trim('[', ']').Trim().Trim('"', '\'');
            if (title.Length == 0 || index >= lines.Length || !lines[index].StartsWith('>'))
            {
                continue;
            }

            var rest = lines[index].TrimStart('>').Trim();
            if (rest.Length == 0)
            {
                lines[index] = "> **" + title + "**";
            }
            else if (char.IsLetterOrDigit(rest[0]))
            {
                lines[index] = "> **" + title + "** " + rest;
            }
        }
    }

    /// <summary><paramref name="trimmed"/> without the block quote markers it starts with.</summary>
    private static string Unquoted(string trimmed)
    {
        var at = 0;
        while (at < trimmed.Length && trimmed[at] == '>')
        {
            at++;
            while (at < trimmed.Length && trimmed[at] is ' ' or '\t')
            {
                at++;
            }
        }

        return at == 0 ? trimmed : trimmed[at..];
    }

    /// <summary>True when <paramref name="trimmed"/> starts with a code fence; <paramref name="marker"/> gets the whole run (<c>````</c>).</summary>
    private static bool IsFence(string trimmed, out string marker)
    {
        var length = trimmed.Length > 0 && trimmed[0] is '`' or '~' ? trimmed.AsSpan().IndexOfAnyExcept(trimmed[0]) : 0;
        length = length < 0 ? trimmed.Length : length;
        marker = length >= 3 ? trimmed[..length] : "";
        return marker.Length > 0;
    }

    /// <summary>
    /// Opens or closes <paramref name="fence"/> as CommonMark does: a fence closes only with a run of
    /// the same character at least as long and nothing after it, so a <c>````</c> block may hold
    /// <c>```</c> blocks (MyST nests directives this way).
    /// </summary>
    private static void UpdateFence(string trimmed, ref string? fence)
    {
        if (!IsFence(trimmed, out var marker))
        {
            return;
        }

        if (fence is null)
        {
            fence = marker;
        }
        else if (marker[0] == fence[0] && marker.Length >= fence.Length && trimmed.TrimEnd().Length == marker.Length)
        {
            fence = null;
        }
    }

    /// <summary><paramref name="line"/> without template tags outside `code spans`.</summary>
    /// <param name="line">The line.</param>
    /// <param name="lineIndex">Its index, for the removals' places.</param>
    /// <param name="removed">Where removals are added.</param>
    /// <param name="previous">The line before it (a reference definition's address may start on the next line).</param>
    /// <param name="pageFile">The page's own file from the site's root, for <c>{{ page.url }}</c>; null when unknown.</param>
    /// <param name="htmlAsText">Raw HTML is shown as text: template syntax inside a tag stays as written.</param>
    private static string StripTemplates(string line, int lineIndex, List<Removal> removed, string? previous, string? pageFile, bool htmlAsText)
    {
        if (!line.Contains('{') && !line.Contains('<'))
        {
            return line;
        }

        var result = new StringBuilder(line.Length);
        var start = 0;
        foreach (Match match in TemplateOrCode().Matches(line))
        {
            if (match.Value.StartsWith('`'))
            {
                continue; // code spans are shown as written
            }

            if (match.Index < start)
            {
                continue; // inside a link address already dropped
            }

            if (htmlAsText && InsideHtmlTag(line, match.Index))
            {
                continue; // "<a href="{{ post.url }}">" is printed as written: so is its template
            }

            result.Append(line, start, match.Index - start);
            start = match.Index + match.Length;
            if (match.Value.StartsWith("{:", StringComparison.Ordinal) && AttributeList().Match(match.Value) is { Success: true } attributes
                && !line.AsSpan(0, match.Index).IsWhiteSpace())
            {
                // kramdown's and Python-Markdown's "{: #id .class}" after an element: Markdig's own "{#id .class}".
                result.Append('{').Append(attributes.Groups["list"].Value.Trim()).Append('}');
                continue;
            }

            if (pageFile is not null && PageUrl().IsMatch(match.Value)
                && (EndsInLinkAddress(result) is not null || result.Length > 0 && result[^1] == '<' || IsReferenceDefinition(result.ToString(), previous)))
            {
                // "[this page]({{ page.url | relative_url }})": the page's own address, which its file names here.
                result.Append(pageFile);
                continue;
            }

            if (LinkEquivalent(match.Value) is { } equivalent)
            {
                // "({{ site.baseurl }})" alone is the site's root, as Jekyll publishes it, not an empty address.
                var rootAlone = equivalent.Length == 0 && SiteBaseUrl().IsMatch(match.Value)
                    && (start >= line.Length || line[start] is not ('/' or '{' or '?' or '#'))
                    && (EndsInLinkAddress(result) is not null || result.Length > 0 && result[^1] == '<' || IsReferenceDefinition(result.ToString(), previous));
                result.Append(rootAlone ? "/" : equivalent); // works as written: not a removal
                continue;
            }

            removed.Add(new Removal(Shorten(match.Value), lineIndex, match.Index + 1));
            if (UrlAttributeStart(result) is var (attribute, quote) && attribute >= 0)
            {
                // "<a href="{{ post.url }}">", "<img src="/img/{{ name }}">": the address is unknown,
                // so the attribute goes whole (the link's text stays, as for markdown links).
                result.Length = attribute;
                var closing = line.IndexOf(quote, start);
                start = closing >= 0 ? closing + 1 : line.Length;
                continue;
            }

            if (EndsInLinkAddress(result) is { } closer && line.IndexOf(closer, start, StringComparison.Ordinal) is var end and >= 0)
            {
                // "[text]({{ site.repo }}/blob/x)": what is left of the address would be checked as a
                // page of this site and reported missing; the address is unknown, so it is dropped.
                start = end;
            }
            else if (StartsUnknownAddress(result, previous) is { } bracket)
            {
                // "[name]: {{% param repo %}}/x", "<{{% param repo %}}/x>": an address made by a template is
                // unknown; the definition keeps an empty address ("<>") so its links stay links.
                var closing = bracket ? line.IndexOf('>', start) : -1;
                if (bracket)
                {
                    result.Length--;
                }

                result.Append(IsReferenceDefinition(result.ToString(), previous) ? "<>" : "");
                start = closing >= 0 ? closing + 1 : EndOfAddress(line, start);
            }
        }

        if (start == 0)
        {
            return line;
        }

        result.Append(line, start, line.Length - start);
        return result.ToString();
    }

    /// <summary>
    /// What a template tag that only names an address stands for, or null: Jekyll's
    /// <c>{% link docs/page.md %}</c> (the file, from the site folder) and <c>{{ site.baseurl }}</c>
    /// (nothing: addresses here start at the site's root; alone, the root itself), <c>{{ "/x" | relative_url }}</c>
    /// (also <c>| prepend: site.baseurl</c>), and
    /// Hugo's <c>{{&lt; ref "page.md" &gt;}}</c> and <c>relref</c> (the file, as links here are read).
    /// </summary>
    private static string? LinkEquivalent(string tag)
    {
        if (tag.StartsWith("{/*", StringComparison.Ordinal))
        {
            return ""; // an MDX comment ("{/* truncate */}"): nothing to show, as in Docusaurus
        }

        if (JekyllLink().Match(tag) is { Success: true } link)
        {
            return "/" + link.Groups["path"].Value.TrimStart('/');
        }

        if (SiteBaseUrl().IsMatch(tag))
        {
            return "";
        }

        if (RelativeUrl().Match(tag) is { Success: true } relative)
        {
            return relative.Groups["path"].Value;
        }

        return HugoRef().Match(tag) is { Success: true } reference ? reference.Groups["path"].Value : null;
    }

    /// <summary>
    /// Whether a template tag after <paramref name="text"/> starts the address of a reference
    /// definition (<c>[name]: </c>, also with the address on the line after <paramref name="previous"/>)
    /// or of an autolink (<c>&lt;</c>): true when it is inside angle brackets, false when bare, null
    /// when it is in no address.
    /// </summary>
    private static bool? StartsUnknownAddress(StringBuilder text, string? previous)
    {
        var before = text.ToString();
        if (before.EndsWith('<'))
        {
            return true;
        }

        return IsReferenceDefinition(before, previous) ? false : null;
    }

    private static bool IsReferenceDefinition(string before, string? previous) =>
        ReferenceDefinitionStart().IsMatch(before) || before.Trim() is "" or "<" && previous is not null && ReferenceDefinitionStart().IsMatch(previous.TrimEnd());

    /// <summary>
    /// True when <paramref name="index"/> of <paramref name="line"/> is inside an HTML tag
    /// (<c>&lt;a href="…</c>): a <c>&lt;</c> and a letter (or <c>/</c>) before it, no <c>&gt;</c> between.
    /// </summary>
    private static bool InsideHtmlTag(string line, int index)
    {
        var open = line.LastIndexOf('<', Math.Max(0, index - 1));
        return open >= 0 && open + 1 < line.Length && (char.IsAsciiLetter(line[open + 1]) || line[open + 1] == '/')
            && line.IndexOf('>', open, index - open) < 0;
    }

    /// <summary>
    /// Where the URL attribute whose quoted value <paramref name="text"/> ends inside starts
    /// (<c>… href="/x/</c>: the index of the space before <c>href</c>), or null when the text does not
    /// end inside the value of an <c>href</c>, <c>src</c>, <c>poster</c>, <c>srcset</c> or <c>action</c> of an HTML
    /// tag; with the quote that closes the value.
    /// </summary>
    private static (int Start, char Quote) UrlAttributeStart(StringBuilder text)
    {
        var before = text.ToString();
        var open = before.LastIndexOf('<');
        if (open < 0 || before.IndexOf('>', open) >= 0 || open + 1 >= before.Length || !char.IsAsciiLetter(before[open + 1]))
        {
            return (-1, '"');
        }

        return UrlAttributeValueOpen().Match(before, open) is { Success: true } attribute
            ? (attribute.Index, attribute.Groups["value"].Value[0])
            : (-1, '"');
    }

    // The end of a tag's text inside a URL attribute's value: ' href="' or ' src="/img/' (no closing quote yet).
    [GeneratedRegex(@"\s+(href|src|poster|srcset|action)\s*=\s*(?<value>""[^""]*|'[^']*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttributeValueOpen();

    /// <summary>Where a bare link address that starts at <paramref name="start"/> ends: the first space, else the line's end.</summary>
    private static int EndOfAddress(string line, int start)
    {
        var space = line.IndexOfAny([' ', '\t'], start);
        return space < 0 ? line.Length : space;
    }

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?$")]
    private static partial Regex ReferenceDefinitionStart();

    /// <summary>The character that ends the link address <paramref name="text"/> stops inside, or null when it is not in one.</summary>
    private static string? EndsInLinkAddress(StringBuilder text)
    {
        var end = text.Length;
        if (end >= 2 && text[end - 2] == ']' && text[end - 1] == '(')
        {
            return ")";
        }

        if (end >= 2 && text[end - 1] is '"' or '\'' && text[end - 2] == '=')
        {
            return text[end - 1].ToString();
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex(@"^:::\s*(?<kind>[A-Za-z]+)(?<title>([\s\[][^\n]*)?)$")]
    private static partial Regex DocusaurusOpen();

    [GeneratedRegex(@"^(!!!|\?\?\?\+?)\s*(?<kind>[A-Za-z]+)(\s+""(?<title>[^""]*)"")?\s*$")]
    private static partial Regex MkDocsOpen();

    [GeneratedRegex(@"^([*+-]|1\.)\s+TOC$")]
    private static partial Regex TocItem();

    [GeneratedRegex(@"^(import\s+[\w{}*,\s]+\s+from\s+['""][^'""]+['""];?|import\s+['""][^'""]+['""];?|export\s+(const|default|function)\b.*)\s*$")]
    private static partial Regex MdxImport();

    [GeneratedRegex(@"`+[^`]*`+|\{/\*.*?\*/\}|\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{%-?.*?-?%\}|\{\{-?(?!#).*?-?\}\}|\{:[^}]*\}|</?[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*(\s[^<>]*)?/?>")]
    private static partial Regex TemplateOrCode();

    [GeneratedRegex(@"^\{:\s*(?<list>([#.][\w:-]+|[\w-]+=(""[^""]*""|'[^']*'|[^\s}]+))(\s+([#.][\w:-]+|[\w-]+=(""[^""]*""|'[^']*'|[^\s}]+)))*)\s*\}$")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\{%-?\s*link\s+(?<path>[^\s%]+)\s*-?%\}$")]
    private static partial Regex JekyllLink();

    [GeneratedRegex(@"^\{\{-?\s*site\.(baseurl|url|github\.url)\s*-?\}\}$")]
    private static partial Regex SiteBaseUrl();

    // "{{ '/x' | relative_url }}", also written "{{ '/x' | prepend: site.baseurl }}" (and "| prepend: site.url" after it).
    [GeneratedRegex(@"^\{\{-?\s*(?<q>[""'])(?<path>[^""']*)\k<q>(\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(baseurl|url|github\.url)))+\s*-?\}\}$")]
    private static partial Regex RelativeUrl();

    // "{{ page.url }}", "{{ page.url | relative_url }}" (also absolute_url, prepend: site.baseurl).
    [GeneratedRegex(@"^\{\{-?\s*page\.url(\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.(baseurl|url|github\.url)))*\s*-?\}\}$")]
    private static partial Regex PageUrl();

    [GeneratedRegex(@"^\{\{[<%]\s*(relref|ref)\s+(?<q>[""']?)(?<path>[^""'\s>%]+)\k<q>\s*[>%]\}\}$")]
    private static partial Regex HugoRef();

    [GeneratedRegex(@"</?[A-Z][A-Za-z0-9]*[\s/>]")]
    private static partial Regex ComponentTag();
}
