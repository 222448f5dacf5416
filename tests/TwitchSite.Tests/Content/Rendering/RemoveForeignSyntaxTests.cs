using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class RemoveForeignSyntaxTests
{
    [Fact]
    public void Given_hugo_shortcodes_When_removed_Then_one_warning_names_the_first_at_its_file_line_and_counts_the_rest()
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply("Text.\n\n{{< youtube abc >}}\n\n{{< note >}}\n", StepSupport.Page, sink, out var removedAny);

        Assert.DoesNotContain("{{<", body, StringComparison.Ordinal);
        Assert.True(removedAny);
        var warning = Assert.Single(sink.All);
        Assert.Equal(("TW0250", 6), (warning.Code, warning.Location!.Line));
        Assert.Contains("(and 1 more in this file)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_plain_markdown_When_checked_Then_it_is_unchanged_and_nothing_is_reported()
    {
        var sink = new DiagnosticSink();

        Assert.Equal("Just *text*.\n", RemoveForeignSyntax.Apply("Just *text*.\n", StepSupport.Page, sink, out var removedAny));
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }
}
