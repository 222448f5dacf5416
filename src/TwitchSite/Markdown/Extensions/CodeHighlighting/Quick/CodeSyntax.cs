using System.Collections.Frozen;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// What <see cref="CodeLexer"/> needs to know of a programming or data language: its comments,
/// strings, words and a few habits (a call is a name before <c>(</c>; a name after <c>class</c> is a
/// type). Read-only once built; <see cref="QuickLanguages"/> has one per language.
/// </summary>
internal sealed class CodeSyntax
{
    public required string Name { get; init; }

    /// <summary>Starts of comments that run to the end of the line (<c>//</c>, <c>#</c>, <c>--</c>).</summary>
    public string[] LineComments { get; init; } = [];

    /// <summary>Opening and closing marks of a comment that may span lines (<c>/* */</c>), or null.</summary>
    public (string Open, string Close)? BlockComment { get; init; }

    /// <summary>Characters that open a string closed by the same character on the same line.</summary>
    public string Quotes { get; init; } = "\"'";

    /// <summary>Quote characters whose strings may span lines (JavaScript's and Go's backtick).</summary>
    public string MultiLineQuotes { get; init; } = "";

    /// <summary>Whether <c>"""</c> and <c>'''</c> open a string that may span lines (Python, C#, Java, TOML).</summary>
    public bool TripleQuotes { get; init; }

    /// <summary>The escape character inside strings (<c>\</c>; PowerShell's backtick), or <c>\0</c> for none (a doubled quote then escapes, as in SQL).</summary>
    public char EscapeChar { get; init; } = '\\';

    /// <summary>Words that are keywords (matched exactly, or without regard to case when <see cref="IgnoreCase"/>).</summary>
    public FrozenSet<string> Keywords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that are constants (<c>true</c>, <c>null</c>, <c>None</c>).</summary>
    public FrozenSet<string> Constants { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Built-in type names (<c>int</c>, <c>string</c>, <c>i32</c>).</summary>
    public FrozenSet<string> Types { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Built-in functions or commands written without parentheses (<c>echo</c> in shell).</summary>
    public FrozenSet<string> Builtins { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Keywords after which the next name is a type (<c>class</c>, <c>struct</c>, <c>interface</c>).</summary>
    public FrozenSet<string> TypeIntroducers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Keywords after which the next name is a function (<c>def</c>, <c>fn</c>, <c>function</c>).</summary>
    public FrozenSet<string> FunctionIntroducers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Keywords after which the next name is a variable being declared (<c>let</c>, <c>const</c>).</summary>
    public FrozenSet<string> VariableIntroducers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether the names in a declared function's parentheses before <c>,</c> <c>)</c> <c>:</c> or <c>=</c> are parameters (variables).</summary>
    public bool MarksParameters { get; init; }

    /// <summary>Whether a name before a single <c>:</c> is a variable (Rust's and TypeScript's fields and members: <c>id: u32</c>).</summary>
    public bool ColonNamesAreVariables { get; init; }

    /// <summary>Whether <c>$name.member</c> is one variable (PowerShell).</summary>
    public bool DottedVariables { get; init; }

    /// <summary>Whether keywords are matched without regard to case (SQL, PowerShell).</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>Whether a capitalised name is a type (C#, Java, Rust, TypeScript conventions).</summary>
    public bool CapitalisedTypes { get; init; }

    /// <summary>Whether <c>$name</c>, <c>${…}</c> and <c>$(…)</c>'s <c>$</c> mark variables (shell, PowerShell).</summary>
    public bool DollarVariables { get; init; }

    /// <summary>Whether a name may contain <c>-</c> (PowerShell's <c>Get-Item</c>); such a name is a command (function).</summary>
    public bool DashedCommands { get; init; }

    /// <summary>Whether <c>name!</c> is a macro call (Rust).</summary>
    public bool BangMacros { get; init; }

    /// <summary>Whether <c>@name</c> is an annotation or decorator (Java, Python, TypeScript).</summary>
    public bool AtAnnotations { get; init; }

    /// <summary>Whether a line starting with <c>#</c> is a preprocessor directive (C#), and <c>#[…]</c> an attribute (Rust).</summary>
    public bool HashDirectives { get; init; }

    /// <summary>Whether a string followed by <c>:</c> is a key (JSON).</summary>
    public bool StringKeys { get; init; }

    public static FrozenSet<string> Words(string words, bool ignoreCase = false) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
}
