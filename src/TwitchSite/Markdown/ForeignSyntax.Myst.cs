using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

// MyST's (Sphinx's) syntax: admonition directives and their options, glossaries, cross-reference roles,
// targets and file-wide fields.
public static partial class ForeignSyntax
{
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
    /// Opens a MyST directive that holds markdown (not an admonition) on line <paramref name="index"/>,
    /// inside quotes <paramref name="quote"/>: its options are blanked and its opening line shows its
    /// anchor and title, or a figure's image. Returns the last line it rewrote.
    /// </summary>
    private static int OpenMystContainer(string[] lines, int index, (string Fence, string Name, string Argument) directive, string quote, List<Container> containers)
    {
        // Any other MyST directive fenced with colons ("{figure}", "{dropdown}", "{tab-item}"),
        // and sphinx-design's tabs, grids and cards in any fence, hold markdown: the body is
        // shown, the fences and options are not; a title ("{tab-item} Python") is a line of
        // its own in bold. What it names (":name: label", "{figure-md} label") is an anchor where it starts.
        var container = new Container(directive.Fence, Quoted: false, Name: directive.Name.ToLowerInvariant());
        containers.Add(container);
        var last = BlankOptions(lines, index, quote);
        var shown = directive.Name is "figure" or "image" && directive.Argument.Length > 0
            ? "![](<" + directive.Argument + ">)"
            : MystDirectives.ArgumentIsSetting(directive.Name) ? "" : TitleLine(directive.Argument, lines, last + 1, container);
        lines[index] = quote + (MystDirectives.ArgumentTarget(directive.Name, directive.Argument) is { } named
            ? "`" + MystTargetMarker + named + "` " + shown
            : shown);
        return last;
    }

    /// <summary>
    /// The opening fence for a MyST directive fenced with backticks or tildes that is not read as
    /// markdown, on line <paramref name="index"/> (moved on past a code directive's options, which are blanked).
    /// </summary>
    private static string CodeDirectiveFence(string[] lines, ref int index, string indentation, (string Fence, string Name, string Argument) directive)
    {
        // "```{py:class} pkg.Name": Markdig would read "{py:class}" as attributes of the code
        // block (writing <code py:class="">) and lose the argument. The directive is shown as
        // code, named by its language: "myst:py:class", with its argument kept.
        // A code directive ("{code-block} python") or an R Markdown/Quarto chunk ("{r}") is
        // code in its language, highlighted like any fence.
        if (MystDirectives.CodeLanguage(directive.Name, directive.Argument) is { } language)
        {
            // Its options (":caption:", ":linenos:") are not code: the fence opens after
            // them, the lines they took stay blank before it, and the target a ":name:"
            // option names is an anchor there, as for a directive fenced with colons.
            var options = index + 1;
            string? label = null;
            while (options < lines.Length && MystDirectives.IsOption(lines[options].Trim()))
            {
                label ??= MystDirectives.NameOption(lines[options].Trim());
                options++;
            }

            for (var option = index; option < options - 1; option++)
            {
                lines[option] = option == index && label is not null ? "`" + MystTargetMarker + label + "`" : "";
            }

            index = options - 1;
            return indentation + directive.Fence + language;
        }

        return indentation + directive.Fence + MystDirectiveLanguage + directive.Name + (directive.Argument.Length > 0 ? " " + directive.Argument : "");
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

    [GeneratedRegex(@"^:?class:\s+(?<kind>[A-Za-z]+)")]
    private static partial Regex ClassOption();

    [GeneratedRegex(@"^([\w-]+:(\s|$)|[ \t]+\S)")]
    private static partial Regex YamlOptionLine();

    // Sphinx's file-wide metadata fields.
    [GeneratedRegex(@"^:(orphan|tocdepth|nocomments|nosearch|hide-toc|hide-navigation|hide-footer):(\s+\S.*)?$")]
    private static partial Regex SphinxFileField();
}
