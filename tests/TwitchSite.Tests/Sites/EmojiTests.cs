using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Emoji shortcodes (<c>:heavy_check_mark:</c>) are emoji where the site asks for them: <c>emoji: true</c>
/// in <c>_site.yml</c>, or Hugo's <c>enableEmoji = true</c> (gohugoio/hugoDocs sets it), as Hugo shows
/// them; elsewhere, and in code, they stay as written.
/// </summary>
public sealed class EmojiTests
{
    private static readonly HtmlParser Parser = new();

    private const string Page = """
        -- input/content/_index.md --
        # Home

        :heavy_check_mark: Supported, `:tada:` in code, and a smile :) as typed.
        """;

    [Theory]
    [InlineData("input/hugo.toml", "title = 'Docs'\nenableEmoji = true\n", true)]
    [InlineData("input/hugo.yaml", "title: Docs\nEnableEmoji: true\n", true)]
    [InlineData("input/hugo.toml", "title = 'Docs'\n", false)]
    [InlineData("input/hugo.toml", "title = 'Docs'\n[params]\nenableEmoji = true\n", false)]
    public void Given_a_hugo_project_When_built_Then_shortcodes_are_emoji_only_when_it_enables_them(string configFile, string config, bool emoji)
    {
        using var site = FixtureSite.Create(Page);
        site.Write(configFile, config);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var paragraph = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main p")!;
        Assert.Equal(emoji ? "\u2714\uFE0F Supported, :tada: in code, and a smile :) as typed." : ":heavy_check_mark: Supported, :tada: in code, and a smile :) as typed.", paragraph.TextContent);
    }

    [Theory]
    [InlineData("emoji: true\n", "\u2714\uFE0F")]
    [InlineData("emoji: false\n", ":heavy_check_mark:")]
    public void Given_the_emoji_setting_When_built_Then_it_decides_and_wins_over_hugos(string settings, string expected)
    {
        using var site = FixtureSite.Create(Page + "\n-- input/hugo.toml --\nenableEmoji = true\n");
        site.Write("input/content/_site.yml", settings);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.StartsWith(expected + " Supported", Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_emoji_setting_that_is_not_true_or_false_When_built_Then_an_error_at_its_line()
    {
        using var site = FixtureSite.Create(Page + "\n-- input/_site.yml --\ntitle: Docs\nemoji: yes please\n");

        var outcome = site.BuildWithDefaultTheme();

        Assert.Contains("input/_site.yml:2:8: error TW0261: `emoji` must be true or false, not 'yes please'", site.Headers(outcome));
    }
}
