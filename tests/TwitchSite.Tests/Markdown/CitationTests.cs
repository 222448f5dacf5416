using AngleSharp.Html.Parser;
using TwitchSite.Content;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Markdown;

/// <summary>Citations written <c>[@id]</c>: markdown in, HTML out, in the style of Markdig's spec tests.</summary>
public sealed class CitationTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared).TrimEnd('\n');

    [Theory]
    [InlineData(
        "Twitches are common.[@nhs]",
        """<p>Twitches are common.<sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-nhs" id="cite-1" title="Source 1">[1]</a></sup></p>""")]
    [InlineData(
        "Most are harmless [@nhs; @nice-cks].",
        """<p>Most are harmless <sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-nhs" id="cite-1" title="Source 1">[1]</a><a href="#source-nice-cks" id="cite-2" title="Source 2">[2]</a></sup>.</p>""")]
    [InlineData(
        "A [@b] then [@a] then [@b] again.",
        """<p>A <sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-b" id="cite-1" title="Source 1">[1]</a></sup> then <sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-a" id="cite-2" title="Source 2">[2]</a></sup> then <sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-b" id="cite-1-2" title="Source 1">[1]</a></sup> again.</p>""")]
    [InlineData(
        "Code: `[@nhs]`",
        "<p>Code: <code>[@nhs]</code></p>")]
    [InlineData(
        "A link: [@someone](https://example.org/)",
        """<p>A link: <a href="https://example.org/">@someone</a></p>""")]
    [InlineData(
        "Then a footnote.[@nhs][^1]\n\n[^1]: A note.",
        """
        <p>Then a footnote.<sup class="cite" data-pagefind-ignore>&#8288;<a href="#source-nhs" id="cite-1" title="Source 1">[1]</a></sup><a id="fnref:1" href="#fn:1" class="footnote-ref"><sup>1</sup></a></p>
        <div class="footnotes">
        <hr />
        <ol>
        <li id="fn:1">
        <p>A note.<a href="#fnref:1" class="footnote-back-ref">&#8617;</a></p>
        </li>
        </ol>
        </div>
        """)]
    [InlineData(
        "A reference link: [@someone][ref]\n\n[ref]: https://example.org/",
        """<p>A reference link: <a href="https://example.org/">@someone</a></p>""")]
    [InlineData(
        "Not one: \\[@nhs]",
        "<p>Not one: [@nhs]</p>")]
    [InlineData(
        "Malformed: [@nhs twitching]",
        "<p>Malformed: [@nhs twitching]</p>")]
    [InlineData(
        "An email [me@example.org] stays text.",
        "<p>An email [me@example.org] stays text.</p>")]
    public void Given_markdown_with_citations_When_rendered_Then_numbered_links_to_the_sources(string markdown, string html)
    {
        Assert.Equal(html, Html(markdown));
    }

    [Fact]
    public void Given_a_citation_in_a_code_block_When_rendered_Then_it_is_code()
    {
        Assert.Equal("<pre><code>See [@nhs]\n</code></pre>", Html("```\nSee [@nhs]\n```"));
    }

    [Fact]
    public void Given_a_cited_page_When_rendered_Then_sources_are_numbered_in_citation_order_with_their_citations()
    {
        var (documents, sink) = Run("""
            ---
            title: A
            sources:
              - id: first-listed
                title: First listed
                url: https://example.org/1
              - id: cited-first
                title: Cited first
                url: https://example.org/2
            ---
            Claim one.[@cited-first] Claim two.[@first-listed] Again.[@cited-first]
            """);

        Assert.Empty(sink.All);
        var sources = documents.Single().Get<List<TwitchSite.FrontMatter.SourceReference>>(PageKeys.Sources)!;
        Assert.Equal(
            [("cited-first", 1, "cite-1,cite-1-2"), ("first-listed", 2, "cite-2")],
            sources.Select(s => (s.Id, s.Number ?? 0, string.Join(',', s.CitedAt))));
    }

    [Theory]
    [InlineData("Claim.[@nhs-twiching]", "TW0120", "citation of unknown source 'nhs-twiching'", 8, 8, "did you mean [@nhs-twitching]?")]
    [InlineData("Claims.[@nhs-twitching; @other]", "TW0120", "citation of unknown source 'other'", 8, 25, "the page's sources have ids nhs-twitching; add `id: other` to the source you mean")]
    [InlineData("Claim.[@nhs twitching]", "TW0124", "'[@nhs twitching]' is not a citation", 8, 7, "write a citation as [@id] or [@id1; @id2], each id made of letters, digits and hyphens; to show the brackets as text, write \\[@")]
    public void Given_a_bad_citation_When_rendered_Then_an_error_at_the_citation(string body, string code, string message, int line, int column, string hint)
    {
        var (_, sink) = Run($"""
            ---
            title: A
            sources:
              - id: nhs-twitching
                title: NHS
                url: https://example.org/nhs
            ---
            {body}
            """);

        var error = sink.All.Single(d => d.Code == code);
        Assert.Equal((message, line, column, hint), (error.Message, error.Location!.Line, error.Location.Column, error.Hint));
    }

    [Fact]
    public void Given_sources_the_text_does_not_cite_When_rendered_Then_each_is_reported_at_its_entry()
    {
        var (_, sink) = Run("""
            ---
            title: A
            sources:
              - id: cited
                title: Cited
                url: https://example.org/1
              - title: No id
                url: https://example.org/2
              - title: Never cited
                url: https://example.org/3
                id: never
              - id: cited
                title: Same id
                url: https://example.org/4
            ---
            Claim.[@cited]
            """);

        Assert.Equal(
            [
                ("TW0122", "source 'No id' has no id, but this page cites its sources", 7, 3),
                ("TW0121", "source 'never' is never cited", 11, 9),
                ("TW0123", "sources 1 and 4 both have id 'cited'", 12, 9),
            ],
            sink.All.Select(d => (d.Code, d.Message, d.Location!.Line, d.Location.Column)));
    }

    [Fact]
    public void Given_sources_with_ids_and_no_citations_When_rendered_Then_nothing_is_reported_and_the_list_is_unchanged()
    {
        var (documents, sink) = Run("""
            ---
            title: A
            sources:
              - id: a
                title: A
                url: https://example.org/1
              - title: B
                url: https://example.org/2
            ---
            No citations here.
            """);

        Assert.Empty(sink.All);
        Assert.All(documents.Single().Get<List<TwitchSite.FrontMatter.SourceReference>>(PageKeys.Sources)!, s => Assert.Null(s.Number));
    }

    [Fact]
    public void Given_an_id_that_is_not_a_short_name_When_validated_Then_TW0104()
    {
        var (_, sink) = Run("""
            ---
            title: A
            sources:
              - id: two words
                title: A
                url: https://example.org/1
            ---
            Text.
            """);

        var error = Assert.Single(sink.All);
        Assert.Equal(("TW0104", "'sources' entry 1 has id 'two words', which is not a short name of letters, digits and hyphens such as 'nhs-twitching'"), (error.Code, error.Message));
    }

    [Fact]
    public void Given_a_rendered_citation_When_read_as_html_Then_its_name_is_the_visible_number_and_its_title_says_source()
    {
        // The accessible name is what is seen (WCAG 2.5.3, label in name); the title describes it.
        var link = new HtmlParser().ParseDocument(Html("Claim.[@nhs]")).QuerySelector("sup.cite a")!;
        Assert.Null(link.GetAttribute("aria-label"));
        Assert.Equal("[1]", link.TextContent);
        Assert.Equal("Source 1", link.GetAttribute("title"));
    }

    private static (System.Collections.Immutable.ImmutableArray<TwitchSite.Engine.Documents.Document> Documents, TwitchSite.Engine.Diagnostics.DiagnosticSink Sink) Run(string text) =>
        ModuleRunner.Run([ModuleRunner.Page("a.md", text)], null, new ExtractFrontMatter(), new ValidateFrontMatter(), new RenderMarkdown());
}
