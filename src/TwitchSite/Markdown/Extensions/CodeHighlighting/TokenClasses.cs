using System.Collections.Concurrent;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Turns a token's TextMate scopes (<c>source.cs keyword.control.cs</c>) into one of a few CSS
/// classes (<c>hl-kw</c>), which the theme colours for light and dark. Classes rather than inline
/// colours keep the CSP strict (no inline styles) and let the reader's colour scheme pick the
/// colours in CSS alone. The innermost scope with a meaning wins; scopes without one
/// (punctuation, meta) defer to the scope around them, so the quotes of a string are string.
/// </summary>
public static class TokenClasses
{
    /// <summary>Every class a token may get, with what it marks (README and the themes' CSS list the same).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hl-kw"] = "keyword, storage type or modifier, this/self",
        ["hl-str"] = "string, character, inline code in markdown",
        ["hl-esc"] = "escape or placeholder inside a string",
        ["hl-com"] = "comment, markdown quote",
        ["hl-num"] = "number",
        ["hl-const"] = "language constant (true, null), date, other constant",
        ["hl-type"] = "type, class, namespace-like name",
        ["hl-fn"] = "function or method name",
        ["hl-var"] = "parameter, shell or other variable",
        ["hl-key"] = "key or property name (JSON, YAML, TOML, CSS)",
        ["hl-tag"] = "markup tag name",
        ["hl-attr"] = "markup attribute name",
        ["hl-head"] = "heading, section or table header",
        ["hl-add"] = "added line (diff)",
        ["hl-del"] = "removed line (diff)",
        ["hl-meta"] = "diff header or range, preprocessor, other metadata",
        ["hl-strong"] = "bold text (markdown)",
        ["hl-em"] = "italic text (markdown)",
        ["hl-link"] = "link (markdown)",
    };

    /// <summary>Prefixes of scope names and the class each gives (null: no meaning, look outward). Longest prefix wins.</summary>
    private static readonly (string Prefix, string? Class)[] Rules =
    [
        ("comment", "hl-com"),
        ("string.regexp", "hl-str"),
        ("string.other.link", "hl-link"),
        ("string", "hl-str"),
        ("constant.character.escape", "hl-esc"),
        ("constant.other.placeholder", "hl-esc"),
        ("constant.character", "hl-str"),
        ("constant.numeric", "hl-num"),
        ("keyword.other.unit", "hl-num"),
        ("constant", "hl-const"),
        ("keyword.operator.new", "hl-kw"),
        ("keyword.operator.expression", "hl-kw"),
        ("keyword.operator.word", "hl-kw"),
        ("keyword.operator.logical.python", "hl-kw"),
        ("keyword.operator", null),
        ("keyword", "hl-kw"),
        ("storage", "hl-kw"),
        ("variable.language", "hl-kw"),
        ("variable.parameter", "hl-var"),
        ("variable.other.readwrite", null),
        ("variable.other.readwrite.powershell", "hl-var"), // $name: the sign of a variable in PowerShell
        ("variable.other.object", null),
        ("variable.other.property", null),
        ("variable.other.member", null),
        ("variable", "hl-var"),
        ("support.variable", "hl-var"),
        ("support.type.property-name", "hl-key"),
        ("meta.object-literal.key", "hl-key"),
        ("entity.name.tag.yaml", "hl-key"),
        ("support.constant", "hl-const"),
        ("support.function", "hl-fn"),
        ("support.type", "hl-type"),
        ("support.class", "hl-type"),
        ("entity.name.function", "hl-fn"),
        ("entity.name.type", "hl-type"),
        ("entity.name.class", "hl-type"),
        ("entity.other.inherited-class", "hl-type"),
        ("entity.name.tag", "hl-tag"),
        ("entity.other.attribute-name", "hl-attr"),
        ("entity.name.section", "hl-head"),
        ("markup.heading", "hl-head"),
        ("markup.inserted", "hl-add"),
        ("markup.deleted", "hl-del"),
        ("markup.changed", "hl-meta"),
        ("meta.diff.header", "hl-meta"),
        ("meta.diff.range", "hl-meta"),
        ("meta.preprocessor", "hl-meta"),
        ("markup.bold", "hl-strong"),
        ("markup.italic", "hl-em"),
        ("markup.inline.raw", "hl-str"),
        ("markup.underline.link", "hl-link"),
        ("markup.quote", "hl-com"),
    ];

    private static readonly ConcurrentDictionary<string, string?> ByScope = new(StringComparer.Ordinal);

    /// <summary>The class of a token with these scopes (outermost first), or null for plain text.</summary>
    public static string? Of(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (ByScope.GetOrAdd(scopes[i], ClassOfScope) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The class of one scope name: that of the longest matching prefix (at a dot boundary).</summary>
    private static string? ClassOfScope(string scope)
    {
        string? best = null;
        var bestLength = -1;
        foreach (var (prefix, cls) in Rules)
        {
            if (prefix.Length > bestLength
                && scope.StartsWith(prefix, StringComparison.Ordinal)
                && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
            {
                best = cls;
                bestLength = prefix.Length;
            }
        }

        return best;
    }
}
