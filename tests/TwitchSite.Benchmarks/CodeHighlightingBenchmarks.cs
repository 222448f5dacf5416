using BenchmarkDotNet.Attributes;
using TwitchSite.Markdown;

namespace TwitchSite.Benchmarks;

/// <summary>
/// Code highlighting: one page of fenced code (a C#, a Python, a YAML and a bash block, each made
/// different on every call so the highlighter's cache never answers) rendered by the site's
/// pipeline with highlighting, and the same page with <c>highlight: false</c>.
/// </summary>
[MemoryDiagnoser]
public class CodeHighlightingBenchmarks
{
    private static readonly System.Text.CompositeFormat Page = System.Text.CompositeFormat.Parse("""
        ```csharp
        public sealed class Page{0}
        {{
            // Counts twitches on page {0}.
            public int Count(string name) => name.Length + {0};
            public string Label {{ get; }} = "page-{0}";
        }}
        ```

        ```python
        def page_{0}(path: str) -> dict:
            with open(path, encoding="utf-8") as f:  # page {0}
                return {{"id": {0}, "size": len(f.read())}}
        ```

        ```yaml
        title: Page {0}
        order: {0}
        tags: [twitch, "nerve signal"]
        ```

        ```bash
        for f in src/page-{0}/*.md; do echo "building $f"; done
        ```
        """);

    private int _call;

    [Benchmark(Baseline = true, Description = "code page, highlight: false")]
    public string Plain() => Markdig.Markdown.ToHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, _call++), MarkdownPipelineFactory.For(Settings.RawHtmlMode.Refuse, highlight: false));

    [Benchmark(Description = "code page, highlighted")]
    public string Highlighted() => Markdig.Markdown.ToHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, _call++), MarkdownPipelineFactory.For(Settings.RawHtmlMode.Refuse, highlight: true));
}
