using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Hugo projects whose module mounts name their content folder (<c>[[module.mounts]]</c>,
/// <c>source = 'content/en'</c>, <c>target = 'content'</c>, as gohugoio/hugoDocs has), in every
/// place and format Hugo reads them: the mounted folder is the site, at its root, and nothing
/// mounted from outside the project is read.
/// </summary>
public sealed class HugoMountsTests
{
    private static readonly HtmlParser Parser = new();

    // content/ holds a LICENSE.md beside the language folders, as hugoDocs' does: without the mount
    // the whole of content/ was built, every page under /en/ and the licence as the home page.
    private const string Content = """
        -- input/content/LICENSE.md --
        # Licence
        -- input/content/en/_index.md --
        # Home

        Read [the guide](/docs/guide/).
        -- input/content/en/docs/guide.md --
        # Guide
        -- input/content/fr/_index.md --
        # Accueil
        """;

    [Theory]
    [InlineData("input/hugo.toml", "title = 'Docs'\n[module]\n  [[module.mounts]]\n    source = 'assets'\n    target = 'assets'\n  [[module.mounts]]\n    source = 'content/en'\n    target = 'content'\n    [module.mounts.sites.matrix]\n      languages = ['en']\n")]
    [InlineData("input/hugo.toml", "[[module.mounts]]\nsource = 'content/fr'\ntarget = 'content'\nlang = 'fr'\n[[module.mounts]]\nsource = 'content/en'\ntarget = 'content'\nlang = 'en'\n")]
    [InlineData("input/hugo.yaml", "Title: Docs\nModule:\n  Mounts:\n    - Source: content/en\n      Target: content\n")]
    [InlineData("input/hugo.json", "{ \"title\": \"Docs\", \"module\": { \"mounts\": [ { \"source\": \"content/en\", \"target\": \"content/\" } ] } }")]
    [InlineData("input/config/_default/module.toml", "[[mounts]]\nsource = 'content/en'\ntarget = 'content'\n")]
    [InlineData("input/config/_default/hugo.yaml", "module:\n  mounts:\n    - source: content/en\n      target: content\n")]
    public void Given_a_hugo_project_mounting_a_folder_as_its_content_When_the_project_is_built_Then_that_folder_is_the_site(string configFile, string config)
    {
        using var site = FixtureSite.Create(Content);
        site.Write(configFile, config);
        if (configFile.EndsWith("module.toml", StringComparison.Ordinal))
        {
            site.Write("input/config/_default/hugo.toml", "title = 'Docs'\n"); // the file that makes the folder a Hugo project
        }

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Home", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h1")!.TextContent);
        Assert.True(site.OutputExists("docs/guide/index.html"));
        Assert.False(site.OutputExists("en/index.html"));
        Assert.False(site.OutputExists("license/index.html"));
    }

    [Theory]
    [InlineData("../elsewhere")]
    [InlineData("linked")]
    public void Given_a_content_mount_from_outside_the_project_When_built_Then_nothing_of_it_is_read_and_the_content_folder_is_built(string source)
    {
        using var site = FixtureSite.Create($$"""
            -- input/hugo.toml --
            title = 'Docs'
            [[module.mounts]]
            source = '{{source}}'
            target = 'content'
            -- input/content/_index.md --
            # Home
            -- elsewhere/_index.md --
            # Build Machine Secret
            -- elsewhere/secret.md --
            # Secret page
            """);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "linked"), Path.Combine(site.Root, "elsewhere"));

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Home", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h1")!.TextContent);
        Assert.False(site.OutputExists("secret/index.html"));
        Assert.DoesNotContain("Build Machine Secret", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_mounted_as_static_When_built_Then_its_files_are_published_at_the_sites_root()
    {
        using var site = FixtureSite.Create("""
            -- input/hugo.toml --
            [[module.mounts]]
            source = 'docs'
            target = 'content'
            [[module.mounts]]
            source = 'public-files'
            target = 'static'
            -- input/docs/_index.md --
            # Home

            ![Logo](/images/logo.svg)
            -- input/public-files/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal("Home", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main h1")!.TextContent);
        Assert.True(site.OutputExists("images/logo.svg"));
    }
}
