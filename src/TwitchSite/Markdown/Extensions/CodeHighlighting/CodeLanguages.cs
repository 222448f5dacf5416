using System.Collections.Frozen;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// The language names a fenced code block may give (```` ```rust ````) and the TextMate grammar
/// (scope name) each one is highlighted with. Names are matched without regard to case, and only
/// up to the first comma or space (mdBook writes ```` ```rust,ignore ````). A name not listed
/// renders as plain code.
/// </summary>
public static class CodeLanguages
{
    /// <summary>The grammar of each name: the languages of common docs first, then others the grammars package has.</summary>
    private static readonly FrozenDictionary<string, string> ScopeByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // C# and F#
        ["csharp"] = "source.cs", ["cs"] = "source.cs", ["c#"] = "source.cs", ["csx"] = "source.cs",
        ["fsharp"] = "source.fsharp", ["fs"] = "source.fsharp", ["f#"] = "source.fsharp", ["fsx"] = "source.fsharp", ["fsi"] = "source.fsharp",
        // JavaScript and TypeScript
        ["javascript"] = "source.js", ["js"] = "source.js", ["mjs"] = "source.js", ["cjs"] = "source.js", ["node"] = "source.js",
        ["jsx"] = "source.js.jsx",
        ["typescript"] = "source.ts", ["ts"] = "source.ts", ["mts"] = "source.ts", ["cts"] = "source.ts",
        ["tsx"] = "source.tsx",
        // Python, Rust, Go, Java
        ["python"] = "source.python", ["py"] = "source.python", ["python3"] = "source.python", ["py3"] = "source.python", ["pycon"] = "source.python",
        ["rust"] = "source.rust", ["rs"] = "source.rust",
        ["go"] = "source.go", ["golang"] = "source.go",
        ["java"] = "source.java",
        // Shells
        ["bash"] = "source.shell", ["sh"] = "source.shell", ["shell"] = "source.shell", ["shellscript"] = "source.shell",
        ["zsh"] = "source.shell", ["ksh"] = "source.shell", ["console"] = "source.shell", ["shell-session"] = "source.shell",
        ["terminal"] = "source.shell",
        ["powershell"] = "source.powershell", ["ps"] = "source.powershell", ["ps1"] = "source.powershell", ["pwsh"] = "source.powershell", ["posh"] = "source.powershell",
        ["bat"] = "source.batchfile", ["batch"] = "source.batchfile", ["cmd"] = "source.batchfile",
        // Data and configuration
        ["json"] = "source.json", ["json5"] = "source.json.comments", ["jsonc"] = "source.json.comments",
        ["yaml"] = "source.yaml", ["yml"] = "source.yaml",
        ["toml"] = "source.toml",
        ["ini"] = "source.ini", ["properties"] = "source.ini",
        // Markup and styles
        ["xml"] = "text.xml", ["xsd"] = "text.xml", ["svg"] = "text.xml", ["csproj"] = "text.xml", ["fsproj"] = "text.xml", ["plist"] = "text.xml", ["xaml"] = "text.xml",
        ["xsl"] = "text.xml.xsl", ["xslt"] = "text.xml.xsl",
        ["html"] = "text.html.basic", ["htm"] = "text.html.basic", ["xhtml"] = "text.html.basic",
        ["css"] = "source.css", ["scss"] = "source.css.scss", ["less"] = "source.css.less",
        ["markdown"] = "text.html.markdown", ["md"] = "text.html.markdown",
        // Queries, patches, containers, builds
        ["sql"] = "source.sql",
        ["diff"] = "source.diff", ["patch"] = "source.diff",
        ["dockerfile"] = "source.dockerfile", ["docker"] = "source.dockerfile", ["containerfile"] = "source.dockerfile",
        ["makefile"] = "source.makefile", ["make"] = "source.makefile",
        // Other languages the grammars package has
        ["c"] = "source.c", ["h"] = "source.c",
        ["cpp"] = "source.cpp", ["c++"] = "source.cpp", ["cxx"] = "source.cpp", ["hpp"] = "source.cpp",
        ["ruby"] = "source.ruby", ["rb"] = "source.ruby",
        ["php"] = "source.php",
        ["lua"] = "source.lua",
        ["swift"] = "source.swift",
        ["dart"] = "source.dart",
        ["groovy"] = "source.groovy", ["gradle"] = "source.groovy",
        ["perl"] = "source.perl", ["pl"] = "source.perl",
        ["r"] = "source.r",
        ["julia"] = "source.julia",
        ["vb"] = "source.asp.vb.net", ["vbnet"] = "source.asp.vb.net",
        ["razor"] = "text.html.cshtml", ["cshtml"] = "text.html.cshtml",
        ["latex"] = "text.tex.latex", ["tex"] = "text.tex",
        ["clojure"] = "source.clojure", ["clj"] = "source.clojure",
        ["coffeescript"] = "source.coffee", ["coffee"] = "source.coffee",
        ["gitignore"] = "source.ignore", ["ignore"] = "source.ignore",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The grammar scope for a code block's info string (```` ```rust,ignore ```` gives Rust), or null when the language is not known.</summary>
    public static string? ScopeOf(string? info)
    {
        if (string.IsNullOrEmpty(info))
        {
            return null;
        }

        var name = info.AsSpan();
        var end = name.IndexOfAny(',', ' ', '\t');
        if (end >= 0)
        {
            name = name[..end];
        }

        // "language-rust" (Pandoc and some converters write the class) names the language too.
        if (name.StartsWith("language-", StringComparison.OrdinalIgnoreCase))
        {
            name = name["language-".Length..];
        }

        return ScopeByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var scope) ? scope : null;
    }

    /// <summary>Every name a code block may give, for the documentation and tests.</summary>
    public static IEnumerable<string> Names => ScopeByName.Keys.Order(StringComparer.Ordinal);
}
