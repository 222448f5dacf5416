using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Images another site serves (a README's badges, a screenshot on a project's CDN) do not show:
/// every page's Content-Security-Policy loads images from the site itself only. uv's docs lost
/// their benchmark charts without a word; the build now says so once per file (TW0226), at the
/// first such image, and the page still builds.
/// </summary>
public sealed class OtherSiteImageTests
{
    [Fact]
    public void Given_markdown_and_html_images_from_other_sites_When_built_Then_one_warning_per_file_names_the_first_and_counts_the_rest()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            Local ![logo](logo.png) and a link to [a site](https://example.org/page).

            ![Build](https://img.shields.io/badge/build-passing-green)

            <p align="center">
              <img alt="Chart" src="//cdn.example.org/chart.png">
              <picture><source srcset="https://cdn.example.org/wide.png 2x"><img src="logo.png" alt=""></picture>
            </p>
            -- input/logo.png --
            not really a png
            -- input/plain.md --
            # Plain

            ![logo](logo.png) <img src="logo.png" alt="logo">
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0226");
        Assert.Equal(5, warning.Location?.Line);
        Assert.Contains("https://img.shields.io/badge/build-passing-green (and 2 more in this file)", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("index.md", warning.Location?.FullPath, StringComparison.Ordinal);
    }
}
