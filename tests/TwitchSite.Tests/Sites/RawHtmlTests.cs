using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// The <c>raw_html</c> setting: refuse (the default) reports each dangerous part of raw HTML and
/// each script URL at its line and column and keeps harmless HTML; escape shows HTML as text;
/// allow passes it through.
/// </summary>
public sealed class RawHtmlTests
{
    private const string Hostile = """
        -- input/x.md --
        ---
        title: X
        description: X.
        ---
        Hello <abbr title="data: facts">HTML</abbr> and <kbd>Ctrl</kbd>.

        <script>alert(1)</script>

        <details><summary>More</summary>
        <img src="ok.png" alt="ok"> <img src=x onerror="alert(1)">
        </details>

        <iframe src="https://evil.example"></iframe>

        <meta http-equiv="refresh" content="0;url=https://evil.example">

        [click](javascript:alert(1)) and ![img](data:image/png;base64,AAAA) and <a href=" java&#x09;script:alert(1)">x</a>

        - item <object data="x.swf"></object>
          > <embed src="y">
        """;

    private static string Site(string? mode) => $"""
        -- input/_site.yml --
        title: Fixture
        language: en-GB
        base_url: https://fixture.example
        {(mode is null ? "" : "raw_html: " + mode)}
        -- input/index.md --
        ---
        title: Home
        description: Home.
        ---
        Welcome.
        -- input/ok.png --
        not really a png
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("refuse")]
    public void Given_hostile_raw_html_When_built_with_refuse_or_no_setting_Then_each_dangerous_part_is_an_error_at_its_place(string? mode)
    {
        using var site = FixtureSite.Create(Site(mode) + "\n" + Hostile);
        var outcome = site.Build();
        Assert.Equal(
            [
                "input/x.md:7:1: error TW0220: raw HTML <script> is refused",
                "input/x.md:10:40: error TW0220: event-handler attribute 'onerror' on <img> is refused",
                "input/x.md:13:1: error TW0220: raw HTML <iframe> is refused",
                "input/x.md:15:1: error TW0220: raw HTML <meta http-equiv=\"refresh\"> is refused",
                "input/x.md:17:1: error TW0221: javascript: URL in a link is refused",
                "input/x.md:17:34: error TW0221: data: URL in an image is refused",
                "input/x.md:17:76: error TW0221: javascript: URL in the href attribute of <a> is refused",
                "input/x.md:19:8: error TW0220: raw HTML <object> is refused",
                "input/x.md:20:5: error TW0220: raw HTML <embed> is refused",
            ],
            site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public void Given_harmless_raw_html_When_built_with_refuse_Then_it_reaches_the_page()
    {
        using var site = FixtureSite.Create(Site("refuse") + """

            -- input/y.md --
            ---
            title: Y
            description: Y.
            ---
            Press <kbd>Ctrl</kbd> for <abbr title="data: the facts">HTML</abbr>.

            <details><summary>More</summary>
            <img src="ok.png" alt="A picture">
            </details>
            """);
        var outcome = site.Build();
        Assert.Empty(site.Headers(outcome));
        var page = site.ReadOutput("y/index.html");
        Assert.Contains("<kbd>Ctrl</kbd>", page, StringComparison.Ordinal);
        Assert.Contains("<details><summary>More</summary>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_raw_html_escape_When_built_Then_html_is_text_and_script_urls_still_errors()
    {
        using var site = FixtureSite.Create(Site("escape") + """

            -- input/y.md --
            ---
            title: Y
            description: Y.
            ---
            Before <script>alert(1)</script> after.

            [click](javascript:alert(1))
            """);
        var outcome = site.Build();
        Assert.Equal(["input/y.md:7:1: error TW0221: javascript: URL in a link is refused"], site.Headers(outcome));

        site.Write("input/y.md", "---\ntitle: Y\ndescription: Y.\n---\nBefore <script>alert(1)</script> after.\n");
        outcome = site.Build();
        Assert.True(outcome.Succeeded);
        var page = site.ReadOutput("y/index.html");
        Assert.Contains("Before &lt;script&gt;alert(1)&lt;/script&gt; after.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_raw_html_allow_When_built_Then_the_html_reaches_the_page_unchanged()
    {
        using var site = FixtureSite.Create(Site("allow") + "\n-- input/y.md --\n---\ntitle: Y\ndescription: Y.\n---\n<iframe src=\"https://video.example/1\"></iframe>\n");
        var outcome = site.Build();
        Assert.True(outcome.Succeeded);
        Assert.Contains("<iframe src=\"https://video.example/1\"></iframe>", site.ReadOutput("y/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_raw_html_value_When_built_Then_TW0222_at_the_value()
    {
        using var site = FixtureSite.Create(Site("yes"));
        var outcome = site.Build();
        Assert.Equal(["input/_site.yml:4:11: error TW0222: `raw_html` must be refuse, escape or allow, not 'yes'"], site.Headers(outcome));
        Assert.False(outcome.Succeeded);
    }
}
