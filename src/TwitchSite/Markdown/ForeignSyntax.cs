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
        SearchValues.Create(["{{", "{%", ":::", "{/*", "!!!", "???", "///", "=== \"", "===+", "===!", "{:", "markdown=", " markdown>", "</div>", ":orphan:", ":tocdepth:", ":nosearch:", "import ", "export ", ")=", "}`", "```{", "~~~{", ".glossary}"], StringComparison.Ordinal);

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
        // The admonitions, tabs and directives open around this line, innermost last.
        var containers = new List<Container>();
        var titles = new List<(int Line, string Title, bool Bold)>();
        var raw = false; // between Liquid's "{% raw %}" and "{% endraw %}" lines: text shown as written
        HashSet<int>? dropped = null; // closing tags of markdown="1" elements left out (below)
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;

            // Indented containers (MkDocs admonitions and content tabs) end at the first line, not
            // blank, indented less than their body; their body is read without that indentation, so
            // what it holds (another admonition, a tab, a fence, a template) is read as at the top.
            while (trimmed.Length > 0 && containers.Count > 0 && containers[^1].Indent > 0 && indent < containers[^1].Indent)
            {
                fence = containers[^1].Quoted ? null : fence; // a quote closes the fences inside it
                containers.RemoveAt(containers.Count - 1);
            }

            var bodyIndent = BodyIndent(containers);
            if (bodyIndent > 0)
            {
                if (trimmed.Length == 0)
                {
                    lines[i] = Quote(containers).TrimEnd();
                    continue;
                }

                line = line[Math.Min(bodyIndent, indent)..];
                trimmed = line.TrimStart();
                indent = line.Length - trimmed.Length;
            }

            var quote = Quote(containers);
            if (dropped is not null && dropped.Remove(i))
            {
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (fence is null && !htmlAsText && MarkdownInHtml().Match(trimmed.TrimEnd()) is { Success: true } element
                && MarkdownElementEnd(lines, i, element.Groups["tag"].Value) is var close and > 0
                && !(lines[i + 1].Trim().Length == 0 && lines[close - 1].Trim().Length == 0 && (close + 1 == lines.Length || lines[close + 1].Trim().Length == 0)))
            {
                // kramdown's and Python-Markdown's '<div class="x" markdown="1">' ... '</div>': markdown inside an
                // element, which kramdown ends at its closing tag. CommonMark ends an HTML block only at a blank
                // line, so without blank lines around them the tags would swallow the markdown after them (a
                // fence after '</div>' would be HTML): the two tag lines are left out and the body stays markdown.
                (dropped ??= []).Add(close);
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (fence is null && !htmlAsText && i > 0 && i + 1 < lines.Length && BlockCloseTag().IsMatch(trimmed.TrimEnd())
                && lines[i + 1].Trim().Length > 0 && Unquoted(lines[i - 1].Trim()) is var previous
                && (previous.Length == 0 || previous[0] == '<') && !IsFence(previous, out _))
            {
                // "</div>" with a fence or a heading on the very next line: kramdown ends the element at
                // its closing tag, CommonMark's HTML block only at a blank line, so the fence would be HTML
                // text. The tag goes to the end of the HTML line before it (or that blank line), and its
                // own line is the blank line that ends the block.
                lines[i - 1] = previous.Length == 0 ? quote + trimmed.TrimEnd() : lines[i - 1].TrimEnd('\r') + trimmed.TrimEnd();
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (fence is null && containers.Count > 0 && Closes(trimmed, containers[^1]))
            {
                containers.RemoveAt(containers.Count - 1);
                lines[i] = Quote(containers);
                continue;
            }

            if (trimmed.Length == 0 && containers.Count > 0 && containers[^1].Name == ParagraphCallout)
            {
                containers.RemoveAt(containers.Count - 1);
                lines[i] = Quote(containers).TrimEnd();
                continue;
            }

            if (fence is null && containers.Count > 0 && containers[^1].Name is "card" or "grid-item-card" && CardSeparator().IsMatch(trimmed.TrimEnd()))
            {
                // sphinx-design's card header ("^^^" after it) and footer ("+++" before it): the parts stay, the lines go.
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (fence is null && MystDirectives.Open(trimmed) is { } admonition && Admonitions.IsMystDirective(admonition.Name))
            {
                i = OpenMystAdmonition(lines, i, admonition, containers, titles);
                continue;
            }

            if (fence is null && quote.Length == 0 && (MystDirectives.IsGlossaryList(trimmed) || MystDirectives.Open(trimmed) is { Name: "glossary" }))
            {
                i = RewriteGlossary(lines, i);
                continue;
            }

            if (fence is null && MystDirectives.Open(trimmed) is { } colonDirective && (colonDirective.Fence[0] == ':' || MystDirectives.HoldsMarkdown(colonDirective.Name)))
            {
                // Any other MyST directive fenced with colons ("{figure}", "{dropdown}", "{tab-item}"),
                // and sphinx-design's tabs, grids and cards in any fence, hold markdown: the body is
                // shown, the fences and options are not; a title ("{tab-item} Python") is a line of
                // its own in bold. What it names (":name: label", "{figure-md} label") is an anchor where it starts.
                var container = new Container(colonDirective.Fence, Quoted: false, Name: colonDirective.Name.ToLowerInvariant());
                containers.Add(container);
                var last = BlankOptions(lines, i, quote);
                var shown = colonDirective.Name is "figure" or "image" && colonDirective.Argument.Length > 0
                    ? "![](<" + colonDirective.Argument + ">)"
                    : MystDirectives.ArgumentIsSetting(colonDirective.Name) ? "" : TitleLine(colonDirective.Argument, lines, last + 1, container);
                lines[i] = quote + (MystDirectives.ArgumentTarget(colonDirective.Name, colonDirective.Argument) is { } named
                    ? "`" + MystTargetMarker + named + "` " + shown
                    : shown);
                i = last;
                continue;
            }

            if (fence is null && containers.Count == 0 && SphinxFileField().IsMatch(trimmed.TrimEnd()) && lines.Take(i).All(l => l.Trim().Length == 0 || SphinxFileField().IsMatch(l.Trim())))
            {
                // Sphinx's file-wide metadata at the top of a page (":orphan:", ":tocdepth: 2"): for Sphinx's
                // toctree and search, nothing to show.
                lines[i] = "";
                continue;
            }

            if (fence is null && RawTag().Match(trimmed.TrimEnd()) is { Success: true } rawTag)
            {
                // Liquid's "{% raw %}" ... "{% endraw %}": Jekyll shows what is between as written, so the
                // tags go quietly and the templates between them stay (inside code blocks, mostly).
                raw = !rawTag.Groups["end"].Success;
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (raw && fence is null && !IsFence(Unquoted(trimmed), out _))
            {
                lines[i] = quote + line;
                continue;
            }

            if (fence is null && LiquidHighlight().Match(trimmed.TrimEnd()) is { Success: true } highlight && HighlightEnd(lines, i) is var end and > 0)
            {
                // Jekyll's "{% highlight ruby linenos %}" ... "{% endhighlight %}" is a code block in that
                // language: a fence longer than any run of backticks inside it, so a fence it shows stays code.
                var longest = 2;
                for (var inside = i + 1; inside < end; inside++)
                {
                    longest = Math.Max(longest, LongestBacktickRun(lines[inside]));
                }

                var marker = new string('`', longest + 1);
                lines[end] = line[..indent] + marker;
                line = line[..indent] + marker + highlight.Groups["language"].Value;
                trimmed = line.TrimStart();
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
                lines[i] = quote + line;
                continue;
            }

            if (quote.Length == 0 && MkDocstringsDirective().Match(trimmed) is { Success: true } directive
                && (directive.Groups["id"].Value.Contains('.') || !Admonitions.IsKind(directive.Groups["id"].Value)))
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

            if (fence is null && ShortcodeAdmonition().Match(trimmed) is { Success: true } shortcode && ClosedLater(lines, i, shortcode.Groups["name"].Value))
            {
                // Hugo themes' admonition shortcodes, alone on their lines around markdown: Docsy's
                // {{% alert title="Note" color="warning" %}}, Hugo Book's {{% hint danger %}},
                // Hextra's and Doks' {{< callout type="info" >}}, Hugo's own {{< note >}}.
                var name = shortcode.Groups["name"].Value;
                var arguments = shortcode.Groups["args"].Value;
                // A theme's "info" (and Docsy's "primary") is its plain blue box: a note. Without
                // a look, a box named for its purpose ("hint", "alert") is a note too.
                var look = (ShortcodeArgument(arguments, "color", "type", "context") ?? PositionalArgument(arguments) ?? name).ToLowerInvariant();
                var kind = look is "info" or "primary" or "hint" or "alert" or "callout" or "notice" ? "note" : Admonitions.IsKind(look) ? look : "note";
                OpenAdmonition(lines, i, ShortcodeCloser + name, Admonitions.AlertKind(kind), kind, ShortcodeArgument(arguments, "title") ?? "", containers, titles);
                continue;
            }

            if (DocusaurusOpen().Match(trimmed) is { Success: true } open)
            {
                var kind = open.Groups["kind"].Value;
                OpenAdmonition(lines, i, open.Groups["colons"].Value, Admonitions.AlertKind(kind), kind, open.Groups["title"].Value, containers, titles);
                continue;
            }

            if (fence is null && BlocksOpen().Match(trimmed) is { Success: true } block)
            {
                i = OpenBlock(lines, i, block, bodyIndent + indent, containers, titles);
                continue;
            }

            if (MkDocsOpen().Match(trimmed) is { Success: true } mkdocs)
            {
                // "!!! note "Title"", "??? tip" (pymdownx.details, collapsible there): an alert whose body is indented four spaces.
                var kind = mkdocs.Groups["kind"].Value;
                var title = mkdocs.Groups["title"].Success ? mkdocs.Groups["title"].Value : "";
                OpenAdmonition(lines, i, "", Admonitions.AlertKind(kind), kind, title, containers, titles, bodyIndent + indent + 4);
                continue;
            }

            if (fence is null && ContentTab().Match(trimmed) is { Success: true } tab)
            {
                // MkDocs Material's content tab ("=== \"Python\"" with its body indented four spaces):
                // its title is a line of its own in bold, the body follows it, as a titled section.
                var container = new Container("", Quoted: false, bodyIndent + indent + 4, "tab");
                containers.Add(container);
                lines[i] = quote + TitleLine(tab.Groups["title"].Value, lines, i + 1, container);
                continue;
            }

            if (fence is null && ClassContainer().Match(trimmed) is { Success: true } classContainer && ColonsCloseLater(lines, i, classContainer.Groups["colons"].Value))
            {
                // A container named by a class, not a kind (MyST's ":::bg-primary", VitePress'
                // "::: code-group"): nothing to show for the name; the body stays as it is.
                containers.Add(new Container(classContainer.Groups["colons"].Value, Quoted: false));
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (fence is null && quote.Length == 0 && KramdownCallout().Match(trimmed.TrimEnd()) is { Success: true } after
                && Admonitions.IsKind(after.Groups["kind"].Value) && i > 0 && lines[i - 1].Trim().Length > 0 && ParagraphStart(lines, i) is var start and > 0
                && (start < 2 || !lines[start - 2].TrimStart().StartsWith('>')))
            {
                // "{: .note }" right after a paragraph is that paragraph's (kramdown): the blank line before
                // the paragraph opens the alert (unless a quote ends right above it, which the alert would
                // join), the paragraph is quoted, the list's own line is left blank.
                lines[start - 1] = "> [!" + Admonitions.AlertKind(after.Groups["kind"].Value) + "]";
                for (var quoted = start; quoted < i; quoted++)
                {
                    lines[quoted] = "> " + lines[quoted];
                }

                lines[i] = "";
                continue;
            }

            if (fence is null && quote.Length == 0 && KramdownCallout().Match(trimmed.TrimEnd()) is { Success: true } callout
                && Admonitions.IsKind(callout.Groups["kind"].Value) && (i == 0 || lines[i - 1].Trim().Length == 0) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0)
            {
                // Just the Docs' callouts: "{: .note }" on the line before a paragraph or a block quote
                // makes it that alert; with "{: .note-title }" the quote's first line is its title.
                lines[i] = "> [!" + Admonitions.AlertKind(callout.Groups["kind"].Value) + "]";
                var next = lines[i + 1].TrimStart();
                if (next.StartsWith('>'))
                {
                    if (callout.Groups["titled"].Success && Unquoted(next.TrimEnd()) is { Length: > 0 } title && !StartsBlock(title))
                    {
                        lines[i + 1] = "> **" + title + "**";
                        i++;
                    }
                }
                else
                {
                    containers.Add(new Container("", Quoted: true, Name: ParagraphCallout)); // quoted up to the paragraph's end
                }

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
                lines[i] = quote + "`" + MystTargetMarker + target.Groups["label"].Value + "`";
                continue;
            }

            if (line.Contains("}`", StringComparison.Ordinal))
            {
                line = MystRole().Replace(line, MystRoleLink);
            }

            var rewritten = StripTemplates(line, i, removed, i > 0 ? lines[i - 1] : null, pageFile, htmlAsText);
            lines[i] = quote + rewritten;
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

    /// <summary>
    /// A custom title cannot go on the alert's own line (the alert parser wants it alone), and
    /// adding a line would move every later line: it is written at the start of the alert's first
    /// line (in bold when <c>Bold</c>; a MyST body's first line given on the directive's line is
    /// not), on its own when that line is blank.
    /// </summary>
    private static void AddTitles(string[] lines, List<(int Line, string Title, bool Bold)> titles)
    {
        foreach (var (index, raw, bold) in titles)
        {
            var title = bold ? raw.Trim().Trim('[', ']').Trim().Trim('"', '\'') : raw.Trim();
            if (title.Length == 0 || index >= lines.Length)
            {
                continue;
            }

            if (!bold && lines[index].Length == 0)
            {
                lines[index] = "> " + title; // the body is empty: this was the closing line
                continue;
            }

            if (!lines[index].StartsWith('>'))
            {
                continue;
            }

            var rest = Unquoted(lines[index]);
            var prefix = lines[index][..^rest.Length].TrimEnd() + " ";
            var shown = bold ? "**" + title + "**" : title;
            if (rest.Length == 0)
            {
                lines[index] = prefix + shown;
            }
            else if (!bold || !StartsBlock(rest))
            {
                lines[index] = prefix + shown + " " + rest;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> starts a block that a title before it would break (a list,
    /// heading, table, quote, fence or HTML) rather than a paragraph.
    /// </summary>
    private static bool StartsBlock(string text) =>
        text[0] is '-' or '*' or '+' or '#' or '|' or '>' or '`' or '~' or '<' or ':' || OrderedItem().IsMatch(text);

    /// <summary>
    /// Opens an admonition on line <paramref name="index"/>: a GitHub alert of <paramref name="alert"/>
    /// with its title on the next line, or inside another admonition (alerts do not nest) a quote
    /// whose first words are the title in bold. Everything up to the line that closes
    /// <paramref name="fence"/> is quoted.
    /// </summary>
    private static void OpenAdmonition(string[] lines, int index, string fence, string alert, string kind, string title, List<Container> containers, List<(int Line, string Title, bool Bold)> titles, int bodyIndent = 0)
    {
        var quote = Quote(containers);
        containers.Add(new Container(fence, Quoted: true, bodyIndent));
        if (quote.Length == 0)
        {
            lines[index] = "> [!" + alert + "]";
            titles.Add((index + 1, title, true));
            return;
        }

        var shown = title.Trim().Trim('[', ']').Trim().Trim('"', '\'');
        lines[index] = quote + "> **" + (shown.Length > 0 ? shown : char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant()) + "**";
    }

    /// <summary>
    /// Opens a MyST admonition (<c>:::{note}</c>, <c>```{warning}</c>, <c>:::{admonition} Title</c>
    /// with <c>:class: tip</c>) on line <paramref name="index"/>: its options (a <c>:name:</c> stays an
    /// anchor) and a YAML option block are not shown; text on the directive's line is its title
    /// for <c>admonition</c> and the version directives and the body's first words otherwise.
    /// Returns the last line it rewrote.
    /// </summary>
    private static int OpenMystAdmonition(string[] lines, int index, (string Fence, string Name, string Argument) directive, List<Container> containers, List<(int Line, string Title, bool Bold)> titles)
    {
        var name = directive.Name.ToLowerInvariant();
        var kind = name;
        // "{admonition}" takes its look from a class ("tip"), given as an option or in a YAML block.
        var options = OptionLines(lines, index);
        for (var option = index + 1; name == "admonition" && option <= options; option++)
        {
            if (ClassOption().Match(lines[option].Trim()) is { Success: true } cssClass && Admonitions.IsKind(cssClass.Groups["kind"].Value))
            {
                kind = cssClass.Groups["kind"].Value;
                break;
            }
        }

        var titled = Admonitions.MystArgumentIsTitle(name);
        var title = name == "admonition" ? directive.Argument : titled || name == "seealso" ? Admonitions.MystTitle(name, directive.Argument) : "";
        var quoted = Quote(containers).Length > 0;
        OpenAdmonition(lines, index, directive.Fence, Admonitions.AlertKind(kind), kind, title, containers, titles);
        var last = BlankOptions(lines, index, Quote(containers));
        if (!titled && directive.Argument.Length > 0)
        {
            // "```{note} Some text": the text is the body's first line (MyST). Inside another
            // admonition it follows the bold title; in an alert it goes on the first blanked option
            // line, or before the body's first line, or alone when the body is empty.
            if (quoted)
            {
                lines[index] += " " + directive.Argument;
            }
            else
            {
                titles.Add((index + 1, directive.Argument, false));
            }
        }

        return last;
    }

    /// <summary>
    /// Blanks the option lines after the directive on line <paramref name="index"/>, keeping each as
    /// <paramref name="quote"/> so a quote around them stays whole; a <c>:name:</c> becomes the
    /// target marker. Returns the last option's line (<paramref name="index"/> when there are none).
    /// </summary>
    private static int BlankOptions(string[] lines, int index, string quote)
    {
        var last = OptionLines(lines, index);
        for (var option = index + 1; option <= last; option++)
        {
            lines[option] = quote + (MystDirectives.NameOption(lines[option].Trim()) is { } label ? "`" + MystTargetMarker + label + "`" : "");
        }

        return last;
    }

    /// <summary>
    /// The last line of the options after the directive on line <paramref name="index"/>: option
    /// lines (<c>:width: 80%</c>) or a YAML block between <c>---</c> lines; <paramref name="index"/> when there are none.
    /// </summary>
    private static int OptionLines(string[] lines, int index)
    {
        if (index + 1 < lines.Length && lines[index + 1].Trim() == "---")
        {
            // Only "key: value" lines (and their indented continuations) up to the closing "---":
            // a body that starts with a thematic break is not read as options.
            var end = index + 2;
            while (end < lines.Length && YamlOptionLine().IsMatch(lines[end]))
            {
                end++;
            }

            if (end < lines.Length && lines[end].Trim() == "---")
            {
                return end;
            }
        }

        var last = index;
        while (last + 1 < lines.Length && MystDirectives.IsOption(lines[last + 1].Trim()))
        {
            last++;
        }

        return last;
    }

    // What a container opened by a shortcode has as its fence: the shortcode's name follows.
    private const string ShortcodeCloser = "{{/";

    /// <summary>
    /// True when a line after <paramref name="index"/> closes the shortcode <paramref name="name"/>
    /// (<c>{{% /hint %}}</c>): one without a closing tag (Hugo's single <c>{{&lt; note &gt;}}</c> of
    /// some themes) is not a box around the rest of the page, and is removed like any other.
    /// </summary>
    private static bool ClosedLater(string[] lines, int index, string name)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (ShortcodeClose().Match(lines[i].Trim()) is { Success: true } close && close.Groups["name"].Value == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="trimmed"/> closes <paramref name="container"/>: its fence, or its closing shortcode.</summary>
    private static bool Closes(string trimmed, Container container) =>
        container.Fence.Length == 0 ? false
        : container.Fence.StartsWith(ShortcodeCloser, StringComparison.Ordinal)
            ? ShortcodeClose().Match(trimmed) is { Success: true } close && close.Groups["name"].Value == container.Fence[ShortcodeCloser.Length..]
            : MystDirectives.Closes(trimmed, container.Fence);

    /// <summary>The value of the first of <paramref name="names"/> given as <c>name="value"</c> in a shortcode's arguments; null when none is.</summary>
    private static string? ShortcodeArgument(string arguments, params string[] names) =>
        names.Select(n => System.Text.RegularExpressions.Regex.Match(arguments, @"\b" + n + @"\s*=\s*(""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""']+))"))
            .Where(m => m.Success)
            .Select(m => m.Groups["v"].Value)
            .FirstOrDefault();

    /// <summary>A shortcode's first argument when it is a bare word (<c>{{% hint warning %}}</c>); null otherwise.</summary>
    private static string? PositionalArgument(string arguments) =>
        System.Text.RegularExpressions.Regex.Match(arguments, @"^\s*[""']?(?<v>[A-Za-z]+)[""']?\s*$") is { Success: true } m ? m.Groups["v"].Value : null;

    /// <summary>
    /// An open admonition, tab or directive: the fence that closes it (empty for one closed by its
    /// indentation or by a blank line), whether its lines are quoted, the indentation of its body
    /// (0 unless the body is indented: MkDocs) and its name (a directive's, or <see cref="ParagraphCallout"/>).
    /// </summary>
    private readonly record struct Container(string Fence, bool Quoted, int Indent = 0, string Name = "");

    // The name of a container that a blank line closes: a callout written before a paragraph.
    private const string ParagraphCallout = "{: paragraph }";

    /// <summary>The indentation of the innermost indented container's body; 0 when none is open.</summary>
    private static int BodyIndent(List<Container> containers)
    {
        for (var i = containers.Count - 1; i >= 0; i--)
        {
            if (containers[i].Indent > 0)
            {
                return containers[i].Indent;
            }
        }

        return 0;
    }

    /// <summary>
    /// A title shown as a line of its own in bold (<c>**Python**</c>), with a hard line break after it
    /// when the line after it (<paramref name="next"/>) continues the paragraph, so the body starts on
    /// a line of its own; empty for no title.
    /// </summary>
    private static string TitleLine(string title, string[] lines, int next, Container container)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            return "";
        }

        var following = next < lines.Length ? Unquoted(lines[next].Trim()) : "";
        var continues = following.Length > 0 && !StartsBlock(following) && !Closes(following, container)
            && !(container.Indent > 0 && lines[next].Length - lines[next].TrimStart().Length < container.Indent);
        return "**" + title + "**" + (continues ? "\\" : "");
    }

    /// <summary>
    /// Opens a block of pymdownx.blocks (<c>/// note | Title</c> ... <c>///</c>, more slashes around
    /// those inside) on line <paramref name="index"/>, whose options are the lines after it indented
    /// four spaces (<c>    type: warning</c>): an admonition (a kind's name, <c>admonition</c>, or
    /// <c>details</c>, kind from <c>type</c>) is an alert titled by its argument; a tab or any other
    /// block keeps its body, a tab's title a line of its own in bold. Returns the last line it rewrote.
    /// </summary>
    private static int OpenBlock(string[] lines, int index, Match block, int headerIndent, List<Container> containers, List<(int Line, string Title, bool Bold)> titles)
    {
        var name = block.Groups["name"].Value.ToLowerInvariant();
        var argument = block.Groups["arg"].Value.Trim();
        var fence = block.Groups["slashes"].Value;
        var last = index;
        string? type = null;
        while (last + 1 < lines.Length && lines[last + 1].Length - lines[last + 1].TrimStart().Length >= headerIndent + 4
            && BlockOption().Match(lines[last + 1].Trim()) is { Success: true } option)
        {
            last++;
            type = option.Groups["key"].Value == "type" ? option.Groups["value"].Value.Trim().Trim('"', '\'') : type;
        }

        var quote = Quote(containers);
        if (name is "admonition" or "details" || Admonitions.IsKind(name))
        {
            var kind = name is "admonition" or "details" ? type is { Length: > 0 } && Admonitions.IsKind(type) ? type : "note" : name;
            OpenAdmonition(lines, index, fence, Admonitions.AlertKind(kind), kind, argument, containers, titles);
            quote = Quote(containers);
            for (var option = index + 1; option <= last; option++)
            {
                lines[option] = quote;
            }

            return last;
        }

        var container = new Container(fence, Quoted: false, Name: name);
        containers.Add(container);
        for (var option = index + 1; option <= last; option++)
        {
            lines[option] = quote.TrimEnd();
        }

        // "/// html | div" names a tag, not a title.
        lines[index] = quote + (name == "html" ? "" : TitleLine(argument, lines, last + 1, container));
        return last;
    }

    /// <summary>
    /// The line of the closing tag (<c>&lt;/div&gt;</c> alone) of the <paramref name="tag"/> element opened
    /// alone on line <paramref name="index"/>, counting the same tags opened alone between; 0 when none closes it.
    /// </summary>
    private static int MarkdownElementEnd(string[] lines, int index, string tag)
    {
        var depth = 0;
        for (var i = index + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Equals("</" + tag + ">", StringComparison.OrdinalIgnoreCase))
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (trimmed.StartsWith("<" + tag, StringComparison.OrdinalIgnoreCase) && trimmed.EndsWith('>') && !trimmed.Contains("</", StringComparison.Ordinal)
                && trimmed.Length > tag.Length + 1 && trimmed[tag.Length + 1] is ' ' or '>')
            {
                depth++;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first line of the paragraph that ends on the line before <paramref name="index"/>, when a
    /// blank line precedes it and none of its lines is a fence or a quote; 0 otherwise.
    /// </summary>
    private static int ParagraphStart(string[] lines, int index)
    {
        var start = index - 1;
        while (start > 0 && lines[start - 1].Trim().Length > 0)
        {
            start--;
        }

        for (var line = start; line < index; line++)
        {
            if (IsFence(Unquoted(lines[line].Trim()), out _) || lines[line].TrimStart().StartsWith('>'))
            {
                return 0;
            }
        }

        return start > 0 ? start : 0;
    }

    /// <summary>The line of the <c>{% endhighlight %}</c> that closes the highlight block opened on line <paramref name="index"/>; 0 when none does.</summary>
    private static int HighlightEnd(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (LiquidEndHighlight().IsMatch(lines[i].Trim()))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest run of backticks in <paramref name="line"/>.</summary>
    private static int LongestBacktickRun(string line)
    {
        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>True when a line after <paramref name="index"/> is a run of at least as many colons as <paramref name="colons"/> alone.</summary>
    private static bool ColonsCloseLater(string[] lines, int index, string colons)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (MystDirectives.Closes(lines[i].Trim(), colons))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quote markers a line inside <paramref name="containers"/> starts with: one for each quoted one.</summary>
    private static string Quote(List<Container> containers)
    {
        var depth = containers.Count(c => c.Quoted);
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("> ", depth));
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

            if (match.Value.StartsWith("{:", StringComparison.Ordinal) && AttributeList().Match(match.Value) is { Success: true } styles
                && styles.Groups["list"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(a => a[0] == '.'))
            {
                // "{: .fs-6 .fw-300 }" alone on its line: classes for the theme that wrote them (Just the Docs'
                // type scale, labels); nothing the reader would miss, so they go without a warning.
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
        if (RawTag().IsMatch(tag))
        {
            return ""; // "{% raw %}`{{ x }}`{% endraw %}" in a line: the text between is shown as written here anyway
        }

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

    [GeneratedRegex(@"^(?<colons>:{3,})\s*(?<kind>[A-Za-z]+)(?<title>([\s\[][^\n]*)?)$")]
    private static partial Regex DocusaurusOpen();

    [GeneratedRegex(@"^\{\{[<%]-?\s*(?<name>alert|hint|callout|admonition|notice|note|tip|warning|caution|important|danger|info)(?<args>(\s[^/{}]*)?)\s*-?[>%]\}\}$")]
    private static partial Regex ShortcodeAdmonition();

    [GeneratedRegex(@"^\{\{[<%]-?\s*/\s*(?<name>[\w-]+)\s*-?[>%]\}\}$")]
    private static partial Regex ShortcodeClose();

    [GeneratedRegex(@"^:?class:\s+(?<kind>[A-Za-z]+)")]
    private static partial Regex ClassOption();

    [GeneratedRegex(@"^([\w-]+:(\s|$)|[ \t]+\S)")]
    private static partial Regex YamlOptionLine();

    [GeneratedRegex(@"^\d+[.)]\s")]
    private static partial Regex OrderedItem();

    // "!!! note "Title"", also with more classes ("!!! tip inline end") and pymdownx.details' "??? note", "???+ note".
    [GeneratedRegex(@"^(!!!|\?\?\?\+?)\s*(?<kind>[A-Za-z]+)(\s+[A-Za-z][\w-]*)*(\s+""(?<title>[^""]*)"")?\s*$")]
    private static partial Regex MkDocsOpen();

    // pymdownx.blocks' header: "/// note | Title", "//// tab | Python 3.10+".
    [GeneratedRegex(@"^(?<slashes>/{3,})\s*(?<name>[A-Za-z][\w-]*)\s*(\|\s*(?<arg>.*))?$")]
    private static partial Regex BlocksOpen();

    // A pymdownx.blocks option line ("type: warning", "open: True").
    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*):(\s+(?<value>.*))?$")]
    private static partial Regex BlockOption();

    // MkDocs Material's content tab: "=== "Title"" ("===+" selects it, "===!" starts a new set).
    [GeneratedRegex(@"^===[+!]{0,2}\s+""(?<title>[^""]*)""\s*$")]
    private static partial Regex ContentTab();

    // A colon fence named by a class rather than a kind: ":::bg-primary", "::: code-group".
    [GeneratedRegex(@"^(?<colons>:{3,})\s*(?<name>[A-Za-z][\w]*-[\w-]+)\s*$")]
    private static partial Regex ClassContainer();

    // kramdown's attribute list naming one class alone: "{: .note }", "{: .note-title }" (Just the Docs' callouts).
    [GeneratedRegex(@"^\{:\s*\.(?<kind>[A-Za-z]+)(?<titled>-title)?\s*\}$")]
    private static partial Regex KramdownCallout();

    // An element told to hold markdown, alone on its line: '<div class="x" markdown="1">', '<section markdown>' (not details or summary, whose tags matter).
    [GeneratedRegex(@"^<(?<tag>(?!details\b|summary\b)[A-Za-z][\w-]*)(\s+[^<>]*)?\smarkdown(\s*=\s*(""[^""]*""|'[^']*'|\w+))?(\s+[^<>]*)?>$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownInHtml();

    // The closing tag of a block-level element alone on its line.
    [GeneratedRegex(@"^</(div|section|article|aside|figure|blockquote|details|table|ul|ol|dl|nav|header|footer|main|center)>$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockCloseTag();

    // Sphinx's file-wide metadata fields.
    [GeneratedRegex(@"^:(orphan|tocdepth|nocomments|nosearch|hide-toc|hide-navigation|hide-footer):(\s+\S.*)?$")]
    private static partial Regex SphinxFileField();

    // Liquid's "{% raw %}" and "{% endraw %}" (also with "-" trimming).
    [GeneratedRegex(@"^\{%-?\s*(?<end>end)?raw\s*-?%\}$")]
    private static partial Regex RawTag();

    // Jekyll's "{% highlight ruby %}", "{% highlight ruby linenos %}".
    [GeneratedRegex(@"^\{%-?\s*highlight\s+(?<language>[\w+#.-]+)(\s+[^%]*)?-?%\}$")]
    private static partial Regex LiquidHighlight();

    [GeneratedRegex(@"^\{%-?\s*endhighlight\s*-?%\}$")]
    private static partial Regex LiquidEndHighlight();

    // sphinx-design's card header and footer separators.
    [GeneratedRegex(@"^(\^{3,}|\+{3,})$")]
    private static partial Regex CardSeparator();

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
