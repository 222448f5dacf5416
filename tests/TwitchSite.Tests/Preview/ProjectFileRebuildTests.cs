using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>
/// The live preview shows a change to another generator's project files that give the site its
/// shape: MkDocs' <c>mkdocs.yml</c> (beside the docs folder, outside the input) and the files it
/// appends to every page, mdBook's
/// <c>SUMMARY.md</c>, and a file an mdBook page includes from the book's folder outside
/// <c>src</c> (<c>../listings/…</c>). Each is watched, and the next rebuild shows it.
/// </summary>
public sealed class ProjectFileRebuildTests
{
    [Fact]
    public void Given_an_mkdocs_project_When_mkdocs_yml_changes_in_a_preview_Then_the_menu_shows_the_new_title()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            nav:
              - Home: index.md
              - First name: guide.md
            -- input/index.md --
            # Home
            -- input/guide.md --
            # Guide
            """);
        var session = new PreviewSession(Options(site));
        Assert.True(session.Build([]).Succeeded);
        Assert.Contains("First name", MenuText(site), StringComparison.Ordinal);

        var config = Path.Combine(site.Root, "mkdocs.yml");
        File.WriteAllText(config, "site_name: Demo\ndocs_dir: input\nnav:\n  - Home: index.md\n  - Second name: guide.md\n");
        Assert.Contains(config, WatchedFolders(session).SelectMany(f => f.Files), StringComparer.Ordinal);
        var build = session.Build([config]);

        Assert.True(build.Succeeded);
        Assert.Contains("Second name", MenuText(site), StringComparison.Ordinal);
        Assert.DoesNotContain("First name", MenuText(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_mdbook_When_SUMMARY_md_changes_in_a_preview_Then_the_menu_shows_the_new_title()
    {
        using var site = FixtureSite.Create("""
            -- book.toml --
            [book]
            src = "input"
            -- input/SUMMARY.md --
            # Summary

            [Intro](index.md)
            - [First name](chapter.md)
            -- input/index.md --
            # Intro
            -- input/chapter.md --
            # Chapter
            """);
        var session = new PreviewSession(Options(site));
        Assert.True(session.Build([]).Succeeded);
        Assert.Contains("First name", MenuText(site), StringComparison.Ordinal);

        var summary = Path.Combine(site.Input, "SUMMARY.md");
        File.WriteAllText(summary, "# Summary\n\n[Intro](index.md)\n- [Second name](chapter.md)\n");
        var build = session.Build([summary]);

        Assert.True(build.Succeeded);
        Assert.Contains("Second name", MenuText(site), StringComparison.Ordinal);
        Assert.DoesNotContain("First name", MenuText(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_page_that_includes_a_file_outside_src_When_the_file_changes_in_a_preview_Then_it_is_watched_and_the_page_shows_it()
    {
        using var site = FixtureSite.Create("""
            -- book.toml --
            [book]
            src = "input"
            -- listings/main.rs --
            fn first() {}
            -- input/index.md --
            # Intro

            ```rust
            {{#include ../listings/main.rs}}
            ```
            """);
        var session = new PreviewSession(Options(site));
        Assert.True(session.Build([]).Succeeded);
        Assert.Contains("first", MainText(site, "index.html"), StringComparison.Ordinal);

        var listing = Path.Combine(site.Root, "listings", "main.rs");
        Assert.Contains(WatchedFolders(session), f => f.Recursive && listing.StartsWith(f.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        File.WriteAllText(listing, "fn second() {}\n");
        var build = session.Build([listing]);

        Assert.True(build.Succeeded);
        Assert.Contains("second", MainText(site, "index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("first", MainText(site, "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_mkdocs_project_that_appends_a_file_to_every_page_When_the_file_changes_in_a_preview_Then_it_is_watched_and_the_pages_show_it()
    {
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            markdown_extensions:
              - pymdownx.snippets:
                  auto_append:
                    - includes/links.md
            -- includes/links.md --
            [home]: https://first.example.org
            -- input/index.md --
            # Home

            Go [home].
            """);
        var session = new PreviewSession(Options(site));
        Assert.True(session.Build([]).Succeeded);
        Assert.Contains("https://first.example.org", site.ReadOutput("index.html"), StringComparison.Ordinal);

        var links = Path.Combine(site.Root, "includes", "links.md");
        Assert.Contains(links, WatchedFolders(session).SelectMany(f => f.Files), StringComparer.Ordinal);
        File.WriteAllText(links, "[home]: https://second.example.org\n");
        var build = session.Build([links]);

        Assert.True(build.Succeeded);
        Assert.Contains("https://second.example.org", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("https://first.example.org", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    private static BuildOptions Options(FixtureSite site) =>
        new() { Input = site.Input, Theme = site.Theme, Output = site.Output, Today = FixtureSite.TestToday };

    private static IReadOnlyList<WatchedFolder> WatchedFolders(PreviewSession session) => session.WatchedFolders;

    private static string MenuText(FixtureSite site) =>
        new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("nav")!.TextContent;

    private static string MainText(FixtureSite site, string page) =>
        new HtmlParser().ParseDocument(site.ReadOutput(page)).QuerySelector("main")!.TextContent;
}
