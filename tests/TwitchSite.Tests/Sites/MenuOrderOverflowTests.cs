using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// An order number too large for a menu (<c>weight: 1e30</c>, a <c>_category_.json</c> position of
/// <c>1e999</c>) once stopped the build with TW0001 and an OverflowException when a layout turned it
/// into Liquid's decimal. Now it is reported once at its line and the page is ordered as if it had none.
/// </summary>
public sealed class MenuOrderOverflowTests
{
    [Fact]
    public void Given_a_weight_of_1e30_When_built_Then_TW0104_at_its_line_and_no_unexpected_error()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            ---
            title: H
            weight: 1e30
            ---
            # H
            """);

        var outcome = site.Build();

        Assert.Equal(["input/index.md:3:9: error TW0104: 'weight' is too large for a menu order"], site.Headers(outcome));
        Assert.Contains("ordered as if it had no `weight`", outcome.Diagnostics.Single().Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_category_position_of_1e999_When_built_Then_a_warning_at_its_line_and_the_folder_is_ordered_as_if_it_had_none()
    {
        using var site = FixtureSite.Create("""
            -- docusaurus.config.js --
            module.exports = {};
            -- input/index.md --
            # H
            -- input/s/a.md --
            # A
            -- input/s/_category_.json --
            {
              "label": "S",
              "position": 1e999
            }
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Equal(["input/s/_category_.json:3:1: warning TW0256: '_category_.json' cannot be read: 'position' is too large for a menu order"], site.Headers(outcome));
        Assert.True(site.OutputExists("s/a/index.html"));
    }
}
