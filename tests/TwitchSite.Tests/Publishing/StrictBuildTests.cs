using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>What a strict (publishing) build refuses to publish.</summary>
public sealed class StrictBuildTests
{
    private const string Site = """
        -- input/_site.yml --
        title: Strict
        base_url: https://strict.example
        -- input/index.md --
        ---
        title: Home
        ---
        Hello.
        -- input/a.md --
        ---
        title: A
        redirect_from: [/a-old/]
        ---
        A.
        """;

    [Fact]
    public void Given_a_layout_linking_to_nothing_When_built_strictly_Then_TW0802_at_the_written_page_and_nothing_published()
    {
        using var site = FixtureSite.Create(Site + "\n" + """
            -- theme/layouts/page.liquid --
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head>
            <body><a href="/missing/">gone</a> <a href="#nowhere">x</a>{{ content }}</body></html>
            """);

        Assert.True(site.Build().Succeeded, "without --strict written links are not followed");
        var before = site.OutputFiles();
        var strict = site.Build(strict: true);

        Assert.False(strict.Succeeded);
        Assert.Contains("output/index.html:2:7: error TW0802: written page links to '/missing/': no such file in the output", site.Headers(strict));
        Assert.Contains("output/a/index.html:2:36: error TW0802: written page links to '#nowhere': no element with id 'nowhere' in a/index.html", site.Headers(strict));
        Assert.Equal(before.Keys, site.OutputFiles().Keys);
    }

    [Theory]
    [InlineData("redirect_from: [old/]", "input/b.md:3:16: error TW0803: redirect_from 'old/' must be a path from the site root, starting with a single '/'")]
    [InlineData("redirect_from: [/a/]", "input/b.md:3:16: error TW0803: redirect_from '/a/' is the address of page 'a.md'")]
    [InlineData("redirect_from: [/a-old/]", "input/b.md:3:16: error TW0803: redirect_from '/a-old/' is also claimed by 'a.md'")]
    [InlineData("redirect_from: [/x/../y/]", "input/b.md:3:16: error TW0803: redirect_from '/x/../y/' must not contain '.' or '..' segments")]
    public void Given_a_bad_redirect_When_built_Then_TW0803_where_it_is_written(string line, string expected)
    {
        using var site = FixtureSite.Create(Site + $"\n-- input/b.md --\n---\ntitle: B\n{line}\n---\nB.\n");

        Assert.Equal([expected], site.Headers(site.Build()));
    }

    [Fact]
    public void Given_no_base_url_When_built_strictly_Then_TW0804_says_what_is_missing()
    {
        using var site = FixtureSite.Create(Site.Replace("base_url: https://strict.example\n", "", StringComparison.Ordinal));

        Assert.True(site.Build().Succeeded);
        Assert.Equal(["input/_site.yml:1:1: error TW0804: site setting 'base_url' is missing: no sitemap, feed or canonical URLs"], site.Headers(site.Build(strict: true)));
    }
}
