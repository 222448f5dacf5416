using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// What the 2026-12-03 fourteenth-session round found in docs written for other generators, each
/// as a small fixture written here: pymdownx.blocks (<c>/// note | Title</c>, <c>//// tab | Python</c>),
/// MkDocs Material's content tabs (<c>=== "Tab"</c>) and pymdownx.details (<c>??? note</c>),
/// sphinx-design's tabs, grids and cards in backtick fences, class containers (<c>:::bg-primary</c>),
/// and Just the Docs' callouts (<c>{: .note }</c>). None may show its syntax as text, and lines keep
/// their numbers.
/// </summary>
public sealed class RealDocsThirdQaTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_pymdownx_blocks_When_built_Then_admonitions_are_alerts_and_tabs_are_titled_sections_without_slashes()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            /// tip
            Use **types**.
            ///

            /// warning | Mind the gap
            Between trains.
            ///

            /// details | Folded words
                type: danger
                open: True

            Hidden at first.
            ///

            //// tab | Python 3.10+

            ```python
            x: int | None = None
            ```

            ////

            //// tab | Python 3.8+
            Older syntax here.
            ////

            /// html | div
            Inside a div.
            ///
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var content = page.QuerySelector("main .prose")!;
        Assert.DoesNotContain("//", Text(content), StringComparison.Ordinal);
        Assert.DoesNotContain("type:", Text(content), StringComparison.Ordinal);
        var boxes = content.QuerySelectorAll(".markdown-alert").ToList();
        Assert.Equal(["tip", "warning", "caution"], boxes.Select(Kind));
        Assert.Equal("Use types.", Body(boxes[0]));
        Assert.Equal("Mind the gap Between trains.", Body(boxes[1]));
        Assert.Equal("Folded words Hidden at first.", Body(boxes[2]));
        // Each tab's title is a line of its own, in bold, before its body: the code, or the text after a line break.
        var titles = content.QuerySelectorAll(":scope > p > strong").Select(s => s.TextContent).ToList();
        Assert.Equal(["Python 3.10+", "Python 3.8+"], titles);
        Assert.NotNull(content.QuerySelector("pre code.language-python"));
        Assert.Equal("BR", content.QuerySelectorAll(":scope > p > strong")[1].NextElementSibling?.TagName);
        Assert.Contains("Inside a div.", Text(content), StringComparison.Ordinal);
        Assert.DoesNotContain("div Inside", Text(content), StringComparison.Ordinal);
    }

    // An MkDocs admonition's body is the lines indented under it: the first line back at the
    // margin ends it, even when that line opens another kind of box (pymdownx.blocks, Docusaurus,
    // MyST, a Just the Docs callout). These were put inside the MkDocs box as a second, quoted
    // "[!TIP]" line.
    [Fact]
    public void Given_an_mkdocs_admonition_followed_by_another_kind_of_box_at_the_margin_When_built_Then_they_are_two_boxes_side_by_side()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            !!! warning "Careful"
                Root is risky.

            /// tip | Pro tip
            Use a venv.
            ///

            !!! note
                First note.

            :::tip
            Docusaurus tip.
            :::

            !!! note
                Second note.

            ```{important}
            MyST box.
            ```

            !!! danger
                Third.

            {: .warning }
            Callout after.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.DoesNotContain("[!", Text(content), StringComparison.Ordinal);
        var boxes = content.QuerySelectorAll(":scope > .markdown-alert").ToList();
        Assert.Equal(["warning", "tip", "note", "tip", "note", "important", "caution", "warning"], boxes.Select(Kind));
        Assert.Equal("Careful Root is risky.", Body(boxes[0]));
        Assert.Equal("Pro tip Use a venv.", Body(boxes[1]));
        Assert.Equal("Docusaurus tip.", Body(boxes[3]));
        Assert.Equal("Callout after.", Body(boxes[7]));
    }

    [Fact]
    public void Given_mkdocs_content_tabs_and_details_When_built_Then_tab_bodies_are_markdown_and_nested_admonitions_are_boxes()
    {
        // No "!!!" on the page: "???" alone must be enough for the page to be read for other generators' syntax.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            === "pip"

                Install with *pip*.

                ??? note "Nested"
                    Inside the note.

            === "uv"
                Install with uv.

            ???+ warning "Careful"
                Folded body.

            Back at the top.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.Null(content.QuerySelector("pre")); // before: each tab's indented body was a code block
        Assert.DoesNotContain("===", Text(content), StringComparison.Ordinal);
        Assert.DoesNotContain("???", Text(content), StringComparison.Ordinal);
        Assert.Equal(["pip", "uv"], content.QuerySelectorAll(":scope > p > strong").Select(s => s.TextContent));
        Assert.Equal("Install with pip.", content.QuerySelector("p em")!.ParentElement!.TextContent.Trim());
        var boxes = content.QuerySelectorAll(".markdown-alert").ToList();
        Assert.Equal(["note", "warning"], boxes.Select(Kind));
        Assert.Equal("Nested Inside the note.", Body(boxes[0]));
        Assert.Equal("Careful Folded body.", Body(boxes[1]));
        var last = content.Children[^1];
        Assert.Equal("Back at the top.", last.TextContent.Trim());
        Assert.Equal("P", last.TagName);
    }

    [Fact]
    public void Given_sphinx_design_tabs_grids_and_cards_in_backtick_fences_When_built_Then_they_show_their_content_not_code()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser", "sphinx_design"]
            -- input/index.md --
            # Home

            ````{tab-set}
            ```{tab-item} Linux
            Use the package manager.
            ```
            ```{tab-item} Windows
            :sync: win

            Use the installer.
            ```
            ````

            ````{grid} 1 2 2 2
            :gutter: 1

            ```{grid-item-card} Fast
            Builds in seconds.
            ```
            ````

            :::{card} Card title
            Card header
            ^^^
            Card body
            +++
            Card footer
            :::

            :::bg-primary
            Kept as it is.
            :::
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.Null(content.QuerySelector("pre")); // before: the backtick-fenced directives were code blocks
        var text = Text(content);
        foreach (var raw in new[] { "```", ":::", "{tab", "{grid", ":sync:", ":gutter:", "^^^", "+++", "bg-primary" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }

        Assert.Equal(["Linux", "Windows", "Fast", "Card title"], content.QuerySelectorAll("p > strong").Select(s => s.TextContent));
        Assert.Contains("Use the package manager.", text, StringComparison.Ordinal);
        Assert.Contains("Builds in seconds.", text, StringComparison.Ordinal);
        Assert.Equal(["Card title\nCard header", "Card body", "Card footer", "Kept as it is."],
            content.QuerySelectorAll("p").Skip(4).Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public void Given_just_the_docs_callouts_When_built_Then_they_are_alerts_with_their_titles_and_no_template_warning()
    {
        using var site = FixtureSite.Create("""
            -- input/_config.yml --
            title: Demo
            callouts:
              warning: { title: Warning, color: red }
            -- input/index.md --
            # Home

            {: .warning }
            Back up first,
            then upgrade.

            After the callout.

            A paragraph the list after it names.
            {: .important }

            {: .note-title }
            > Good to know
            >
            > Titles come from the quote.

            The last words.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        var boxes = content.QuerySelectorAll(".markdown-alert").ToList();
        Assert.Equal(["warning", "important", "note"], boxes.Select(Kind));
        Assert.Equal("Back up first, then upgrade.", Body(boxes[0]));
        Assert.Equal("Good to know", boxes[2].QuerySelector("p > strong")!.TextContent);
        Assert.Equal("Good to know Titles come from the quote.", Body(boxes[2]));
        Assert.Equal("A paragraph the list after it names.", Body(boxes[1]));
        Assert.Contains(content.QuerySelectorAll(":scope > p"), p => p.TextContent == "After the callout.");
        Assert.Contains(content.QuerySelectorAll(":scope > p"), p => p.TextContent == "The last words.");
    }

    [Fact]
    public void Given_jekyll_highlight_and_raw_blocks_When_built_Then_highlight_is_code_and_raw_text_is_shown_as_written_without_warnings()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            {% highlight markdown linenos %}
            ```js
            let shown = true;
            ```
            {% endhighlight %}

            {% raw %}
                {% include nav.html depth=2 %}
            {% endraw %}

            Write {% raw %}`{{ page.title }}`{% endraw %} in a layout.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.Empty(outcome.Diagnostics); // before: each tag was "template syntax removed" (TW0250)
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        var blocks = content.QuerySelectorAll("pre code").ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal("language-markdown", blocks[0].ClassName);
        Assert.Equal("```js\nlet shown = true;\n```", blocks[0].TextContent.Trim());
        Assert.Equal("{% include nav.html depth=2 %}", blocks[1].TextContent.Trim());
        Assert.Equal("{{ page.title }}", content.QuerySelector("p code")!.TextContent);
        Assert.DoesNotContain("raw %}", content.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_markdown_include_lines_When_built_Then_the_files_are_put_in_place_and_one_outside_the_project_is_refused_at_its_line()
    {
        // FastAPI's docs show their examples as "{!> ../docs_src/app.py !}" inside code fences (mdx_include).
        using var site = FixtureSite.Create("""
            -- mkdocs.yml --
            site_name: Demo
            docs_dir: input
            -- src/app.py --
            print("from the project")
            -- input/index.md --
            # Home

            ```python
            {!> ../src/app.py !}
            ```

            {! parts/note.md | utf-8 !}

            Written as is: \{! parts/note.md !}
            -- input/parts/note.md --
            Shared **words**.
            -- input/outside.md --
            # Outside

            ```python
            {!../../outside.py!}
            ```
            """);

        var outcome = site.Build(); // fails: the include outside the project is refused

        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("TW0252", error.Code);
        Assert.EndsWith("outside.md", error.Location!.FullPath, StringComparison.Ordinal);
        Assert.Equal(4, error.Location.Line);
        File.Delete(Path.Combine(site.Input, "outside.md"));
        Assert.True(site.Build().Succeeded);
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.Equal("print(\"from the project\")", content.QuerySelector("pre code")!.TextContent.Trim());
        Assert.Equal("words", content.QuerySelector("p strong")!.TextContent);
        Assert.Contains("Written as is: {! parts/note.md !}", content.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_html_elements_closed_right_before_markdown_When_built_Then_the_markdown_after_them_is_markdown_as_kramdown_reads_it()
    {
        // Just the Docs writes an example's result in a div and its source in a fence on the very next line.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            <div class="example">
            <p>Shown as HTML.</p>
            </div>
            ```markdown
            # Not a heading: code
            ```

            <div class="example" markdown="1">
            Text with **markdown** and [a link]({{ site.baseurl }}/).
            </div>
            ```markdown
            [a link]({{ site.baseurl }}/)
            ```
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome))); // before: TW0301 for '{{ site.baseurl }}/'
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.Equal(["# Not a heading: code", "[a link]({{ site.baseurl }}/)"], content.QuerySelectorAll("pre code").Select(c => c.TextContent.Trim()));
        Assert.Equal("Shown as HTML.", content.QuerySelector("div.example > p")!.TextContent);
        Assert.Equal("markdown", content.QuerySelector("p > strong")!.TextContent);
        Assert.Equal("/", content.QuerySelector("p > a")!.GetAttribute("href"));
        Assert.DoesNotContain("markdown=", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_myst_target_a_comment_or_sphinx_file_fields_before_the_title_heading_When_built_Then_the_page_has_one_h1()
    {
        using var site = FixtureSite.Create("""
            -- conf.py --
            extensions = ["myst_parser"]
            -- input/index.md --
            # Home

            [Cards](cards.md) [Tabs](tabs.md)
            -- input/cards.md --
            (sd-cards)=

            # Cards

            Text.
            -- input/tabs.md --
            <!-- Shared header, not shown. -->

            # Tabs
            -- input/child.md --
            :orphan:
            :tocdepth: 2

            # Child

            Words.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        foreach (var (page, title) in new[] { ("cards/index.html", "Cards"), ("tabs/index.html", "Tabs"), ("child/index.html", "Child") })
        {
            var document = Parser.ParseDocument(site.ReadOutput(page));
            var heading = Assert.Single(document.QuerySelectorAll("h1")); // before: the layout's h1 and the page's own
            Assert.Equal(title, heading.TextContent.Trim());
        }

        Assert.NotNull(Parser.ParseDocument(site.ReadOutput("cards/index.html")).GetElementById("sd-cards"));
        Assert.DoesNotContain(":orphan:", site.ReadOutput("child/index.html"), StringComparison.Ordinal); // Sphinx's file-wide fields
        Assert.DoesNotContain(":tocdepth:", site.ReadOutput("child/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_kramdown_class_lists_on_lines_of_their_own_When_built_Then_they_go_quietly_and_an_id_list_still_warns()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            Lead words.
            {: .fs-6 .fw-300 }

            [Get started](guide.md){: .btn .btn-primary }
            -- input/guide.md --
            # Guide

            Named words.
            {: #named }
            """);

        var outcome = site.Build();

        var warning = Assert.Single(outcome.Diagnostics); // before: one for each page
        Assert.Equal("TW0250", warning.Code);
        Assert.EndsWith("guide.md", warning.Location!.FullPath, StringComparison.Ordinal);
        var content = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.DoesNotContain("{:", content.TextContent, StringComparison.Ordinal);
        Assert.Equal("btn btn-primary", content.QuerySelector("a[href='/guide/']")!.ClassName);
    }

    [Theory]
    [InlineData("ancestor: Page X")] // Just the Docs: a parent's parent further up
    [InlineData("nav_enabled: false")] // Just the Docs
    [InlineData("sd_hide_title: true")] // sphinx-design
    [InlineData("readtime: 15")] // MkDocs Material's blog
    [InlineData("links:\n  - setup/setting-up-a-blog.md")] // MkDocs Material's blog: related links
    [InlineData("pin: true")] // MkDocs Material's blog
    [InlineData("social:\n  cards: false")] // MkDocs Material's social cards
    public void Given_another_generators_navigation_key_When_built_Then_it_is_accepted_quietly(string key)
    {
        using var site = FixtureSite.Create("-- input/index.md --\n---\ntitle: Home\n" + key + "\n---\n\nText.\n");

        var outcome = site.Build();

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0105");
    }

    [Theory]
    [InlineData("//// tab | One\n\n/// note | Title\nText.\n///\n\n[gone](missing.md)\n////\n", 9)]
    [InlineData("=== \"One\"\n\n    !!! note\n        Text.\n\n    [gone](missing.md)\n", 8)]
    [InlineData("````{tab-set}\n```{tab-item} One\n:sync: one\n\n[gone](missing.md)\n```\n````\n", 7)]
    [InlineData("{: .note }\nSee\n[gone](missing.md).\n", 5)]
    public void Given_a_broken_link_inside_a_converted_block_When_built_Then_the_error_names_its_own_line(string block, int line)
    {
        using var site = FixtureSite.Create("-- input/index.md --\n# Home\n\n" + block);

        var outcome = site.Build();

        var error = Assert.Single(outcome.Diagnostics, d => d.Code.StartsWith("TW03", StringComparison.Ordinal));
        Assert.Equal(line, error.Location!.Line);
    }

    private static string Kind(IElement box) =>
        box.ClassList.Single(c => c.StartsWith("markdown-alert-", StringComparison.Ordinal))["markdown-alert-".Length..];

    // The box's text after its own title ("Note").
    private static string Body(IElement box) =>
        Normalised(string.Concat(box.Children.Where(c => !c.ClassList.Contains("markdown-alert-title")).Select(c => c.TextContent + " ")));

    private static string Text(IElement element) => element.TextContent;

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
