using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A file the generator makes (robots.txt, sitemap.xml, feed.xml, _redirects)
/// that the site brings itself, in its input folder or its generator's <c>static/</c>: the site's
/// own file is published as it is and the generated one is not made, as Hugo and Docusaurus do. A
/// Hugo site's <c>static/robots.txt</c> had failed the build (TW0202 naming an empty file) and, in
/// the preview, shown an exception's text (TW0001).
/// </summary>
public sealed class SiteOwnFilesTests
{
    [Fact]
    public void Given_a_hugo_project_with_its_own_robots_sitemap_feed_and_redirects_in_static_When_built_Then_they_are_published_as_they_are()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            title = "Docs"
            -- input/content/_site.yml --
            base_url: https://docs.example
            -- input/content/_index.md --
            # Docs
            -- input/content/guide.md --
            ---
            aliases: [/old-guide/]
            last_reviewed: 2026-01-02
            ---
            # Guide
            -- input/static/robots.txt --
            User-agent: *
            Disallow: /private/
            -- input/static/sitemap.xml --
            <urlset/>
            -- input/static/feed.xml --
            <feed/>
            -- input/static/_redirects --
            /from /to 302
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("User-agent: *\nDisallow: /private/\n", site.ReadOutput("robots.txt").ReplaceLineEndings("\n"));
        Assert.Equal("<urlset/>\n", site.ReadOutput("sitemap.xml").ReplaceLineEndings("\n"));
        Assert.Equal("<feed/>\n", site.ReadOutput("feed.xml").ReplaceLineEndings("\n"));
        Assert.Equal("/from /to 302\n", site.ReadOutput("_redirects").ReplaceLineEndings("\n"));
        Assert.Contains("/guide/", site.ReadOutput("old-guide/index.html"), StringComparison.Ordinal); // a forwarding page where the site has none
    }

    [Fact]
    public void Given_a_docusaurus_site_with_its_own_robots_txt_in_static_When_built_Then_no_collision_and_the_sites_file_wins()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = { title: 'Demo' };
            -- static/robots.txt --
            User-agent: *
            Disallow: /
            -- input/intro.md --
            # Intro
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("User-agent: *\nDisallow: /\n", site.ReadOutput("robots.txt").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Given_two_files_for_one_address_in_a_build_that_writes_despite_errors_When_built_Then_TW0202_alone_and_no_exception_text()
    {
        // The live preview writes a site with errors, so its readers see the pages: a collision must stay the content error it is.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/a_b.md --
            # A
            -- input/a-b.md --
            # B
            """);

        var outcome = SiteBuilder.Build(new BuildOptions { Input = site.Input, Output = site.Output, Theme = site.Theme, NoSearch = true, Today = FixtureSite.TestToday, CommitWithErrors = true });

        var headers = site.Headers(outcome);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0001");
        var duplicate = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0202");
        Assert.Equal("'a_b.md' and 'a-b.md' would both be written to '/a-b/index.html'", duplicate.Message);
        Assert.True(site.OutputExists("a-b/index.html"), string.Join("\n", headers));
    }
}
