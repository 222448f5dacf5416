using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Markdown;

/// <summary>
/// What MyST (Sphinx) directives tell about the targets they make, read from their text alone:
/// the opening line (<c>```{figure} img.png</c>, <c>:::{note}</c>), the <c>:name:</c> option, the
/// terms of a glossary and the object a Python domain or autodoc directive documents. Shared by
/// <c>MystTargets</c> (every page's targets), <see cref="ForeignSyntax"/> and <c>MystAnchors</c>
/// (the anchors in the page), so the three agree on what is a target.
/// </summary>
public static partial class MystDirectives
{
    /// <summary>A directive's opening line: its fence (backticks, tildes or colons), name and argument; null when it is not one.</summary>
    public static (string Fence, string Name, string Argument)? Open(string trimmed) =>
        OpenLine().Match(trimmed) is { Success: true } match
            ? (match.Groups["fence"].Value, match.Groups["name"].Value, match.Groups["arg"].Value.Trim())
            : null;

    // MyST's directives that show code in the language their argument names.
    private static readonly HashSet<string> CodeDirectives = new(StringComparer.OrdinalIgnoreCase) { "code-block", "code", "sourcecode", "code-cell" };

    /// <summary>
    /// The language of the code block a fenced directive opens: the argument's first word for
    /// MyST's code directives (<c>{code-block} python</c>), the name itself for a chunk of a
    /// language the highlighter knows (R Markdown's and Quarto's <c>{r}</c>, <c>{python}</c>); null
    /// for any other directive.
    /// </summary>
    public static string? CodeLanguage(string name, string argument)
    {
        if (CodeDirectives.Contains(name))
        {
            var first = argument.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            return first.All(c => char.IsLetterOrDigit(c) || c is '+' or '#' or '-' or '_' or '.') ? first : "";
        }

        var chunk = name.Split(',', ' ')[0];
        return Extensions.CodeHighlighting.CodeLanguages.ScopeOf(chunk) is not null ? chunk : null;
    }

    // Directives whose body is markdown to show as it is, whatever their fence: sphinx-design's tabs,
    // grids, cards and dropdowns, and docutils' and Jupyter Book's plain containers.
    private static readonly HashSet<string> MarkdownContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "tab-set", "tab-set-code", "tab-item", "grid", "grid-item", "grid-item-card", "card", "card-carousel", "dropdown", "div",
        "container", "topic", "sidebar", "margin",
    };

    /// <summary>
    /// True for a directive whose body is markdown even when it is fenced with backticks
    /// (<c>````{tab-set}</c>, <c>```{grid-item-card} Title</c>), not code: sphinx-design's tabs, grids,
    /// cards and dropdowns, and plain containers (<c>{div}</c>, <c>{container}</c>, <c>{topic}</c>, <c>{sidebar}</c>, <c>{margin}</c>).
    /// </summary>
    public static bool HoldsMarkdown(string name) => MarkdownContainers.Contains(name);

    /// <summary>
    /// True for a directive whose argument is a setting, not words to show: a grid's columns
    /// (<c>{grid} 1 2 3 4</c>), a carousel's count, the classes of a <c>{div}</c> or <c>{container}</c>.
    /// </summary>
    public static bool ArgumentIsSetting(string name) => name.ToLowerInvariant() is
        "grid" or "grid-item" or "card-carousel" or "div" or "container" or "tab-set" or "tab-set-code";

    /// <summary>True when <paramref name="trimmed"/> closes a directive opened with <paramref name="fence"/> (the same character, at least as many).</summary>
    public static bool Closes(string trimmed, string fence) =>
        trimmed.Length >= fence.Length && trimmed.TrimEnd().All(c => c == fence[0]) && trimmed.TrimEnd().Length >= fence.Length;

    /// <summary>The label of a <c>:name: label</c> option line, or null.</summary>
    public static string? NameOption(string trimmed) =>
        NameLine().Match(trimmed) is { Success: true } match ? match.Groups["label"].Value : null;

    /// <summary>True for an option line of a directive's header (<c>:name: x</c>, <c>:sorted:</c>).</summary>
    public static bool IsOption(string trimmed) => OptionLine().IsMatch(trimmed);

    /// <summary>
    /// The anchor a directive's argument makes, or null: <c>{figure-md} label</c> names the figure;
    /// a Python object directive (<c>{py:class} pkg.Name</c>, also <c>{py:function} f(x)</c>) and an
    /// autodoc directive (<c>{autoclass} pkg.Name</c>) make the object's full name its id, a module
    /// <c>module-pkg</c>, as Sphinx does. Members autodoc finds in the code cannot be known.
    /// </summary>
    public static string? ArgumentTarget(string name, string argument)
    {
        var first = argument.Split((char[])[' ', '\t', '('], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        if (name == "figure-md")
        {
            return first;
        }

        var kind = name.StartsWith("py:", StringComparison.Ordinal) ? name[3..] : name.StartsWith("auto", StringComparison.Ordinal) ? name[4..] : null;
        return kind switch
        {
            "module" => "module-" + first,
            "class" or "function" or "method" or "attribute" or "data" or "exception" or "decorator" or "property"
                or "classmethod" or "staticmethod" => ObjectName().IsMatch(first) ? first : null,
            _ => null,
        };
    }

    /// <summary>
    /// The target a line of reStructuredText (in an <c>{eval-rst}</c> directive) names, or null: a
    /// label <c>.. _name:</c> or a directive's <c>:name: name</c> option, lower-cased as Sphinx
    /// stores labels.
    /// </summary>
    public static string? RstTarget(string line) =>
        RstLabel().Match(line.Trim()) is { Success: true } label ? label.Groups["label"].Value.ToLowerInvariant()
        : NameLine().Match(line.Trim()) is { Success: true } name ? name.Groups["label"].Value.ToLowerInvariant()
        : null;

    /// <summary>
    /// The id Sphinx gives a glossary term: <c>term-</c> and the term with every run of characters
    /// other than ASCII letters, digits, <c>.</c> and <c>_</c> as one <c>-</c>, accents dropped, no
    /// leading digits, dots or hyphens and no trailing hyphens (<c>my other term</c> is <c>term-my-other-term</c>).
    /// </summary>
    public static string TermId(string term)
    {
        var plain = new StringBuilder();
        foreach (var c in ("term-" + string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return NotIdAtEnds().Replace(NotIdChars().Replace(plain.ToString(), "-"), "");
    }

    /// <summary>The key a glossary term is found by: MyST and Sphinx match terms whatever their case.</summary>
    public static string TermKey(string term) => string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>What a line of a glossary is.</summary>
    public enum GlossaryLine
    {
        /// <summary>A line that is not part of the glossary (after a <c>{.glossary}</c> list ends).</summary>
        None,

        /// <summary>A blank line.</summary>
        Blank,

        /// <summary>The directive's option (<c>:sorted:</c>) or the <c>{.glossary}</c> line itself.</summary>
        Option,

        /// <summary>A term (not indented).</summary>
        Term,

        /// <summary>The first line of a term's definition (indented in a directive; <c>: </c> in a list).</summary>
        FirstDefinition,

        /// <summary>Any other line of a definition.</summary>
        Definition,

        /// <summary>The directive's closing fence.</summary>
        Close,
    }

    /// <summary>
    /// The lines of the glossary that starts at <paramref name="start"/>: a <c>{glossary}</c>
    /// directive (<c>```{glossary}</c> to its closing fence, terms unindented and definitions
    /// indented under them), or a definition list marked <c>{.glossary}</c> (MyST's attributes). Each
    /// line's index and kind, from <paramref name="start"/> to the glossary's last line.
    /// </summary>
    public static List<(int Index, GlossaryLine Kind)> Glossary(IReadOnlyList<string> lines, int start)
    {
        var shape = new List<(int, GlossaryLine)> { (start, GlossaryLine.Option) };
        var open = lines[start].Trim();
        var directive = Open(open) is { Name: "glossary" } d ? d.Fence : null;
        var afterTerm = false;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (directive is not null)
            {
                if (Closes(trimmed, directive))
                {
                    shape.Add((i, GlossaryLine.Close));
                    return shape;
                }

                var kind = trimmed.Length == 0 ? GlossaryLine.Blank
                    : line[0] is ' ' or '\t' ? afterTerm ? GlossaryLine.FirstDefinition : GlossaryLine.Definition
                    : IsOption(trimmed) && !shape.Exists(s => s.Item2 == GlossaryLine.Term) ? GlossaryLine.Option
                    : GlossaryLine.Term;
                afterTerm = kind == GlossaryLine.Term || afterTerm && kind == GlossaryLine.Blank;
                shape.Add((i, kind));
                continue;
            }

            // A "{.glossary}" definition list: terms are lines followed by more terms and then ": definition".
            if (trimmed.Length == 0)
            {
                var next = i + 1 < lines.Count ? lines[i + 1] : "";
                if (next.Trim().Length == 0 || !(next[0] is ' ' or '\t' or ':' || IsListTerm(lines, i + 1)))
                {
                    return shape;
                }

                shape.Add((i, GlossaryLine.Blank));
            }
            else if (trimmed.StartsWith(": ", StringComparison.Ordinal) || trimmed.StartsWith(":\t", StringComparison.Ordinal))
            {
                shape.Add((i, GlossaryLine.FirstDefinition));
            }
            else if (line[0] is ' ' or '\t')
            {
                shape.Add((i, GlossaryLine.Definition));
            }
            else if (IsListTerm(lines, i))
            {
                shape.Add((i, GlossaryLine.Term));
            }
            else
            {
                return shape;
            }
        }

        return shape;
    }

    /// <summary>True when <paramref name="trimmed"/> marks the definition list after it as a glossary (<c>{.glossary}</c>).</summary>
    public static bool IsGlossaryList(string trimmed) => GlossaryClass().IsMatch(trimmed);

    // A term of a definition list: unindented, followed by ": definition" (perhaps after more terms).
    private static bool IsListTerm(IReadOnlyList<string> lines, int i)
    {
        for (var j = i; j < lines.Count && j < i + 8; j++)
        {
            var line = lines[j].TrimEnd('\r');
            if (line.Trim().Length == 0 || line[0] is ' ' or '\t')
            {
                return false;
            }

            if (line.StartsWith(": ", StringComparison.Ordinal) || line.StartsWith(":\t", StringComparison.Ordinal))
            {
                return j > i;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\{(\s*[.#][\w-]+)*\s*\.glossary(\s*[.#][\w-]+)*\s*\}$")]
    private static partial Regex GlossaryClass();

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,}|:{3,})\{(?<name>[A-Za-z][\w:.+-]*)\}(?<arg>.*)$")]
    private static partial Regex OpenLine();

    [GeneratedRegex(@"^\.\.[ \t]+_(?<label>[^:`\s][^:`]*):[ \t]*$")]
    private static partial Regex RstLabel();

    [GeneratedRegex(@"^:name:[ \t]+(?<label>\S+)\s*$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^:[\w-]+:(\s|$)")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$")]
    private static partial Regex ObjectName();

    [GeneratedRegex(@"[^a-zA-Z0-9._]+")]
    private static partial Regex NotIdChars();

    [GeneratedRegex(@"^[-0-9._]+|-+$")]
    private static partial Regex NotIdAtEnds();
}
