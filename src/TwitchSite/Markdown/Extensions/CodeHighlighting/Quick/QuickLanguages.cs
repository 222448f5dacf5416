using System.Collections.Frozen;
using static TwitchSite.Markdown.Extensions.CodeHighlighting.Quick.CodeSyntax;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// The hand-written tokenizer of each language of common docs, by grammar scope name (the names of
/// <see cref="CodeLanguages"/>): the 18 languages of the issue (C#, F#, JavaScript, TypeScript,
/// Python, Rust, Go, Java, shell, PowerShell, JSON, YAML, TOML, XML, HTML, CSS, SQL, diff,
/// Dockerfile, Markdown) and their dialects. Languages not listed here (C, Ruby, PHP...) are
/// highlighted with their TextMate grammar in either mode.
/// </summary>
public static class QuickLanguages
{
    private const string CFamilyConstants = "true false null";

    private static readonly CodeSyntax CSharp = new()
    {
        Name = "csharp",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        TripleQuotes = true,
        HashDirectives = true,
        CapitalisedTypes = true,
        Keywords = Words("abstract as async await base break case catch checked class const continue default delegate do else enum event explicit extern finally fixed for foreach get goto if implicit in init interface internal is lock namespace new operator out override params partial private protected public readonly record ref required return sealed set sizeof stackalloc static struct switch this throw try typeof unchecked unsafe using value var virtual volatile when where while with yield"
            + " bool byte char decimal double dynamic float int long nint nuint object sbyte short string uint ulong ushort void"), // built-in types are keywords, as in the grammar
        Constants = Words(CFamilyConstants),
        TypeIntroducers = Words("class struct interface enum record new"),
    };

    private static readonly CodeSyntax FSharp = new()
    {
        Name = "fsharp",
        LineComments = ["//"],
        BlockComment = ("(*", "*)"),
        Quotes = "\"",
        TripleQuotes = true,
        Keywords = Words("abstract and as assert base begin class default delegate do done downcast downto elif else end exception extern for fun function global if in inherit inline interface internal lazy let match member module mutable namespace new not of open or override private public rec return static struct then to try type upcast use val void when while with yield async task"),
        Constants = Words("true false null None Some Ok Error"),
        Types = Words("bool byte char decimal double float int int64 list option seq string unit"),
        TypeIntroducers = Words("type"),
        FunctionIntroducers = Words("member"),
        VariableIntroducers = Words("let mutable"),
        Builtins = Words("printfn printf sprintf failwith raise ignore"),
    };

    private static readonly FrozenSet<string> ScriptKeywords = Words(
        "async await break case catch class const continue debugger default delete do else export extends finally for from function get if import in instanceof let new of return set static super switch this throw try typeof var void while with yield");

    private static readonly CodeSyntax JavaScript = new()
    {
        Name = "javascript",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        MultiLineQuotes = "`",
        Keywords = ScriptKeywords,
        Constants = Words("true false null undefined NaN Infinity"),
        TypeIntroducers = Words("class extends new"),
        FunctionIntroducers = Words("function"),
        VariableIntroducers = Words("const let var"),
        MarksParameters = true,
    };

    private static readonly CodeSyntax TypeScript = new()
    {
        Name = "typescript",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        MultiLineQuotes = "`",
        AtAnnotations = true,
        CapitalisedTypes = true,
        ColonNamesAreVariables = true,
        Keywords = Words(string.Join(' ', ScriptKeywords) + " abstract as declare enum implements interface keyof namespace private protected public readonly type satisfies"),
        Constants = Words("true false null undefined NaN Infinity"),
        Types = Words("any bigint boolean never number object string symbol unknown void"),
        TypeIntroducers = Words("class extends implements interface new type enum"),
        FunctionIntroducers = Words("function"),
        VariableIntroducers = Words("const let var"),
        MarksParameters = true,
    };

    private static readonly CodeSyntax Python = new()
    {
        Name = "python",
        LineComments = ["#"],
        TripleQuotes = true,
        AtAnnotations = true,
        Keywords = Words("and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case self cls"),
        Constants = Words("True False None"),
        Types = Words("bool bytes dict float int list object set str tuple"),
        Builtins = Words("print len open range isinstance"),
        TypeIntroducers = Words("class"),
        FunctionIntroducers = Words("def"),
        MarksParameters = true,
    };

    private static readonly CodeSyntax Rust = new()
    {
        Name = "rust",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        BangMacros = true,
        ColonNamesAreVariables = true,
        CapitalisedTypes = true,
        Keywords = Words("as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait type unsafe use where while"),
        Constants = Words("true false None Some Ok Err"),
        Types = Words("bool char f32 f64 i8 i16 i32 i64 i128 isize str u8 u16 u32 u64 u128 usize String Vec Option Result Box"),
        TypeIntroducers = Words("struct enum trait impl type"),
        FunctionIntroducers = Words("fn"),
        VariableIntroducers = Words("let"),
        MarksParameters = true,
    };

    private static readonly CodeSyntax Go = new()
    {
        Name = "go",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        MultiLineQuotes = "`",
        Keywords = Words("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var"
            + " bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr any"), // built-in types are keywords, as in the grammar
        Constants = Words("true false nil iota"),
        TypeIntroducers = Words("type"),
        FunctionIntroducers = Words("func"),
    };

    private static readonly CodeSyntax Java = new()
    {
        Name = "java",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        TripleQuotes = true,
        AtAnnotations = true,
        CapitalisedTypes = true,
        Keywords = Words("abstract assert break case catch class continue default do else enum extends final finally for if implements import instanceof interface native new package private protected public record return static super switch synchronized this throw throws transient try var volatile while yield"
            + " boolean byte char double float int long short void"), // primitive types are keywords, as in the grammar
        Constants = Words(CFamilyConstants),
        TypeIntroducers = Words("class interface enum record extends implements new"),
    };

    private static readonly CodeSyntax Shell = new()
    {
        Name = "shell",
        LineComments = ["#"],
        DollarVariables = true,
        Keywords = Words("if then else elif fi for while until do done case esac in function select return exit export local readonly declare unset set shift source alias break continue"),
        Builtins = Words("echo printf cd pwd read test eval exec trap wait kill true false"),
        FunctionIntroducers = Words("function"),
    };

    private static readonly CodeSyntax PowerShell = new()
    {
        Name = "powershell",
        LineComments = ["#"],
        BlockComment = ("<#", "#>"),
        EscapeChar = '`',
        IgnoreCase = true,
        DollarVariables = true,
        DashedCommands = true,
        DottedVariables = true,
        Keywords = Words("begin break catch class continue data do dynamicparam else elseif end enum exit filter finally for foreach from function if in param process return switch throw trap try until using while eq ne gt ge lt le like notlike match notmatch contains notcontains in notin and or not xor is isnot as", ignoreCase: true),
        Constants = Words("$true $false $null", ignoreCase: true),
        FunctionIntroducers = Words("function filter", ignoreCase: true),
        TypeIntroducers = Words("class enum", ignoreCase: true),
    };

    private static readonly CodeSyntax Json = new()
    {
        Name = "json",
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        Quotes = "\"",
        StringKeys = true,
        Constants = Words("true false null"),
    };

    private static readonly CodeSyntax Sql = new()
    {
        Name = "sql",
        LineComments = ["--"],
        BlockComment = ("/*", "*/"),
        EscapeChar = '\0',
        IgnoreCase = true,
        Keywords = Words("add all alter and any as asc begin between by case check column commit constraint create cross database default delete desc distinct drop else end exists foreign from full group having if in index inner insert into is join key left like limit not null offset on or order outer primary references returning right rollback select set table then top transaction truncate union unique update using values view when where with", ignoreCase: true),
        Constants = Words("true false", ignoreCase: true),
        Types = Words("bigint binary bit blob boolean char date datetime decimal double float int integer json money nchar numeric nvarchar real smallint text time timestamp tinyint uuid varchar", ignoreCase: true),
    };

    private static readonly FrozenDictionary<string, Func<string, string>> ByScope = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal)
    {
        ["source.cs"] = code => CodeLexer.Highlight(CSharp, code),
        ["source.fsharp"] = code => CodeLexer.Highlight(FSharp, code),
        ["source.js"] = code => CodeLexer.Highlight(JavaScript, code),
        ["source.js.jsx"] = code => CodeLexer.Highlight(JavaScript, code),
        ["source.ts"] = code => CodeLexer.Highlight(TypeScript, code),
        ["source.tsx"] = code => CodeLexer.Highlight(TypeScript, code),
        ["source.python"] = code => CodeLexer.Highlight(Python, code),
        ["source.rust"] = code => CodeLexer.Highlight(Rust, code),
        ["source.go"] = code => CodeLexer.Highlight(Go, code),
        ["source.java"] = code => CodeLexer.Highlight(Java, code),
        ["source.shell"] = code => CodeLexer.Highlight(Shell, code),
        ["source.powershell"] = code => CodeLexer.Highlight(PowerShell, code),
        ["source.json"] = code => CodeLexer.Highlight(Json, code),
        ["source.json.comments"] = code => CodeLexer.Highlight(Json, code),
        ["source.sql"] = code => CodeLexer.Highlight(Sql, code),
        ["source.yaml"] = DataLexers.Yaml,
        ["source.toml"] = DataLexers.Toml,
        ["source.diff"] = DataLexers.Diff,
        ["text.xml"] = MarkupLexer.Highlight,
        ["text.xml.xsl"] = MarkupLexer.Highlight,
        ["text.html.basic"] = MarkupLexer.Highlight,
        ["source.css"] = CssLexer.Highlight,
        ["source.css.scss"] = CssLexer.Highlight,
        ["source.css.less"] = CssLexer.Highlight,
        ["source.dockerfile"] = DocumentLexers.Dockerfile,
        ["text.html.markdown"] = DocumentLexers.Markdown,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="scope"/> has a hand-written tokenizer.</summary>
    public static bool Has(string scope) => ByScope.ContainsKey(scope);

    /// <summary>The HTML of <paramref name="code"/> in the language of <paramref name="scope"/> (same form as the grammar-based output), or null when it has no hand-written tokenizer.</summary>
    public static string? Highlight(string scope, string code) => ByScope.TryGetValue(scope, out var lexer) ? lexer(code) : null;
}
