using AngleSharp.Html.Parser;
using TwitchSite.Publishing;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>
/// Every written HTML page (layout pages and redirect pages) carries the site's
/// Content-Security-Policy as a meta tag, so it holds on hosts that send no headers.
/// </summary>
public sealed class MetaContentSecurityPolicyTests
{
    [Fact]
    public void Given_a_built_site_When_reading_each_html_page_Then_its_head_has_the_csp_meta_from_the_headers_without_frame_ancestors()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            title: Fixture
            language: en-GB
            base_url: https://fixture.example
            -- input/index.md --
            ---
            title: Home
            description: Home.
            ---
            Welcome. See [a](a.md).
            -- input/a.md --
            ---
            title: A
            description: A.
            redirect_from: [/old-a/]
            ---
            Body.
            """);
        var outcome = site.Build();
        Assert.True(outcome.Succeeded);

        var pages = site.OutputFiles().Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("old-a/index.html", pages);
        Assert.Contains("a/index.html", pages);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(site.ReadOutput(page));
            var meta = document.Head!.QuerySelector("meta[http-equiv='Content-Security-Policy']");
            Assert.True(meta is not null, $"{page} has no CSP meta tag in its head");
            var policy = meta!.GetAttribute("content")!;
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy.Replace("; frame-ancestors 'none'", "", StringComparison.Ordinal), policy);
            Assert.Contains("'wasm-unsafe-eval'", policy, StringComparison.Ordinal);
        }
    }
}
