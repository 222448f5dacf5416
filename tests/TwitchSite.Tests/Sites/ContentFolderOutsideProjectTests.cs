using TwitchSite.Building;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A project folder built as the input whose generator configuration moves the content folder out
/// of the project (MkDocs' <c>docs_dir</c>, mdBook's <c>src</c>, Hugo's <c>contentDir</c>): as with
/// a Hugo mount from outside, the setting is ignored with a warning at its line (TW0214) and nothing
/// in that folder is read or published.
/// </summary>
public sealed class ContentFolderOutsideProjectTests
{
    [Theory]
    [InlineData("proj/mkdocs.yml", "site_name: x\ndocs_dir: ../outside\n", 2, "docs_dir")]
    [InlineData("proj/book.toml", "[book]\ntitle = \"x\"\nsrc = \"../outside\"\n", 3, "src")]
    [InlineData("proj/hugo.toml", "title = \"x\"\ncontentDir = \"../outside\"\n", 2, "contentDir")]
    [InlineData("proj/config.toml", "baseURL = \"/\"\ncontentDir = \"ABSOLUTE\"\n", 2, "contentDir")]
    [InlineData("proj/.vitepress/config.mts", "export default {\n  title: 'x',\n  srcDir: '../outside',\n}\n", 3, "srcDir")]
    public void A_setting_that_leads_out_of_the_project_is_refused_and_nothing_outside_is_read(string config, string text, int line, string setting)
    {
        using var site = FixtureSite.Create("""
            -- outside/secret.md --
            # Secret

            SECRET-OUTSIDE
            -- proj/index.md --
            # Home
            """);
        site.Write(config, text.Replace("ABSOLUTE", Path.Combine(site.Root, "outside"), StringComparison.Ordinal));

        var outcome = SiteBuilder.Build(new BuildOptions { Input = Path.Combine(site.Root, "proj"), Output = site.Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = true, Today = FixtureSite.TestToday });

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Contains($"{config}:{line}:1: warning TW0214: '{setting}' names a folder outside the project; it is ignored and nothing in it is read", site.Headers(outcome));
        Assert.DoesNotContain(site.OutputFiles().Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("SECRET-OUTSIDE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_setting_inside_the_project_is_not_reported()
    {
        using var site = FixtureSite.Create("""
            -- proj/mkdocs.yml --
            site_name: x
            docs_dir: pages
            -- proj/pages/index.md --
            # Home

            INSIDE
            """);

        var outcome = SiteBuilder.Build(new BuildOptions { Input = Path.Combine(site.Root, "proj"), Output = site.Output, Theme = Themes.ThemeLocator.DefaultTheme, NoSearch = true, Today = FixtureSite.TestToday });

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(site.Headers(outcome), h => h.Contains("TW0214", StringComparison.Ordinal));
        Assert.Contains("INSIDE", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
