using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Docs folders written for other generators (Hugo, Jekyll with Just the Docs, Docusaurus,
/// mdBook) build as they are: their titles, order, labels, drafts and links mean what they
/// meant there, and their own front matter keys pass quietly.
/// </summary>
public sealed class OtherGeneratorsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_hugo_jekyll_and_docusaurus_front_matter_When_built_Then_titles_order_and_labels_follow_it()
    {
        using var site = FixtureSite.Create("""
            -- input/_index.md --
            ---
            title: Docs
            ---
            Welcome.
            -- input/getting-started.md --
            ---
            weight: 2
            linkTitle: Start
            date: 2024-05-01
            tags: [intro]
            ---
            # Getting started with the tool

            Text.
            -- input/install.md --
            ---
            title: Installation
            nav_order: 1
            parent: Docs
            has_children: false
            colour: blue
            ---
            Install it.
            -- input/configure.md --
            ---
            sidebar_position: 3
            sidebar_label: Config
            custom_edit_url: null
            colour: red
            ---
            # Configuring
            -- input/notes.md --
            Just notes, no heading.
            -- input/secret.md --
            ---
            title: Not yet
            draft: true
            colour: green
            ---
            Unfinished.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        // Foreign keys (date, tags, parent, has_children, custom_edit_url) are quiet; the unknown
        // one is reported once for the whole site, at its first page, with the count.
        var warnings = outcome.Diagnostics.Where(d => d.Code == "TW0105").ToList();
        var colour = Assert.Single(warnings);
        Assert.Equal("unknown front matter key 'colour' (on 2 pages; shown once)", colour.Message);
        Assert.EndsWith("configure.md", colour.Location!.FullPath, StringComparison.Ordinal);
        Assert.Equal(1, outcome.Drafts);
        Assert.False(site.OutputExists("secret/index.html"));

        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(
            ["Docs", "Installation", "Start", "Config", "Notes"],
            home.QuerySelectorAll("nav.site-nav .nav-level-1 > li > a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Getting started with the tool", Parser.ParseDocument(site.ReadOutput("getting-started/index.html")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Configuring", Parser.ParseDocument(site.ReadOutput("configure/index.html")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Notes", Parser.ParseDocument(site.ReadOutput("notes/index.html")).QuerySelector("h1")!.TextContent.Trim());

        var cli = site.RunCli("build", "-i", site.Input, "-o", site.Output, "-t", site.Theme, "--today", "2026-12-01", "--no-search");
        Assert.Contains("(1 draft skipped)", cli.Stdout, StringComparison.Ordinal);
    }
}
