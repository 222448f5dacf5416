using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Hugo's <c>{{&lt; code-toggle &gt;}}</c> ... <c>{{&lt; /code-toggle &gt;}}</c> wraps configuration
/// (gohugoio/hugoDocs: 285 blocks on 154 pages), which Hugo shows as code in tabs of TOML, YAML and
/// JSON. Its body is a code block in the language it is written in, without a warning; before, it
/// was a paragraph with the lines run together and the shortcodes reported as removed.
/// </summary>
public sealed class HugoCodeToggleTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_code_toggles_of_each_format_When_built_Then_each_body_is_a_code_block_in_its_language_and_nothing_is_reported()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home

            {{< code-toggle file=hugo >}}
            [markup]
            defaultMarkdownHandler = 'goldmark'
            {{< /code-toggle >}}

            {{< code-toggle file=hugo copy=true >}}
            markup:
              goldmark:
                renderer:
                  unsafe: true
            {{</ code-toggle >}}

            {{< code-toggle file="content/example.md" fm=true >}}
            {
              "title": "Example",
              "draft": false
            }
            {{< / code-toggle >}}

            1. In a list:

                {{< code-toggle >}}
                baseURL = 'https://example.org/'
                {{< /code-toggle >}}

            After.
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Empty(outcome.Diagnostics);
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        var blocks = content.QuerySelectorAll("pre code").ToList();
        Assert.Equal(["language-toml", "language-yaml", "language-json", "language-toml"], blocks.Select(b => b.ClassList.First(c => c.StartsWith("language-", StringComparison.Ordinal))));
        Assert.Equal("[markup]\ndefaultMarkdownHandler = 'goldmark'", blocks[0].TextContent.Trim());
        Assert.Equal("markup:\n  goldmark:\n    renderer:\n      unsafe: true", blocks[1].TextContent.Trim());
        Assert.Equal("{\n  \"title\": \"Example\",\n  \"draft\": false\n}", blocks[2].TextContent.Trim());
        Assert.NotNull(blocks[3].Closest("li"));
        Assert.DoesNotContain("code-toggle", content.TextContent, StringComparison.Ordinal);
        Assert.Contains("After.", content.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_code_toggle_that_names_hugos_own_defaults_When_built_Then_it_is_removed_with_the_template_warning_as_before()
    {
        // "config=server" shows Hugo's built-in defaults, which only Hugo has: nothing to show here.
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = 'Docs'
            -- input/content/_index.md --
            # Home

            {{< code-toggle config=server />}}

            Text.

            {{< code-toggle file=hugo >}}
            title = 'x'
            {{< /code-toggle >}}
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var removed = Assert.Single(outcome.Diagnostics);
        Assert.Equal("TW0250", removed.Code);
        Assert.Contains("config=server", removed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("more in this file", removed.Message, StringComparison.Ordinal); // the paired toggle is not removed
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal("title = 'x'", Assert.Single(content.QuerySelectorAll("pre code")).TextContent.Trim());
    }
}
