using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// mdBook's hidden code lines (rust-lang/nomicon and most Rust books): in an mdBook book, rustdoc's
/// <c># </c> lines of a Rust block, and the lines book.toml's <c>[output.html.code.hidelines]</c> prefix
/// marks in other languages, are left out of the code shown, <c>##</c> standing for <c>#</c>; in other
/// docs such a line is code, shown as written. A block's attributes after commas are classes of their own.
/// </summary>
public sealed class BookHiddenLinesTests
{
    private static readonly HtmlParser Parser = new();

    private const string Chapter = """
        # Hidden

        ```rust
        # use std::mem;
        #
        let x = mem::size_of::<u8>();
        #[derive(Debug)]
        struct S;
        ## not hidden
        # fn main() {}
        ```

        ```rust,ignore
        # fn main() {
            let y = 1;
            # let hidden = 2;
        # }
        ```

        ```python
        ~import os
        print(os.sep)
            ~hidden()
        ```

        ```python,hidelines=!!!
        !!!import sys
        print(sys.argv)
        ~shown()
        ```

        ```toml
        # a comment in TOML
        ```

        ```,
        # no language
        ```
        """;

    [Fact]
    public void Given_an_mdbook_book_When_built_Then_its_hidden_code_lines_are_left_out_and_double_hashes_are_one()
    {
        using var site = FixtureSite.Create($$"""
            -- book.toml --
            [book]
            title = "Book"

            [output.html.code.hidelines]
            python = "~"
            -- input/SUMMARY.md --
            # Summary

            - [Hidden](hidden.md)
            -- input/hidden.md --
            {{Chapter}}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var blocks = Parser.ParseDocument(site.ReadOutput("hidden/index.html")).QuerySelectorAll("main pre code");
        Assert.Equal(
            [
                "let x = mem::size_of::<u8>();\n#[derive(Debug)]\nstruct S;\n# not hidden",
                "    let y = 1;",
                "print(os.sep)",
                "print(sys.argv)\n~shown()",
                "# a comment in TOML",
                "# no language",
            ],
            blocks.Select(b => b.TextContent.TrimEnd('\n')));
        // mdBook's classes: the language, then each attribute; the highlighter is given the language alone.
        Assert.Equal("language-rust ignore", blocks[1].GetAttribute("class"));
        Assert.Contains(blocks[1].QuerySelectorAll("span.hl-kw"), s => s.TextContent.Trim() == "let");
    }

    [Fact]
    public void Given_other_docs_with_the_same_code_When_built_Then_every_line_is_shown_as_written()
    {
        using var site = FixtureSite.Create($$"""
            -- input/index.md --
            {{Chapter}}
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var blocks = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main pre code");
        Assert.StartsWith("# use std::mem;\n#\nlet x", blocks[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("## not hidden\n# fn main() {}", blocks[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("~import os", blocks[2].TextContent, StringComparison.Ordinal);
    }
}
