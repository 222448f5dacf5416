using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A Jekyll site's <c>exclude:</c> list in <c>_config.yml</c> keeps files out of the site, as
/// Jekyll does: Homebrew's docs exclude their AGENTS.md, Gemfile.lock and a folder of lint
/// styles, which had been published (and the styles' README linked to files that are not there).
/// </summary>
public sealed class JekyllExcludeTests
{
    [Fact]
    public void Given_an_exclude_list_of_names_folders_and_patterns_When_built_Then_none_of_them_is_published_and_the_rest_is()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Docs
            exclude:
              - AGENTS.md
              - vale-styles
              - Gemfile*
              - "docs_[a-z]*.yml"
              - /Rakefile
            -- input/index.md --
            # Home

            Read the [guide](guide.md).
            -- input/guide.md --
            # Guide
            -- input/AGENTS.md --
            # Notes for agents
            -- input/vale-styles/README.md --
            # Styles

            See [the rules](rules/missing.md).
            -- input/Gemfile.lock --
            GEM
            -- input/docs_rubocop_style.yml --
            AllCops: {}
            -- input/Rakefile --
            task :default
            -- input/notes.txt --
            kept
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("guide/index.html"));
        Assert.True(site.OutputExists("notes.txt"), "a file the list does not name is copied as before");
        Assert.False(site.OutputExists("agents/index.html"), "AGENTS.md is excluded");
        Assert.False(site.OutputExists("vale-styles/index.html"), "a folder named in the list is excluded with its pages");
        Assert.False(site.OutputExists("Gemfile.lock"), "a pattern excludes the files it matches");
        Assert.False(site.OutputExists("docs_rubocop_style.yml"), "a set in a pattern matches");
        Assert.False(site.OutputExists("Rakefile"), "a leading '/' names the site's top folder");
    }
}
