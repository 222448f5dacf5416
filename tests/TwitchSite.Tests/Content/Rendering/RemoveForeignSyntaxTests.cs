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

    [Theory]
    [InlineData("{{< hextra/feature-card\n  title=\"Fast\"\n  subtitle=\"Builds in seconds\"\n>}}\n")]
    [InlineData("{{% hextra/feature-card\n  title=\"Fast\"\n  subtitle=\"Builds in seconds\"\n%}}\n")]
    [InlineData("{{< hextra/feature-card title=\"Fast\"\n  subtitle=\"Builds in seconds\" >}}\n")]
    public void Given_a_hugo_shortcode_spread_over_several_lines_When_removed_Then_all_of_it_goes_and_it_is_counted_at_its_first_line(string shortcode)
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply("Text.\n\n{{< youtube abc >}}\n\n" + shortcode + "\nAfter.\n", StepSupport.Page, sink, out var removedAny);

        Assert.True(removedAny);
        Assert.DoesNotContain("}}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("title=", body, StringComparison.Ordinal);
        Assert.DoesNotContain(">", body, StringComparison.Ordinal); // no line left to become a quote
        Assert.Equal(("Text.\n\n{{< youtube abc >}}\n\n" + shortcode + "\nAfter.\n").Split('\n').Length, body.Split('\n').Length);
        Assert.EndsWith("\nAfter.\n", body, StringComparison.Ordinal);
        var warning = Assert.Single(sink.All);
        Assert.Equal(("TW0250", 6), (warning.Code, warning.Location!.Line));
        Assert.Contains("(and 1 more in this file)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_hugo_admonition_shortcode_spread_over_several_lines_When_rewritten_Then_it_is_an_alert_like_the_one_line_form()
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply("{{< callout\n  type=\"warning\"\n>}}\nBack up first.\n{{< /callout >}}\n", StepSupport.Page, sink, out var removedAny);

        Assert.StartsWith("> [!WARNING]\n", body, StringComparison.Ordinal);
        Assert.Contains("> Back up first.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", body, StringComparison.Ordinal);
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }

    [Theory]
    [InlineData("```go\n{{< hextra/feature-card\n  title=\"Fast\"\n>}}\n```\n")]
    [InlineData("Text.\n\n    {{< hextra/feature-card\n      title=\"Fast\"\n    >}}\n")]
    [InlineData("Write `{{< card` and\nthen `>}}` after its arguments.\n")]
    [InlineData("# Title\n    {{< youtube abc >}}\n")]
    [InlineData("    {{< youtube abc >}}\n\n    {{% hint %}}\n")]
    [InlineData("Text.\n\n    first line of code\n\n    {{< youtube abc >}}\n    {{% hint %}}\n")]
    public void Given_a_shortcode_in_code_When_rewritten_Then_it_stays_as_written(string markdown)
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply(markdown, StepSupport.Page, sink, out var removedAny);

        Assert.Equal(markdown, body);
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }

    // A fence may open on a list item's line, in a quote, or in a quote in a list item
    // (rust-embedded/book's "* ```ignore" with "PA1<N>" in it): what it holds is code all the same.
    [Theory]
    [InlineData("* ```ignore\n  f: impl FnOnce(&mut PA1<N>) -> R,\n  {{ site.x }}\n  ```\n* text after\n")]
    [InlineData("- ```rust\n  let v: Vec<T> = {% raw %};\n  ```\n")]
    [InlineData("1. ~~~\n   <Config /> {{< x >}}\n   ~~~\n2) ```\n   <Tabs>\n   ```\n")]
    [InlineData("> * ```\n>   {{ base_url }} <Foo>\n>   ```\n")]
    [InlineData("* > - ```\n  >   {{ base_url }} <Foo>\n  >   ```\n")]
    [InlineData("+ Item\n\n  ```\n  <Bar> {{ y }}\n  ```\n")]
    public void Given_a_fence_opening_in_a_list_item_or_quote_When_rewritten_Then_its_code_stays_as_written(string markdown)
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply(markdown, StepSupport.Page, sink, out var removedAny);

        Assert.Equal(markdown, body);
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }

    [Fact]
    public void Given_a_list_item_starting_with_a_code_span_of_three_backticks_When_rewritten_Then_the_text_after_it_is_still_read()
    {
        // "* ```x``` then" is a code span, not a fence (a backtick fence's info string has no backtick).
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply("* ```x``` then {{< youtube abc >}}\n", StepSupport.Page, sink, out var removedAny);

        Assert.Equal("* ```x``` then \n", body);
        Assert.True(removedAny);
    }

    [Theory]
    [InlineData("Write {{</* callout */>}} to open a box.\n", "Write {{< callout >}} to open a box.\n")]
    [InlineData("Write {{%/* hint danger */%}} to open a box.\n", "Write {{% hint danger %}} to open a box.\n")]
    [InlineData("Write {{</*callout*/>}} to open a box.\n", "Write {{\\<callout>}} to open a box.\n")]
    [InlineData("Write `{{</* callout type=\"info\" */>}}` to open a box.\n", "Write `{{< callout type=\"info\" >}}` to open a box.\n")]
    [InlineData("```go-html-template\n{{</* callout */>}}\nText.\n{{%/* /callout */%}}\n```\n", "```go-html-template\n{{< callout >}}\nText.\n{{% /callout %}}\n```\n")]
    [InlineData("    {{</* youtube abc */>}}\n", "    {{< youtube abc >}}\n")]
    [InlineData("```\n{{</* hextra/feature-card\n  title=\"Fast\"\n*/>}}\n```\n", "```\n{{< hextra/feature-card\n  title=\"Fast\"\n>}}\n```\n")]
    public void Given_hugo_escaped_shortcodes_When_rewritten_Then_they_show_the_shortcode_as_hugo_does_and_nothing_is_removed(string markdown, string expected)
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply(markdown, StepSupport.Page, sink, out var removedAny);

        Assert.Equal(expected, body);
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }

    [Fact]
    public void Given_an_escaped_shortcode_over_several_lines_in_text_When_rewritten_Then_it_is_shown_on_one_line_and_no_line_is_a_quote()
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply("Write\n{{</* card\n  title=\"Fast\"\n*/>}}\nfor a card.\n", StepSupport.Page, sink, out var removedAny);

        Assert.Contains("{{< card title=\"Fast\" >}}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n>", body, StringComparison.Ordinal);
        Assert.False(removedAny);
        Assert.Empty(sink.All);
    }

    [Theory]
    [InlineData("- Step one\n\n    {{< hextra/feature-card\n      title=\"Fast\"\n    >}}\n")]
    [InlineData("1. Step one\n   more of it\n\n    {{< youtube abc >}}\n")]
    [InlineData("Text.\n    {{< youtube abc >}}\n")]
    public void Given_a_shortcode_indented_under_a_list_item_or_a_paragraph_When_rewritten_Then_it_is_removed_as_it_is_not_code(string markdown)
    {
        var sink = new DiagnosticSink();

        var body = RemoveForeignSyntax.Apply(markdown, StepSupport.Page, sink, out var removedAny);

        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", body, StringComparison.Ordinal);
        Assert.True(removedAny);
        Assert.Equal("TW0250", Assert.Single(sink.All).Code);
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
