using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Jekyll docs write site-root addresses through Liquid (<c>{{ site.baseurl }}</c>,
/// <c>{{ site.url }}{{ site.baseurl }}</c>, <c>relative_url</c>, <c>prepend: site.baseurl</c>),
/// whatever <c>baseurl</c> their <c>_config.yml</c> sets: each is read as the site-root address
/// it makes under Jekyll, so the published link works and nothing is reported.
/// </summary>
public sealed class JekyllBaseUrlTests
{
    [Fact]
    public void Given_links_through_site_baseurl_in_every_form_When_built_Then_each_is_the_site_root_address_with_no_warning()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Demo
            baseurl: /demo
            url: https://example.org
            -- input/index.md --
            ---
            title: Home
            ---
            [a]({{ site.baseurl }}/guide/install/) [b]({{ site.url }}{{ site.baseurl }}/guide/install/)
            [c]({{ "/guide/install/" | relative_url }}) [d]({{ '/guide/install/' | prepend: site.baseurl }})
            [e]({{ "/guide/install/" | prepend: site.baseurl | prepend: site.url }}) [f]({{site.github.url}}/guide/install/)
            [home]({{ site.baseurl }}) [home too]({{ site.url }}{{ site.baseurl }})
            <a href="{{ site.baseurl }}/guide/install/">g</a>

            [h][ref]

            [ref]: {{ site.baseurl }}/guide/install/
            -- input/guide/install.md --
            ---
            title: Install
            ---
            Text.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code != "TW0105");
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var links = page.QuerySelectorAll("main .content a, main article p a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.All("abcdefgh".Select(c => c.ToString()), name => Assert.Equal("/guide/install/", links[name]));
        Assert.Equal("/", links["home"]);
        Assert.Equal("/", links["home too"]);
    }
}
