using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// MyST's admonitions (<c>:::{note}</c>, <c>```{warning}</c>, <c>{admonition} Title</c>) as a
/// MyST or Jupyter Book reader sees them: boxes of the right kind holding markdown, with no
/// fence, option or directive name shown as text; other colon-fenced directives keep their body.
/// </summary>
public sealed class MystAdmonitionsTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_myst_admonitions_in_both_fences_When_built_Then_each_is_a_box_of_its_kind_with_its_markdown_and_no_directive_text()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser"]
            -- input/index.md --
            # Home

            :::{note}
            :name: first-note
            A colon note with **bold**.
            :::

            ```{warning} The body's first line.
            ```

            :::{admonition} Before you start
            :class: tip
            Check the *version*.
            :::

            ```{admonition} Careful
            ---
            class: danger
            ---
            Data may be lost.
            ```

            ::::{important}
            Outer words.
            :::{hint}
            Inner words.
            :::
            ::::

            :::{seealso}
            [The guide](guide.md)
            :::

            :::{dropdown} More detail
            Folded words.
            :::

            See [the first note](#first-note).
            -- input/guide.md --
            # Guide
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Empty(outcome.Diagnostics);
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var content = page.QuerySelector("main")!;
        var boxes = content.QuerySelectorAll(".markdown-alert").ToList();
        Assert.Equal(["note", "warning", "tip", "caution", "important", "note"], boxes.Select(Kind));
        Assert.Equal("A colon note with bold.", Body(boxes[0]));
        Assert.NotNull(boxes[0].QuerySelector("strong"));
        Assert.Equal("The body's first line.", Body(boxes[1]));
        Assert.Equal("Before you start Check the version.", Body(boxes[2]));
        Assert.Equal("Careful", boxes[3].QuerySelector("strong")!.TextContent);
        Assert.Equal("Careful Data may be lost.", Body(boxes[3]));

        // Alerts do not nest: the inner one is a quote inside the outer, titled by its kind.
        var inner = Assert.Single(boxes[4].QuerySelectorAll("blockquote"));
        Assert.Equal("Hint Inner words.", Normalised(inner.TextContent));
        Assert.StartsWith("Outer words.", Body(boxes[4]), StringComparison.Ordinal);

        Assert.Equal("See also The guide", Body(boxes[5]));
        Assert.Equal("/guide/", boxes[5].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("More detail Folded words.", Normalised(content.TextContent), StringComparison.Ordinal);

        // Nothing of the directives' syntax is left on the page, and the :name: is an anchor.
        foreach (var written in new[] { ":::", "```", "{note}", "{admonition}", ":class:", ":name:", "---", "class: danger", "{dropdown}" })
        {
            Assert.DoesNotContain(written, content.TextContent, StringComparison.Ordinal);
        }

        Assert.NotNull(page.GetElementById("first-note"));
    }

    [Fact]
    public void Given_a_broken_link_inside_a_myst_admonition_When_built_Then_the_error_names_its_own_line()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser"]
            -- input/index.md --
            # Home

            ```{note}
            :class: dropdown
            See [nowhere](missing.md).
            ```
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        Assert.Equal(5, error.Location!.Line);
    }

    private static string Kind(IElement box) =>
        box.ClassList.Single(c => c.StartsWith("markdown-alert-", StringComparison.Ordinal))["markdown-alert-".Length..];

    // The box's text after its own title ("Note").
    private static string Body(IElement box) =>
        Normalised(string.Concat(box.Children.Where(c => !c.ClassList.Contains("markdown-alert-title")).Select(c => c.TextContent + " ")));

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
