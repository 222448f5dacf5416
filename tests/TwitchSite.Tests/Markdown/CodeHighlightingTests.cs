using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using TwitchSite.Markdown;
using TwitchSite.Markdown.Extensions.CodeHighlighting;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Markdown;

/// <summary>
/// Fenced code highlighted at build time: markdown in, HTML out. Each language of common docs
/// marks what a reader looks for (keywords, strings, keys, added and removed lines) with token
/// classes; the code stays escaped text; unknown languages and indented blocks render as before;
/// both themes colour every token class in light and dark.
/// </summary>
public sealed partial class CodeHighlightingTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared);

    private static string Plain(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.For(TwitchSite.Settings.RawHtmlMode.Refuse, highlight: false));

    private static string Fenced(string language, string code) => $"```{language}\n{code}\n```\n";

    /// <summary>Every (class, text) of the token spans in <paramref name="html"/>, text unescaped and trimmed.</summary>
    private static List<(string Class, string Text)> Spans(string html) =>
        SpanPattern().Matches(html).Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim())).ToList();

    [GeneratedRegex("<span class=\"(hl-[a-z]+)\">(.*?)</span>")]
    private static partial Regex SpanPattern();

    public static TheoryData<string, string, string[]> Languages => new()
    {
        // language, code, expected "class text" pairs
        { "csharp", "public class Foo { string Name = \"twitch\"; } // note", ["hl-kw public class", "hl-type Foo", "hl-str \"twitch\"", "hl-com // note"] },
        { "fsharp", "let name = \"twitch\" // note", ["hl-kw let", "hl-str \"twitch\"", "hl-com // note"] },
        { "javascript", "const x = \"twitch\"; // note\nfunction run() { return 42; }", ["hl-kw const", "hl-str \"twitch\"", "hl-com // note", "hl-fn run", "hl-num 42"] },
        { "typescript", "interface Page { id: number }\nconst p: Page = { id: 1 };", ["hl-kw interface", "hl-type Page", "hl-type number"] },
        { "python", "def run(name):\n    return \"twitch\"  # note", ["hl-kw def", "hl-fn run", "hl-str \"twitch\"", "hl-com # note"] },
        { "rust", "fn main() { let x: i32 = 5; println!(\"hi\"); }", ["hl-kw fn", "hl-fn main", "hl-type i32", "hl-num 5", "hl-str \"hi\""] },
        { "go", "package main\nfunc Run() string { return \"twitch\" }", ["hl-kw package", "hl-kw func", "hl-fn Run", "hl-str \"twitch\""] },
        { "java", "public class Page { int id = 42; String s = \"twitch\"; }", ["hl-kw public", "hl-type Page", "hl-num 42", "hl-str \"twitch\""] },
        { "bash", "for f in *.md; do echo \"$f\"; done # note", ["hl-kw for", "hl-var $f", "hl-com # note"] },
        { "sh", "export PAGE=1\nif [ -f x ]; then echo 'yes'; fi", ["hl-kw export", "hl-kw if", "hl-str 'yes'"] },
        { "console", "echo \"twitch\"", ["hl-fn echo", "hl-str \"twitch\""] },
        { "powershell", "$page = Get-Item -Path \"./x.md\" # note", ["hl-var $page", "hl-fn Get-Item", "hl-str \"./x.md\"", "hl-com # note"] },
        { "json", "{ \"id\": 42, \"title\": \"twitch\", \"ok\": true }", ["hl-key \"id\"", "hl-num 42", "hl-str \"twitch\"", "hl-const true"] },
        { "yaml", "title: Twitch\norder: 3\ntags:\n  - 'nerve'", ["hl-key title", "hl-str Twitch", "hl-num 3", "hl-str 'nerve'"] },
        { "toml", "[package]\nname = \"twitch\" # note\nversion = 2\nok = true", ["hl-head package", "hl-key name", "hl-str \"twitch\"", "hl-com # note", "hl-num 2", "hl-const true"] },
        { "xml", "<page id=\"1\">Twitch</page>", ["hl-tag page", "hl-attr id", "hl-str \"1\""] },
        { "html", "<a href=\"/x/\">Twitch</a>", ["hl-tag a", "hl-attr href", "hl-str \"/x/\""] },
        { "css", ".page { color: #fff; margin: 0 2px; } /* note */", ["hl-key color", "hl-num 2px", "hl-com /* note */"] },
        { "sql", "SELECT id FROM pages WHERE title = 'twitch' -- note", ["hl-kw SELECT", "hl-kw FROM", "hl-str 'twitch'", "hl-com -- note"] },
        { "diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old line\n+new line", ["hl-meta @@ -1 +1 @@", "hl-del -old line", "hl-add +new line"] },
        { "dockerfile", "FROM debian:bookworm\nRUN echo \"hi\" # note", ["hl-kw FROM", "hl-kw RUN", "hl-str \"hi\""] },
        { "markdown", "# Title\n\nSome **bold** and `code`.", ["hl-head Title", "hl-strong **bold**", "hl-str `code`"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Given_a_snippet_in_a_language_of_common_docs_When_rendered_Then_its_tokens_carry_meaningful_classes(string language, string code, string[] expected)
    {
        var html = Html(Fenced(language, code));

        // Each expected token is inside a span of its class (spaces join neighbours of one class).
        var spans = Spans(html);
        foreach (var pair in expected)
        {
            var (cls, text) = (pair[..pair.IndexOf(' ', StringComparison.Ordinal)], pair[(pair.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            Assert.True(spans.Any(s => s.Class == cls && s.Text.Contains(text, StringComparison.Ordinal)), $"no {cls} span with '{text}' in: {string.Join(" | ", spans)}");
        }

        // The code reads exactly as written.
        Assert.Equal(code + "\n", CodeText(html));
        Assert.StartsWith($"<pre><code class=\"language-{language}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "</code><script>alert(1)</script>")]
    [InlineData("csharp", "var s = \"</code><script>alert('x')</script>\"; // <b>&amp;")]
    [InlineData("markdown", "</pre></code><img src=x onerror=alert(1)>")]
    public void Given_code_that_looks_like_html_When_highlighted_Then_it_stays_text(string language, string code)
    {
        var html = Html(Fenced(language, code));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Single(document.QuerySelectorAll("pre"));
        Assert.All(document.QuerySelectorAll("pre code *"), e => Assert.Equal("SPAN", e.TagName));
        Assert.Equal(code + "\n", document.QuerySelector("pre code")!.TextContent);
    }

    [Theory]
    [InlineData("```nosuchlanguage\n</code><script>x</script> fn main() {}\n```\n")]
    [InlineData("```\nfn main() {}\n```\n")]
    [InlineData("    fn main() {}\n")]
    [InlineData("```text\nfn main() {}\n```\n")]
    [InlineData("```rust\n```\n")]
    public void Given_no_language_or_an_unknown_one_When_rendered_Then_the_block_is_plain_as_before(string markdown)
    {
        var html = Html(markdown);

        Assert.Equal(Plain(markdown), html);
        Assert.DoesNotContain("<span", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- item\n\n  ```rust\n  fn main() {}\n\t  let x = 1;\n  ```\n")]
    [InlineData("> ```python\n> def f():\n>     return 1\n> ```\n")]
    [InlineData("```js\n\n\nlet a = 1;\n\n```\n")]
    public void Given_code_in_a_list_or_quote_or_with_blank_lines_When_highlighted_Then_its_text_is_what_markdig_writes_plain(string markdown)
    {
        var html = Html(markdown);

        Assert.Contains("<span class=\"hl-kw\">", html, StringComparison.Ordinal);
        Assert.Equal(CodeText(Plain(markdown)), CodeText(html));
    }

    [Fact]
    public void Given_highlighting_turned_off_When_rendered_Then_known_languages_are_plain_too()
    {
        var markdown = Fenced("csharp", "public class Foo { }");

        Assert.Equal("<pre><code class=\"language-csharp\">public class Foo { }\n</code></pre>\n", Plain(markdown));
    }

    [Theory]
    [InlineData("rust,ignore", "fn main() {}", "hl-kw fn")]
    [InlineData("C#", "public int x;", "hl-kw public")]
    [InlineData("Python", "def f(): pass", "hl-kw def")]
    [InlineData("yml", "a: 1", "hl-key a")]
    public void Given_an_info_string_with_options_alias_or_capitals_When_rendered_Then_the_language_is_still_found_and_the_class_kept(string info, string code, string expected)
    {
        var html = Html(Fenced(info, code));

        Assert.Contains(Spans(html), s => (s.Class + " " + s.Text).StartsWith(expected, StringComparison.Ordinal));
        Assert.StartsWith($"<pre><code class=\"language-{System.Net.WebUtility.HtmlEncode(info)}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_comment_over_several_lines_When_highlighted_Then_each_line_continues_the_state_of_the_one_before()
    {
        var html = Html(Fenced("csharp", "/* one\n   two */\nint x;"));

        Assert.Contains("hl-com two */", Spans(html).Select(s => s.Class + " " + s.Text));
        Assert.Contains("hl-kw int", Spans(html).Select(s => s.Class + " " + s.Text));
    }

    [Fact]
    public void Given_a_line_seen_before_in_another_state_When_highlighted_again_Then_it_is_tokenized_for_its_own_state()
    {
        // The same text is comment inside "/* ... */" and code outside it: the line cache must tell them apart.
        var inside = Spans(Html(Fenced("c", "/* one\nint x = 1; */")));
        var outside = Spans(Html(Fenced("c", "int x = 1; */")));
        var insideAgain = Spans(Html(Fenced("c", "/* two\nint x = 1; */")));

        Assert.Contains(("hl-com", "int x = 1; */"), inside);
        Assert.Contains(("hl-kw", "int"), outside);
        Assert.Contains(("hl-com", "int x = 1; */"), insideAgain);
    }

    [Fact]
    public void Given_the_same_pages_rendered_on_many_threads_When_compared_Then_the_output_is_identical()
    {
        var markdown = string.Join("\n", Languages.Select(row => Fenced((string)row[0], (string)row[1] + " // " + row[0])));
        var first = Html(markdown);

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Html(markdown));

        Assert.All(results, r => Assert.Equal(first, r));
    }

    [Theory]
    [InlineData("theme/assets/css/site.css")]
    [InlineData("src/TwitchSite/DefaultTheme/assets/css/docs.css")]
    public void Given_a_theme_When_its_stylesheet_is_read_Then_every_token_class_has_a_rule_with_light_and_dark_colours(string stylesheet)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, stylesheet));

        foreach (var cls in TokenClasses.All.Keys)
        {
            var rule = Regex.Match(css, $@"[^}}]*\.{cls}\b[^{{]*\{{([^}}]*)\}}");
            Assert.True(rule.Success, $"{stylesheet} has no rule for .{cls}");
        }

        if (css.Contains("light-dark(", StringComparison.Ordinal))
        {
            // The site theme: each colour names its light and dark value.
            Assert.Matches(@"\.hl-kw \{ color: light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\); \}", css);
        }
        else
        {
            // The default theme: custom properties set again in the dark scheme.
            var dark = Regex.Match(css, @"@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}").Groups[1].Value;
            foreach (var variable in Regex.Matches(css, @"var\((--hl-[a-z-]+)\)").Select(m => m.Groups[1].Value).Distinct())
            {
                Assert.Contains(variable + ":", dark, StringComparison.Ordinal);
            }
        }

        Assert.Matches(@"@media print \{[^@]*\.code-copy", css);
    }

    private static string CodeText(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("pre code")!.TextContent;
}
