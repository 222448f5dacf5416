using TwitchSite.Engine.Diagnostics;
using TwitchSite.Preview;

namespace TwitchSite.Tests.Preview;

public sealed class ErrorOverlayTests
{
    [Fact]
    public void Given_diagnostics_When_rendered_Then_every_part_is_escaped_in_report_order_with_no_inline_code()
    {
        var lines = new Dictionary<string, string[]> { ["/site/input/a.md"] = ["---", "title: <img src=x onerror=alert(1)>", "---"] };
        var formatter = new DiagnosticFormatter("/site", path => lines.GetValueOrDefault(path));
        Diagnostic[] diagnostics =
        [
            Diagnostic.Error("TW0104", "'title' is <bad>", new SourceLocation("/site/input/a.md", 2, 8), "use \"quotes\" & <care>"),
            Diagnostic.Warning("TW0105", "unknown key", null),
        ];

        var html = ErrorOverlay.Render(diagnostics, formatter);

        Assert.Contains("<p class=\"ts-where\">input/a.md:2:8</p>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ts-severity\">error</span> TW0104: &#39;title&#39; is &lt;bad&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<code>title: &lt;img src=x onerror=alert(1)&gt;\n       ^</code>", html, StringComparison.Ordinal);
        Assert.Contains("hint: use &quot;quotes&quot; &amp; &lt;care&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"ts-diagnostic is-warning\">", html, StringComparison.Ordinal);
        Assert.Contains("1 error, 1 warning.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("TW0104", StringComparison.Ordinal) < html.IndexOf("TW0105", StringComparison.Ordinal));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_twitchsite/live-reload.js\" defer></script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short line", 3, "short line", "   ^")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789ABCDEFGHIJ", 105, "…567890123456789012345678901234567890123456789ABCDEFGHIJ", "                                                   ^")] // 50 characters kept before the caret, "…" for the cut
    public void Given_a_long_source_line_When_shown_Then_it_is_cut_around_the_caret(string line, int caretIndex, string shown, string caret)
    {
        Assert.Equal((shown, caret), ErrorOverlay.Window(line, caretIndex));
    }
}
