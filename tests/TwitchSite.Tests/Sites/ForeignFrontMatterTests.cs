using AngleSharp.Html.Parser;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Front matter no YAML reader accepts (curl's <c>Short: :</c> on 4 of its pages) in a docs folder
/// written for another tool is a warning (TW0108) at its line, and the page is built without it, as
/// GitHub shows it; a site that declares its own schema keeps the error (TW0102) and fails.
/// </summary>
public sealed class ForeignFrontMatterTests
{
    private const string BrokenPage = """
        -- input/README.md --
        # Docs

        See [next](next.md).
        -- input/next.md --
        ---
        c: Copyright
        Short: :
        Long: next
        ---

        # next

        Tells curl to make the next transfer.
        """;

    [Fact]
    public void Given_a_foreign_docs_folder_with_invalid_yaml_front_matter_When_built_Then_a_warning_at_the_line_and_the_page_is_built()
    {
        using var site = FixtureSite.Create(BrokenPage);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0108");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(3, warning.Location!.Line);
        Assert.StartsWith("front matter ignored: invalid YAML: ", warning.Message, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("next/index.html"));
        Assert.Equal("next", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Tells curl", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_site_with_its_own_schema_and_invalid_yaml_front_matter_When_built_Then_TW0102_fails_the_build_as_before()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            required_front_matter: [title]
            """ + "\n" + BrokenPage);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0102");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0108");
    }
}
