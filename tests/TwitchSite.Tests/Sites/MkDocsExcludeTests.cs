using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// An MkDocs project's <c>exclude_docs</c> (gitignore-style patterns in mkdocs.yml) and MkDocs'
/// own exclusions (dot files, the top <c>templates/</c>) keep files out of the site, as MkDocs does:
/// mkdocs/mkdocs' docs had published their <c>hooks.py</c> and <c>img/plugin-events.py</c>.
/// </summary>
public sealed class MkDocsExcludeTests
{
    [Fact]
    public void Given_exclude_docs_patterns_When_built_Then_what_they_match_is_not_published_and_a_negated_pattern_keeps_its_file()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Tool
            docs_dir: input
            exclude_docs: |
              # Python hooks anywhere.
              *.py
              !/keep/example.py
              /requirements.txt
              drafts/
            draft_docs: |
              wip-*.md
            -- input/index.md --
            # Home
            -- input/hooks.py --
            def on_page(): pass
            -- input/img/plugin-events.py --
            print(1)
            -- input/keep/example.py --
            print(2)
            -- input/requirements.txt --
            mkdocs
            -- input/sub/requirements.txt --
            kept: only the top one is named
            -- input/drafts/idea.md --
            # Idea
            -- input/wip-notes.md --
            # Notes
            -- input/templates/main.html --
            <html></html>
            -- input/guide/templates/x.txt --
            kept: only the top templates/ is MkDocs'
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.False(site.OutputExists("hooks.py"));
        Assert.False(site.OutputExists("img/plugin-events.py"), "a pattern without '/' matches at any depth");
        Assert.True(site.OutputExists("keep/example.py"), "'!' takes a file back");
        Assert.False(site.OutputExists("requirements.txt"), "a leading '/' names the top folder");
        Assert.True(site.OutputExists("sub/requirements.txt"));
        Assert.False(site.OutputExists("drafts/idea/index.html"), "a folder pattern leaves out its pages");
        Assert.False(site.OutputExists("wip-notes/index.html"), "mkdocs build leaves out draft_docs");
        Assert.False(site.OutputExists("templates/main.html"), "MkDocs leaves out the top templates/ folder");
        Assert.True(site.OutputExists("guide/templates/x.txt"));
    }

    [Fact]
    public void Given_a_folder_without_mkdocs_yml_When_built_Then_its_python_files_and_templates_are_copied_as_before()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home
            -- input/hooks.py --
            def on_page(): pass
            -- input/templates/x.txt --
            kept
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.True(site.OutputExists("hooks.py"));
        Assert.True(site.OutputExists("templates/x.txt"));
    }
}
