using System.Buffers;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

/// <summary>
/// Rewrites, before parsing, what other generators' markdown contains that is not markdown,
/// keeping every line where it was (so diagnostics keep their line numbers) and never touching
/// code (fenced blocks, indented blocks at the top level and `code spans`) but to unescape Hugo's escaped shortcodes:
/// <list type="bullet">
/// <item>Docusaurus admonitions (<c>:::note</c> ... <c>:::</c>) and MkDocs admonitions
/// (<c>!!! note "Title"</c> with an indented body) become GitHub alerts (<c>&gt; [!NOTE]</c>);
/// a custom title becomes the alert's first line, in bold.</item>
/// <item>kramdown's table of contents (a one-item list such as <c>* TOC</c> followed by <c>{:toc}</c>) becomes
/// <see cref="TocMarker"/>, which the renderer replaces with the page's contents list.</item>
/// <item>Template syntax this generator does not run (Hugo shortcodes <c>{{&lt; … &gt;}}</c> and
/// <c>{{% … %}}</c>, Liquid tags <c>{% … %}</c> and <c>{{ … }}</c>, MDX <c>import</c>/<c>export</c> lines
/// and capitalised components, kramdown attribute lists <c>{: …}</c>) is removed, and each removal
/// is returned so the page can be warned about once; the text between paired tags stays. A removed
/// tag at the start of a link address takes the rest of the address with it (it is unknown). A Hugo
/// shortcode written over several lines is joined onto its first line first, so it goes whole.</item>
/// <item>Hugo's escaped shortcodes (<c>{{&lt;/* x */&gt;}}</c>, <c>{{%/* x */%}}</c>), written to show the
/// syntax, are shown as the shortcode they escape, in code (fenced, indented, spans) and in text.</item>
/// <item>Hugo's <c>{{&lt; code-toggle &gt;}}</c> ... <c>{{&lt; /code-toggle &gt;}}</c> (configuration Hugo shows
/// in tabs) becomes a fenced code block in the language its body is written in (ForeignSyntax.CodeToggle.cs).</item>
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
    /// <param name="templatesAreText">
    /// True when the docs' own generator runs no template engine on markdown (mdBook, MkDocs without
    /// the macros plugin): <c>{{ … }}</c>, <c>{% … %}</c> and shortcodes are text it prints as written,
    /// so they are kept, not removed (<c>Content/ApplyTemplatesAsText</c>).
    /// </param>
    public static string Rewrite(string markdown, List<Removal> removed, string? pageFile = null, bool htmlAsText = false, bool templatesAreText = false)
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
        var blankFrom = -1; // the first of the blank lines just before this one, or -1
        var indentedCode = -1; // the last line found in an indented code block
        char? escaped = null; // a Hugo escaped shortcode ("{{</*") open in code, shown over several lines
        string?[]? margins = null; // the indentation each line keeps, under a container opened in a list item
        for (var i = 0; i < lines.Length; i++)
        {
            AddMargin(lines, margins, i - 1);
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;

            // Indented containers (MkDocs admonitions and content tabs) end at the first line, not
            // blank, indented less than their body; their body is read without that indentation, so
            // what it holds (another admonition, a tab, a fence, a template) is read as at the top.
            var closed = false;
            while (trimmed.Length > 0 && containers.Count > 0 && containers[^1].Indent > 0 && indent < containers[^1].Indent && containers[^1].Name is not (JsxTab or JsxTabs))
            {
                fence = containers[^1].Quoted ? null : fence; // a quote closes the fences inside it
                containers.RemoveAt(containers.Count - 1);
                closed = true;
            }

            // The blank lines before a line that closed a container were written as its quote's
            // blank lines: they are the blank lines of what is still open, or the line after them
            // (another box, a paragraph) would continue the closed box's quote.
            if (closed && blankFrom >= 0)
            {
                var outer = Quote(containers).TrimEnd();
                outer = outer.Length > 0 && containers.Count > 0 ? containers[0].Margin + outer : outer; // the lines before were done, margin and all
                for (var j = blankFrom; j < i; j++)
                {
                    lines[j] = outer;
                }
            }

            blankFrom = trimmed.Length > 0 ? -1 : blankFrom < 0 ? i : blankFrom;
            if (containers.Count > 0 && containers[0].Margin.Length > 0)
            {
                (margins ??= new string?[lines.Length])[i] = containers[0].Margin;
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
                i = OpenMystContainer(lines, i, colonDirective, quote, containers);
                continue;
            }

            if (fence is null && containers.Count == 0 && SphinxFileField().IsMatch(trimmed.TrimEnd()) && lines.Take(i).All(l => l.Trim().Length == 0 || SphinxFileField().IsMatch(l.Trim())))
            {
                // Sphinx's file-wide metadata at the top of a page (":orphan:", ":tocdepth: 2"): for Sphinx's
                // toctree and search, nothing to show.
                lines[i] = "";
                continue;
            }

            if (fence is null && !templatesAreText && RawTag().Match(trimmed.TrimEnd()) is { Success: true } rawTag)
            {
                // Liquid's "{% raw %}" ... "{% endraw %}": Jekyll shows what is between as written, so the
                // tags go quietly and the templates between them stay (inside code blocks, mostly).
                raw = !rawTag.Groups["end"].Success;
                lines[i] = quote.TrimEnd();
                continue;
            }

            if (raw && fence is null && !IsFence(WithoutContainerMarkers(trimmed), out _))
            {
                lines[i] = quote + line;
                continue;
            }

            if (fence is null && containers.Count == 0 && InIndentedCode(lines, i, indent, ref indentedCode))
            {
                // Code indented four spaces is shown as written, as fenced code is.
                lines[i] = UnescapeShortcodes(line, ref escaped);
                continue;
            }

            if (fence is null && !IsFence(WithoutContainerMarkers(trimmed), out _))
            {
                line = templatesAreText ? line : JoinShortcodeLines(lines, i, line);
                line = JoinComponentLines(lines, i, line);
                trimmed = line.TrimStart();
            }

            if (fence is null && !templatesAreText && LiquidHighlight().Match(trimmed.TrimEnd()) is { Success: true } highlight && HighlightEnd(lines, i) is var end and > 0)
            {
                line = HighlightFence(lines, i, end, line[..indent], highlight.Groups["language"].Value);
                trimmed = line.TrimStart();
            }

            if (fence is null && !templatesAreText && CodeToggleEnd(lines, i, trimmed) is var toggleEnd and > 0)
            {
                line = HighlightFence(lines, i, toggleEnd, line[..indent], CodeToggleLanguage(lines, i + 1, toggleEnd));
                trimmed = line.TrimStart();
            }

            if (fence is null && MystDirectives.Open(trimmed) is { } codeDirective)
            {
                line = CodeDirectiveFence(lines, ref i, line[..indent], codeDirective);
                trimmed = line.TrimStart();
            }

            // Code fences inside block quotes ("> > ```django") and opening on a list item's line
            // ("* ```rust", "> 1. ```") are code too; a fence closes on a line of its own.
            var unquoted = fence is null ? WithoutContainerMarkers(trimmed) : Unquoted(trimmed);
            if (fence is not null || IsFence(unquoted, out _))
            {
                escaped = fence is null ? null : escaped; // a fence opens: nothing escaped is open yet
                UpdateFence(unquoted, ref fence);
                lines[i] = quote + UnescapeShortcodes(line, ref escaped);
                continue;
            }

            if (trimmed.StartsWith('<') && RewriteJsxTabs(lines, i, trimmed, containers))
            {
                continue;
            }

            if (quote.Length == 0 && MkDocstringsDirective().Match(trimmed) is { Success: true } directive && IsPluginDirective(lines, i, directive))
            {
                i = RemoveMkDocstrings(lines, i, trimmed, indent, directive.Groups["quote"].Value, removed);
                continue;
            }

            if (fence is null && !templatesAreText && ShortcodeAdmonition().Match(trimmed) is { Success: true } shortcode && ClosedLater(lines, i, shortcode.Groups["name"].Value))
            {
                OpenShortcodeAdmonition(lines, i, shortcode, containers, titles);
                continue;
            }

            if (DocusaurusOpen().Match(trimmed) is { Success: true } open)
            {
                var kind = open.Groups["kind"].Value;
                // Under a list item (Docusaurus steps with a note in them) it stays in the item, as MkDocs' do below.
                var margin = MarginOf(lines, i, line, indent, containers);
                OpenAdmonition(lines, i, open.Groups["colons"].Value, Admonitions.AlertKind(kind), kind, open.Groups["title"].Value, containers, titles, margin: margin);
                if (margin.Length > 0)
                {
                    (margins ??= new string?[lines.Length])[i] = margin;
                }

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
                var margin = MarginOf(lines, i, line, indent, containers);
                OpenAdmonition(lines, i, "", Admonitions.AlertKind(kind), kind, title, containers, titles, bodyIndent + indent + 4, margin);
                if (margin.Length > 0)
                {
                    (margins ??= new string?[lines.Length])[i] = margin;
                }

                continue;
            }

            if (fence is null && ContentTab().Match(trimmed) is { Success: true } tab)
            {
                // MkDocs Material's content tab ("=== \"Python\"" with its body indented four spaces):
                // its title is a line of its own in bold, the body follows it, as a titled section.
                var container = new Container("", Quoted: false, bodyIndent + indent + 4, "tab", MarginOf(lines, i, line, indent, containers));
                containers.Add(container);
                lines[i] = quote + TitleLine(tab.Groups["title"].Value, lines, i + 1, container);
                if (container.Margin.Length > 0)
                {
                    (margins ??= new string?[lines.Length])[i] = container.Margin;
                }

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
                QuoteParagraphAsAlert(lines, start, i, after.Groups["kind"].Value);
                continue;
            }

            if (fence is null && quote.Length == 0 && KramdownCallout().Match(trimmed.TrimEnd()) is { Success: true } callout
                && Admonitions.IsKind(callout.Groups["kind"].Value) && (i == 0 || lines[i - 1].Trim().Length == 0) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0)
            {
                i = OpenCallout(lines, i, callout, containers);
                continue;
            }

            if (trimmed is "{:toc}" or "{:.no_toc}" or "{: .no_toc}" && i > 0 && TocItem().IsMatch(lines[i - 1].Trim())
                || trimmed is "{:toc}" && i > 0 && IsOneItemList(lines, i - 1))
            {
                // kramdown replaces a list of one item marked "{:toc}" with the contents, whatever the
                // item says ("* Table of Contents", "1. x"); the item's words are never shown.
                lines[i - 1] = TocMarker;
                lines[i] = "";
                continue;
            }

            if (indent == 0 && MdxStatementsEnd(lines, i, trimmed) is var statementsEnd and > 0)
            {
                // MDX's import and export statements, wherever they are in the page (the page's own at
                // its top, an included partial's where the partial lands), over as many lines as they take.
                removed.Add(new Removal(Shorten(trimmed.TrimEnd()), i, indent + 1));
                for (; i < statementsEnd; i++)
                {
                    lines[i] = quote.TrimEnd();
                }

                i--;
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

            // JSX attributes are MDX's; where templates are text (mdBook, MkDocs without macros) braces are too.
            line = htmlAsText || templatesAreText ? line : WithoutJsxAttributes(line, i, removed);
            var rewritten = StripTemplates(line, i, removed, i > 0 ? lines[i - 1] : null, pageFile, htmlAsText, templatesAreText);
            lines[i] = quote + rewritten;
        }

        AddMargin(lines, margins, lines.Length - 1);
        AddTitles(lines, titles);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"</?[A-Z][A-Za-z0-9]*[\s/>]")]
    private static partial Regex ComponentTag();
}
