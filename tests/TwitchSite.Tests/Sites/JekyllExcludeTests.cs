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

    [Fact]
    public void Given_a_Jekyll_site_with_its_own_exclude_list_When_built_Then_Jekyll_4s_default_exclusions_are_added_to_it()
    {
        // Jekyll 4 adds its defaults to the site's list (rubygems/guides published its Gemfile and Gemfile.lock).
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Docs
            exclude:
              - README.md
            -- input/index.md --
            # Home
            -- input/Gemfile --
            source "https://rubygems.org"
            -- input/Gemfile.lock --
            GEM
            -- input/node_modules/pkg/index.js --
            module.exports = 1;
            -- input/vendor/bundle/ruby/gem.rb --
            puts 1
            -- input/vendor/logo.txt --
            kept: only vendor/bundle/, cache/, gems/ and ruby/ are Jekyll's
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.False(site.OutputExists("Gemfile"));
        Assert.False(site.OutputExists("Gemfile.lock"));
        Assert.False(site.OutputExists("node_modules/pkg/index.js"));
        Assert.False(site.OutputExists("vendor/bundle/ruby/gem.rb"));
        Assert.True(site.OutputExists("vendor/logo.txt"));
    }

    [Fact]
    public void Given_a_Jekyll_site_that_includes_a_default_exclusion_When_built_Then_that_one_is_published()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Docs
            include:
              - node_modules
            -- input/index.md --
            # Home
            -- input/node_modules/pkg/index.js --
            module.exports = 1;
            -- input/Gemfile --
            source "https://rubygems.org"
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("node_modules/pkg/index.js"), "include: overrides a default exclusion");
        Assert.False(site.OutputExists("Gemfile"), "a site without exclude: still gets the defaults");
    }

    [Fact]
    public void Given_a_docs_folder_without_Jekylls_configuration_When_built_Then_its_Gemfile_is_copied_as_before()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/Gemfile --
            source "https://rubygems.org"
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("Gemfile"));
    }
}
