using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// What the 2026-12-04 twentieth-session round found building the Rust book (mdBook), uv (MkDocs
/// Material), Jest's docs (Docusaurus) and Homebrew's docs (Jekyll with kramdown), each as a small
/// fixture written here: a page opened by a heading below h1 (its title shown twice), code block
/// titles, component tags whose attributes hold <c>&lt;</c>, entities in headings, and kramdown's
/// <c>{:toc}</c> list of any text.
/// </summary>
public sealed class RealDocsFourthQaTests
{
    private static readonly HtmlParser Parser = new();

    // mdBook prints no title of its own: a chapter opened by "## Title" shows that heading alone. The
    // page's title (from SUMMARY.md) was printed as an h1 above the same words in an h2, and "On this
    // page" had one entry (the h2) and was hidden.
    [Fact]
    public void Given_mdbook_chapters_opened_by_an_h2_When_built_with_the_default_theme_Then_the_heading_is_the_one_h1_and_the_sections_are_listed()
    {
        using var site = FixtureSite.Create("""
            -- input/SUMMARY.md --
            # Summary

            - [Smart Pointers](ch15-00.md)
              - [Using `Box<T>` to Point to Data on the Heap](ch15-01-box.md)
            - [A - Keywords](appendix-01.md)
            -- input/ch15-00.md --
            <!-- Old headings. Do not remove or links may break. -->

            <a id="old-smart-pointers"></a>

            # Smart Pointers

            Text.
            -- input/ch15-01-box.md --
            <!-- a comment first shows nothing -->

            ## Using `Box<T>` to Point to Data on the Heap

            Text.

            ### Storing Data on the Heap

            Text.

            ### Enabling Recursive Types

            #### Understanding the Cons List

            Text.

            ## Summary

            Text.
            -- input/appendix-01.md --
            ## Appendix A: Keywords

            Text.

            ### Strict keywords
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var box = Parser.ParseDocument(site.ReadOutput("ch15-01-box/index.html"));
        Assert.Equal(["Using Box<T> to Point to Data on the Heap"], box.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.Equal("using-boxt-to-point-to-data-on-the-heap", box.QuerySelector("h1")!.Id); // links to it still land
        Assert.DoesNotContain(box.QuerySelectorAll("h2"), h => h.TextContent.Contains("Box", StringComparison.Ordinal));
        Assert.StartsWith("Using Box<T> to Point to Data on the Heap", box.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Storing Data on the Heap", "Enabling Recursive Types", "Understanding the Cons List", "Summary"],
            box.QuerySelectorAll("nav.toc a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Understanding the Cons List"], box.QuerySelectorAll("nav.toc li li a").Select(a => a.TextContent.Trim()));

        // The summary names the page otherwise: mdBook still shows the page's heading alone, and the summary's words in the tab.
        var appendix = Parser.ParseDocument(site.ReadOutput("appendix-01/index.html"));
        Assert.Equal(["Appendix A: Keywords"], appendix.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.StartsWith("A - Keywords", appendix.Title, StringComparison.Ordinal);

        var chapter = Parser.ParseDocument(site.ReadOutput("ch15-00/index.html"));
        Assert.Equal(["Smart Pointers"], chapter.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
    }

    // Outside a book: a page whose title is the text of the heading that opens it shows that heading
    // once, as its h1, in the site's theme too.
    [Fact]
    public void Given_pages_opened_by_a_heading_below_h1_naming_them_When_built_with_the_site_theme_Then_each_has_one_h1()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Home

            Text.
            -- input/guide.md --
            ---
            title: Getting started
            ---

            ## Getting Started

            Text.

            ### Install

            ### Run
            -- input/install.md --
            ## Installing the tool

            Text.

            ### On Linux
            -- input/other.md --
            ---
            title: Other words
            ---

            ## A first section

            Text.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var guide = Parser.ParseDocument(site.ReadOutput("guide/index.html"));
        Assert.Equal(["Getting Started"], guide.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Install", "Run"], guide.QuerySelectorAll("nav.toc a").Select(a => a.TextContent.Trim()));
        // A heading that does not name the page is a section of it: the title stays the h1 above it
        // (a page without a title is named by its file, as in MkDocs and Docusaurus).
        var install = Parser.ParseDocument(site.ReadOutput("install/index.html"));
        Assert.Equal(["Install"], install.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Installing the tool"], install.QuerySelectorAll(".prose h2").Select(h => h.TextContent.Trim()));
        var other = Parser.ParseDocument(site.ReadOutput("other/index.html"));
        Assert.Equal(["Other words"], other.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.Equal(["A first section"], other.QuerySelectorAll(".prose h2").Select(h => h.TextContent.Trim()));
    }

    // The Rust book's "<Listing ... caption="... `RefCell<T>` ...">": a "<" inside a quoted value
    // ended the tag's match, so the opening tag stayed in the page (the warning said it was removed).
    [Fact]
    public void Given_component_tags_whose_quoted_attributes_hold_angle_brackets_and_backticks_When_built_Then_every_tag_is_removed_and_the_body_stays()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Cycles

            <Listing number="15-26" file-name="src/main.rs" caption="Creating a reference cycle of two `List` values pointing to each other">

            ```rust
            fn main() {}
            ```

            </Listing>

            <Listing number="15-27" caption='A `RefCell<T>` holding a "value" > 1'>

            Inside the first.

            </Listing>

            <Listing number="15-28"
              file-name="src/lib.rs"
              caption="Over `Rc<T>` and
              `Weak<T>`, on lines">

            Inside the second.

            </Listing>

            After them.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var html = site.ReadOutput("index.html");
        Assert.DoesNotContain("Listing", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("caption", html, StringComparison.Ordinal);
        Assert.DoesNotContain("file-name", html, StringComparison.Ordinal);
        var prose = Parser.ParseDocument(html).QuerySelector("main .prose")!;
        Assert.NotNull(prose.QuerySelector("pre code.language-rust"));
        Assert.Equal(["Inside the first.", "Inside the second.", "After them."], prose.QuerySelectorAll(":scope > p").Select(p => p.TextContent.Trim()));
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0250");
        Assert.Equal(3, warning.Location?.Line);
        Assert.Contains("(and 5 more in this file)", warning.Message, StringComparison.Ordinal);
        // Lines keep their numbers: the tag over three lines took its lines with it, not the lines after.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == TwitchSite.Engine.Diagnostics.Severity.Error);
    }

    // Jest's "### `coveragePathIgnorePatterns` \[array&lt;string&gt;]": the entities were left out of
    // the heading's text, so "On this page" read "[arraystring]"; links to its id from other pages
    // were written for the text with "<" and ">" dropped, as Docusaurus makes it.
    [Fact]
    public void Given_a_heading_with_entities_When_built_Then_the_contents_list_shows_its_text_escaped_once()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Configuration

            See [the patterns](#coveragepathignorepatterns-arraystring).

            ## `coveragePathIgnorePatterns` \[array&lt;string&gt;]

            Text.

            ## Fish &amp; chips &#x2014; &copy;

            Text.
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var html = site.ReadOutput("index.html");
        var page = Parser.ParseDocument(html);
        Assert.Equal(
            ["coveragePathIgnorePatterns [array<string>]", "Fish & chips \u2014 \u00a9"],
            page.QuerySelectorAll("nav.toc a").Select(a => a.TextContent.Trim()));
        Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("coveragepathignorepatterns-arraystring"));
    }

    // Homebrew's "* Table of Contents" then "{:toc}": kramdown replaces any one-item list marked
    // {:toc} with the page's contents, whatever the item says; only "TOC" was known, so the list
    // stayed a lone bullet and "{:toc}" was reported as removed template syntax.
    [Fact]
    public void Given_kramdown_toc_lists_of_any_text_When_built_Then_each_is_the_contents_without_no_toc_headings()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # FAQ

            * Table of Contents
            {:toc}

            ## First question

            ## Not in the contents
            {:.no_toc}

            ### Under it

            ## Second question
            -- input/ordered.md --
            # Ordered

            1. this list is replaced
            {:toc}

            ## Only section

            ## Last section
            {: .no_toc }
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250");
        var faq = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.DoesNotContain("Table of Contents", faq.TextContent, StringComparison.Ordinal);
        Assert.Equal(["First question", "Under it", "Second question"], faq.QuerySelectorAll("nav.toc-inline a").Select(a => a.TextContent));
        Assert.NotNull(faq.QuerySelector("h2#not-in-the-contents"));
        var ordered = Parser.ParseDocument(site.ReadOutput("ordered/index.html")).QuerySelector("main .prose")!;
        Assert.DoesNotContain("replaced", ordered.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Only section"], ordered.QuerySelectorAll("nav.toc-inline a").Select(a => a.TextContent));
    }

    // uv's uninstall steps: content tabs and admonitions indented under a numbered item belong to
    // the item, as MkDocs renders them. The first tab's title was written at the margin (ending the
    // list) and the rest of the item's tabs printed as code.
    [Fact]
    public void Given_mkdocs_tabs_and_admonitions_inside_a_list_item_When_built_Then_they_stay_in_the_item()
    {
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Uninstall

            1.  Clean up stored data (optional):

                ```console
                $ uv cache clean
                ```

                !!! tip

                    Before removing the binaries, remove the data.

            2.  Remove the binaries:

                === "macOS and Linux"

                    ```console
                    $ rm ~/.local/bin/uv
                    ```

                === "Windows"

                    ```pwsh-session
                    PS> rm $HOME\.local\bin\uv.exe
                    ```

                !!! note "Older versions"

                    Prior to 0.5.0, uv was installed into `~/.cargo/bin`.

                Then restart the shell.

            ## Next steps

            Read on.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var prose = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        var items = prose.QuerySelectorAll(":scope > ol > li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Single(prose.QuerySelectorAll("ol"));
        // Alerts exist only at the top of a page: in an item an admonition is a quote titled in bold.
        Assert.Equal(["Tip"], items[0].QuerySelectorAll("blockquote > p:first-child > strong").Select(s => s.TextContent));
        Assert.Contains("remove the data", items[0].QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["macOS and Linux", "Windows", "Older versions"], items[1].QuerySelectorAll("strong").Select(s => s.TextContent));
        Assert.Equal(2, items[1].QuerySelectorAll("pre > code").Length);
        Assert.Contains("$ rm ~/.local/bin/uv", items[1].QuerySelectorAll("pre > code")[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("===", prose.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("```", prose.TextContent, StringComparison.Ordinal);
        Assert.Contains("Prior to 0.5.0", items[1].QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Then restart the shell.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Next steps", prose.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void Given_mkdocs_tabs_indented_under_an_option_body_that_is_no_list_When_built_Then_their_code_is_a_code_block_not_text()
    {
        // mkdocs-material documents options as an HTML comment then a ":   " body; tabs indented
        // under it were pulled into an indented code block, fences shown as text, once the
        // list-item margin above was kept for them too.
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Privacy

            <!-- md:option consent.cookies -->

            :   <!-- md:default none --> Adds cookies of your own or renames
                the built-in ones, which are:

                - __Analytics__ – `analytics`
                - __Repository__ – `repo`

                Each cookie is a key of the `cookies` map:

                ===  "Custom cookie name"

                    ``` yaml
                    extra:
                      consent: true
                    ```

                ===  "Custom initial state"

                    ``` yaml
                    extra:
                      consent: false
                    ```

            ## Later

            !!! tip "A tip"

                Text of the tip.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var prose = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        Assert.Contains(prose.QuerySelectorAll("pre > code"), code => code.TextContent.Contains("consent: true", StringComparison.Ordinal) && !code.TextContent.Contains("```", StringComparison.Ordinal));
        Assert.Contains(prose.QuerySelectorAll("strong"), strong => strong.TextContent == "Custom cookie name");
        Assert.DoesNotContain(prose.QuerySelectorAll("pre > code"), code => code.TextContent.Contains("**Custom", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_docusaurus_admonitions_inside_list_items_When_built_Then_the_list_goes_on_with_each_note_in_its_item()
    {
        // Docusaurus renders a ":::note" indented under a step inside that step; it had ended the
        // list, so the steps after it restarted as new lists ("2.", "3." each alone).
        using var site = FixtureSite.Create("""
            -- input/index.md --
            # Steps

            1. Install the tool:

               ```bash
               npm install x
               ```

               :::note

               You need Node 18.

               :::

            2. Run it:

               :::tip Fast path
               Use `x --fast`.
               :::

            3. Done.

            :::warning
            At the top, a box as before.
            :::
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var prose = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose")!;
        var list = Assert.Single(prose.QuerySelectorAll("ol"));
        var items = list.QuerySelectorAll(":scope > li").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("Note", items[0].QuerySelector("blockquote > p:first-child > strong")!.TextContent);
        Assert.Contains("You need Node 18.", items[0].QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fast path", items[1].QuerySelector("blockquote strong")!.TextContent);
        Assert.DoesNotContain(":::", prose.TextContent, StringComparison.Ordinal);
        Assert.NotNull(prose.QuerySelector(":scope > .markdown-alert-warning"));
    }
}
