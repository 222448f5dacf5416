using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Jekyll's <c>.html</c> pages: front matter, then plain HTML, published at their address with their
/// layout, as Jekyll does (rubygems/guides' 31 command-reference pages had been left out as templates,
/// and 43 links to them reported). Their HTML is read as raw HTML in markdown is: links resolved and
/// checked, ids anchors, script refused. A body with Liquid stays a template (TW0253).
/// </summary>
public sealed class JekyllHtmlPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_an_html_page_with_front_matter_and_a_plain_body_When_built_Then_it_is_a_page_its_fragments_resolve_and_its_html_is_kept()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Guides
            -- input/index.md --
            # Home

            See [config](/command-reference/bundle-config/#options) and [exec](command-reference/bundle-exec.html).
            -- input/command-reference/bundle-config.html --
            ---
            layout: default
            title: "bundle config"
            permalink: /command-reference/bundle-config/
            ---

            <em>Set bundler configuration options</em>

            <div class="mp" id="man">

                <pre><code>bundle config</code> [list]</pre>

            <h2 id="options">Options</h2>
            <p>See <a href="bundle-exec.html">bundle exec</a>.</p>
            </div>
            -- input/command-reference/bundle-exec.html --
            ---
            layout: default
            ---
            <h2 id="name">bundle exec</h2>
            <p>Runs a command.</p>
            -- input/plain.html --
            <p>No front matter: copied as it is.</p>
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0253");
        var config = Parser.ParseDocument(site.ReadOutput("command-reference/bundle-config/index.html"));
        Assert.Equal("bundle config", config.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Options", config.GetElementById("options")!.TextContent);
        Assert.Equal("bundle config", config.QuerySelector("main pre code")!.TextContent); // an indented line is HTML, not a code block of markdown
        Assert.Equal("/command-reference/bundle-exec/", config.QuerySelector("#man p a")!.GetAttribute("href"));
        var exec = Parser.ParseDocument(site.ReadOutput("command-reference/bundle-exec/index.html"));
        Assert.StartsWith("bundle exec", exec.Title, StringComparison.Ordinal); // no title in front matter: the first heading's
        Assert.Contains("No front matter", site.ReadOutput("plain.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_html_page_with_a_script_When_built_Then_it_is_refused_at_its_line_as_in_markdown()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/page.html --
            ---
            title: Page
            ---
            <p>Text.</p>
            <script>alert(1)</script>
            <a href="#" onclick="steal()">x</a>
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        var refused = outcome.Diagnostics.Where(d => d.Code == "TW0220").ToList();
        Assert.Equal([5, 6], refused.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Given_an_html_file_whose_body_has_liquid_When_built_Then_it_stays_a_template_that_is_not_published()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/feed.html --
            ---
            layout: null
            ---
            {% for post in site.posts %}<p>{{ post.title }}</p>{% endfor %}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Single(outcome.Diagnostics, d => d.Code == "TW0253");
        Assert.False(site.OutputExists("feed.html"));
        Assert.False(site.OutputExists("feed/index.html"));
    }
}
