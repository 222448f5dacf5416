using AngleSharp.Html.Parser;
using TwitchSite.Building;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>
/// The live preview shows a change to an included file: the pages that include it (mdBook's
/// <c>{{#include}}</c>, MkDocs' <c>--8&lt;--</c>) are rebuilt, though the pages themselves did not change.
/// </summary>
public sealed class IncludeRebuildTests
{
    [Fact]
    public void Given_pages_that_include_a_file_When_the_file_changes_in_a_preview_Then_both_pages_show_the_new_text()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            {{#include snippets/note.txt}}
            -- input/other.md --
            # Other

            --8<-- "snippets/note.txt"
            -- input/snippets/note.txt --
            First wording.
            """);
        var session = new PreviewSession(new BuildOptions { Input = site.Input, Theme = site.Theme, Output = site.Output, Today = FixtureSite.TestToday });
        Assert.True(session.Build([]).Succeeded);
        Assert.Contains("First wording.", site.ReadOutput("index.html"), StringComparison.Ordinal);

        var note = Path.Combine(site.Input, "snippets", "note.txt");
        File.WriteAllText(note, "Second wording.\n");
        var build = session.Build([note]);

        Assert.True(build.Succeeded);
        var parser = new HtmlParser();
        foreach (var page in new[] { "index.html", "other/index.html" })
        {
            var main = parser.ParseDocument(site.ReadOutput(page)).QuerySelector("main")!.TextContent;
            Assert.Contains("Second wording.", main, StringComparison.Ordinal);
            Assert.DoesNotContain("First wording.", main, StringComparison.Ordinal);
        }
    }
}
