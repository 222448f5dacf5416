using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Other tools' YAML files in a docs folder (Jekyll's <c>_config.yml</c>, <c>mkdocs.yml</c>,
/// Docusaurus <c>_category_.yml</c>) and the site's synonyms, broken or hostile: the build never
/// crashes. A bracket left open at the end of <c>_config.yml</c> had stopped every build with an
/// internal error (YamlDotNet throws an InvalidOperationException there, not a YamlException),
/// and brackets nested a hundred thousand deep in <c>mkdocs.yml</c> overflowed the stack and
/// killed the process, output or not. Now each is read as unreadable: a warning where the file is
/// ours to report, the site built without what the file would have said.
/// </summary>
public sealed class BrokenConfigYamlTests
{
    private static readonly string Deep = new('[', 100_000);

    [Fact]
    public void Given_a_jekyll_config_with_a_bracket_left_open_at_its_end_When_built_Then_the_site_builds_and_is_not_named_by_the_bracket()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: [
            -- input/index.md --
            # Home

            Hello.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var title = System.Text.RegularExpressions.Regex.Match(site.ReadOutput("index.html"), "<title>([^<]*)</title>").Groups[1].Value;
        Assert.StartsWith("Home", title, StringComparison.Ordinal);
        Assert.DoesNotContain("[", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_jekyll_config_nested_far_too_deep_When_built_Then_the_site_builds_without_it()
    {
        using var site = FixtureSite.Create($"-- input/_config.yml --\ntitle: {Deep}\n-- input/index.md --\n# Home\n");

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Given_an_mkdocs_yml_nested_far_too_deep_When_built_Then_it_is_reported_unreadable_at_its_line_and_the_pages_still_build()
    {
        using var site = FixtureSite.Create($"-- mkdocs.yml --\nsite_name: Tool\ndocs_dir: input\nnav: {Deep}\n-- input/index.md --\n# Home\n");

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains(site.Headers(outcome), h => h.StartsWith("mkdocs.yml:3:", StringComparison.Ordinal) && h.Contains("TW0254", StringComparison.Ordinal) && h.Contains("nested more than", StringComparison.Ordinal));
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Given_an_mkdocs_yml_with_a_bracket_left_open_When_built_Then_the_warning_points_at_the_bracket()
    {
        using var site = FixtureSite.Create("-- mkdocs.yml --\nsite_name: Tool\ndocs_dir: input\nnav: [\n-- input/index.md --\n# Home\n");

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains(site.Headers(outcome), h => h.StartsWith("mkdocs.yml:3:6:", StringComparison.Ordinal) && h.Contains("'[' is never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_category_file_nested_far_too_deep_When_built_Then_the_folder_keeps_its_own_name()
    {
        using var site = FixtureSite.Create($"-- input/index.md --\n# Docs\n-- input/guide/index.md --\n# Guide pages\n-- input/guide/_category_.yml --\nlabel: {Deep}\n");

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("guide/index.html"));
    }

    [Fact]
    public void Given_a_synonyms_file_nested_far_too_deep_When_built_with_search_data_Then_it_is_an_error_at_its_line_not_a_crash()
    {
        using var site = FixtureSite.Create($"-- input/_data/synonyms.yml --\n- lay: {Deep}\n-- input/index.md --\n# Home\n");

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains(site.Headers(outcome), h => h.StartsWith("input/_data/synonyms.yml:1:", StringComparison.Ordinal));
    }
}
