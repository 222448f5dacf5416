using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CodeHighlighting;
using TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

namespace TwitchSite.Tests.Markdown;

/// <summary>
/// The hand-written tokenizers of the languages of common docs (Quick/): every one of the issue's
/// languages uses one, none loses or changes a character of the code whatever it is given,
/// comments and strings carry over line ends, and the classes they give agree with the TextMate
/// grammars' on the snippets of the code-heavy benchmark (the differences are the ones README lists).
/// </summary>
public sealed partial class QuickHighlightingTests
{
    /// <summary>The issue's languages, by a name a fence gives.</summary>
    public static TheoryData<string> IssueLanguages => new(
        "csharp", "fsharp", "javascript", "jsx", "typescript", "tsx", "python", "rust", "go", "java", "bash", "powershell",
        "json", "jsonc", "yaml", "toml", "xml", "html", "css", "scss", "sql", "diff", "dockerfile", "markdown");

    private static string Html(string language, string code) =>
        Markdig.Markdown.ToHtml($"````{language}\n{code}\n````\n", MarkdownPipelineFactory.Shared);

    private static string CodeText(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("pre code")!.TextContent;

    [GeneratedRegex("<span class=\"(hl-[a-z]+)\">(.*?)</span>")]
    private static partial Regex SpanPattern();

    [Theory]
    [MemberData(nameof(IssueLanguages))]
    public void Given_a_language_of_the_issue_When_its_scope_is_looked_up_Then_it_has_a_hand_written_tokenizer(string language)
    {
        Assert.True(QuickLanguages.Has(CodeLanguages.ScopeOf(language)!), $"{language} would fall back to its TextMate grammar");
    }

    /// <summary>Unclosed strings, comments, tags and interpolations; lone quotes, marks at the line's end; non-ASCII text.</summary>
    private static readonly string[] Awkward =
    [
        "\"unclosed string",
        "'",
        "`template ${x",
        "/* open comment\nstill open",
        "<!-- open\n-->",
        "<tag attr=\"value\nmore\" other>",
        "a <",
        "&amp &#x; &",
        "$",
        "${",
        "x = '''\ntriple\n'''",
        "\"\"\"\nabc",
        "key: |\n  block\n  text\nnext: 1",
        "[[table]]\nk = \"\"\"\nmulti\n\"\"\"",
        "@@ -1 +1 @@\n-a\n+b\n\\ No newline",
        "**bold *em* `code` [link](x) <https://x>",
        "0x1F 1e-5 1_000 .5 3.14f 2026-01-05T07:00:00Z",
        "naïve = \"ünïcödé\" // коммент",
        "\t\ttabs\t",
        "# heading\n> quote\n```\nfenced\n```",
        "r#\"raw\"# 'a' '\\n' &'a str",
        "-gt -Path $true $x.y `n \"a`\"b\"",
        "#[attr] #region x",
        "function f() { return `a${b}c${`d`}` }",
        "..\\\\..//..",
    ];

    public static TheoryData<string, string> LanguagesAndAwkwardCode()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in IssueLanguages)
        {
            foreach (var code in Awkward)
            {
                data.Add(language, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndAwkwardCode))]
    public void Given_awkward_code_in_any_language_When_highlighted_Then_the_text_is_exactly_the_code_and_spans_are_well_formed(string language, string code)
    {
        var html = Html(language, code);

        Assert.Equal(code + "\n", CodeText(html));
        var document = new HtmlParser().ParseDocument(html);
        Assert.All(document.QuerySelectorAll("pre code *"), e =>
        {
            Assert.Equal("SPAN", e.TagName);
            Assert.StartsWith("hl-", e.ClassName, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", e.TextContent, StringComparison.Ordinal); // no span crosses a line end
        });
    }

    [Theory]
    [InlineData("javascript", "const s = `one\ntwo ${x}\nthree`;\nlet y = 1;", "hl-str", "two", "hl-kw", "let")]
    [InlineData("python", "s = \"\"\"one\ntwo\n\"\"\"\nreturn s", "hl-str", "two", "hl-kw", "return")]
    [InlineData("html", "<!-- one\ntwo -->\n<p>x</p>", "hl-com", "two -->", "hl-tag", "p")]
    [InlineData("css", "/* one\ntwo */\na { color: red; }", "hl-com", "two */", "hl-key", "color")]
    [InlineData("toml", "s = \"\"\"\ntwo\n\"\"\"\nn = 1", "hl-str", "two", "hl-key", "n")]
    [InlineData("yaml", "text: |\n  two\n  three\nnext: 1", "hl-str", "two", "hl-key", "next")]
    [InlineData("fsharp", "(* one\ntwo *)\nlet x = 1", "hl-com", "two *)", "hl-kw", "let")]
    [InlineData("markdown", "```\n# two\n```\n# Title", "hl-str", "# two", "hl-head", "# Title")]
    public void Given_a_comment_or_string_over_lines_When_highlighted_Then_it_carries_on_and_code_resumes_after_it(string language, string code, string insideClass, string inside, string afterClass, string after)
    {
        var spans = SpanPattern().Matches(Html(language, code)).Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim())).ToList();

        Assert.Contains((insideClass, inside), spans);
        Assert.Contains((afterClass, after), spans);
    }

    [Theory]
    [InlineData("csharp", "name.Length", "Length")]
    [InlineData("bash", "cp src/page-2/x.md out", "2")]
    [InlineData("rust", "fn f<'a>(x: &'a str) {}", "'a>(x: &'")]
    [InlineData("shell", "echo ${f##*/} # real comment", "##*/} # real comment")]
    public void Given_text_that_only_looks_like_a_token_When_highlighted_Then_it_gets_no_class(string language, string code, string plain)
    {
        var spans = SpanPattern().Matches(Html(language, code)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

        Assert.DoesNotContain(spans, s => s.Trim() == plain);
    }

    /// <summary>The snippets of the code-heavy benchmark (add-code-blocks.py, page 7), one per language of the issue.</summary>
    public static TheoryData<string, string> BenchmarkSnippets => new()
    {
        { "csharp", "using System;\n\npublic sealed class Page7Service\n{\n    // Returns the twitch count for page 7.\n    public int Count(string name) => name.Length + 7;\n    public string Label { get; } = \"page-7\";\n}" },
        { "fsharp", "let page7 = {| Name = \"page-7\"; Count = 7 |}\n// A comment about page 7\nlet twice x = x * 2\nprintfn \"%s: %d\" page7.Name (twice page7.Count)" },
        { "javascript", "// Fetch the summary of page 7.\nexport async function load7(url) {\n  const response = await fetch(`${url}/page-7.json`);\n  if (!response.ok) throw new Error(\"status \" + response.status);\n  return (await response.json()).items.filter((x) => x.id > 7);\n}" },
        { "typescript", "interface Page7 {\n  id: number;\n  title: string;\n}\nexport const page7: Page7 = { id: 7, title: \"Page 7\" };\nfunction describe(p: Page7): string { return `${p.id}: ${p.title}`; }" },
        { "python", "import json\n\ndef page_7(path: str) -> dict:\n    \"\"\"Read the settings of page 7.\"\"\"\n    with open(path, encoding=\"utf-8\") as f:\n        data = json.load(f)  # may raise\n    return {\"id\": 7, \"count\": len(data), \"ok\": True}" },
        { "rust", "/// Settings for page 7.\n#[derive(Debug, Clone)]\npub struct Page7 { id: u32, name: String }\n\nfn main() {\n    let page = Page7 { id: 7, name: String::from(\"page-7\") };\n    println!(\"{:?}\", page);\n}" },
        { "go", "package main\n\nimport \"fmt\"\n\n// Page7 describes page 7.\nfunc Page7(name string) (int, error) {\n\tfmt.Printf(\"page %d: %s\\n\", 7, name)\n\treturn 7, nil\n}" },
        { "java", "public class Page7 {\n    private final int id = 7;\n    /** Describes page 7. */\n    public String describe(String name) {\n        return String.format(\"%s-%d\", name, id);\n    }\n}" },
        { "bash", "#!/usr/bin/env bash\nset -euo pipefail\n# Build page 7\nfor f in src/page-7/*.md; do\n  echo \"building $f\" && cp \"$f\" \"out/${f##*/}\"\ndone\nexport PAGE=7" },
        { "powershell", "# Copy page 7\n$page = Get-Item -Path \"./page-7.md\"\nif ($page.Length -gt 7) {\n    Write-Host \"Large page: $($page.Name)\"\n}\nCopy-Item $page -Destination \"./out\" -Force" },
        { "json", "{\n  \"id\": 7,\n  \"title\": \"Page 7\",\n  \"tags\": [\"twitch\", \"nerve\"],\n  \"reviewed\": true,\n  \"weight\": 7.5,\n  \"parent\": null\n}" },
        { "yaml", "# Page 7 settings\ntitle: Page 7\norder: 7\ntags:\n  - twitch\n  - \"nerve signal\"\ndraft: false" },
        { "toml", "# Page 7\n[page]\nid = 7\ntitle = \"Page 7\"\ntags = [\"twitch\", \"nerve\"]\n\n[page.review]\ndate = 2026-01-08\ndone = true" },
        { "html", "<!-- Page 7 -->\n<section class=\"page\" id=\"page-7\">\n  <h2>Page 7</h2>\n  <p>Muscle <a href=\"/page-7/\">twitch</a> &amp; nerve.</p>\n  <img src=\"/images/7.png\" alt=\"Page 7\">\n</section>" },
        { "css", "/* Page 7 */\n.page-7 {\n  color: #1c2833;\n  margin: 0 auto 7px;\n  font-family: system-ui, sans-serif;\n}\n.page-7:hover { text-decoration: underline; }" },
        { "sql", "-- Pages like page 7\nSELECT id, title, COUNT(*) AS links\nFROM pages p\nJOIN links l ON l.page_id = p.id\nWHERE p.id > 7 AND p.title LIKE 'Page%'\nGROUP BY id, title\nORDER BY links DESC;" },
        { "diff", "--- a/page-7.md\n+++ b/page-7.md\n@@ -1,4 +1,4 @@\n # Page 7\n-Old text about twitching.\n+New text about twitching on page 7.\n More text." },
        { "dockerfile", "# Page 7 image\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nCOPY out/page-7 /srv/site\nEXPOSE 8007\nCMD [\"python3\", \"-m\", \"http.server\", \"8007\"]" },
        { "markdown", "# Page 7\n\nSome **bold** text and `code` about [page 7](page-7.md).\n\n- one\n- two" },
    };

    [Theory]
    [MemberData(nameof(BenchmarkSnippets))]
    public void Given_a_benchmark_snippet_When_tokenized_by_hand_and_by_its_grammar_Then_most_characters_get_the_same_class(string language, string code)
    {
        var scope = CodeLanguages.ScopeOf(language)!;
        var quick = ClassPerCharacter(QuickLanguages.Highlight(scope, code)!);
        var grammar = ClassPerCharacter(CodeHighlighter.HighlightWithGrammar(scope, code)!);

        Assert.Equal(grammar.Select(c => c.Char), quick.Select(c => c.Char));
        var counted = Enumerable.Range(0, quick.Count).Where(i => !char.IsWhiteSpace(quick[i].Char)).ToList();
        var same = counted.Count(i => quick[i].Class == grammar[i].Class);

        // README (Code highlighting) lists what differs; 70% is under what each language reaches (74% to 100%).
        Assert.True(same >= 0.7 * counted.Count, $"{language}: {same} of {counted.Count} characters get the grammar's class");
    }

    /// <summary>Each character of highlighted code (entities decoded) with the class of the span around it, or null.</summary>
    private static List<(char Char, string? Class)> ClassPerCharacter(string html)
    {
        var result = new List<(char, string?)>();
        string? open = null;
        foreach (Match part in PartPattern().Matches(html))
        {
            if (part.Groups["open"].Success)
            {
                open = part.Groups["open"].Value;
            }
            else if (part.Value == "</span>")
            {
                open = null;
            }
            else
            {
                result.AddRange(System.Net.WebUtility.HtmlDecode(part.Value).Select(c => (c, open)));
            }
        }

        return result;
    }

    [GeneratedRegex("<span class=\"(?<open>hl-[a-z]+)\">|</span>|[^<]+")]
    private static partial Regex PartPattern();
}
