using TwitchSite.Content;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Readability;
using TwitchSite.Testing;
using TwitchSite.Tests.Support;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Content;

public sealed class RenderMarkdownTests
{
    [Fact]
    public void Given_links_to_pages_and_files_When_rendered_Then_they_point_at_output_urls()
    {
        var page = Render("causes/a.md", "---\ntitle: A\n---\nSee [b](b.md#why), [water](../remedies/water.md) and ![x](pic.png).\n");

        Assert.Contains("""<a href="/causes/b/#why">b</a>""", page.Text(), StringComparison.Ordinal);
        Assert.Contains("""<a href="/remedies/water/">water</a>""", page.Text(), StringComparison.Ordinal);
        Assert.Contains("""<img src="/causes/pic.png" alt="x" />""", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_links_When_rendered_Then_each_is_recorded_with_its_file_line_and_column()
    {
        var page = Render("a.md", "---\ntitle: A\n---\n\nText and [b](b.md#why).\n\n  - item [c](https://example.org)\n");

        var links = page.Get<PageLinks>(MarkdownKeys.Links)!;
        Assert.Equal(
            [("b.md#why", 5, 10, LinkKind.Page), ("https://example.org", 7, 10, LinkKind.External)],
            links.Select(l => (l.Url, l.Location.Line, l.Location.Column, l.Target.Kind)));
    }

    [Fact]
    public void Given_headings_When_rendered_Then_github_style_ids_and_plain_text_are_recorded()
    {
        var page = Render("a.md", "---\ntitle: A\n---\n## Stress & *anxiety*?\n\n### `Code` here\n\n## Stress & anxiety?\n");

        var headings = page.Get<List<HeadingInfo>>(MarkdownKeys.Headings)!;
        Assert.Equal(
            [new HeadingInfo(2, "stress--anxiety", "Stress & anxiety?", 4), new HeadingInfo(3, "code-here", "Code here", 6), new HeadingInfo(2, "stress--anxiety-1", "Stress & anxiety?", 8)],
            headings);
        Assert.Contains("""<h2 id="stress--anxiety">""", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_alerts_tables_footnotes_and_definition_lists_When_rendered_Then_each_has_its_html()
    {
        var page = Render("a.md", "---\ntitle: A\n---\nTerm\n:   Meaning\n\n> [!WARNING]\n> Careful.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note.\n");
        var html = page.Text();

        Assert.Contains("""<div class="markdown-alert markdown-alert-warning">""", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("""<li id="fn:1">""", html, StringComparison.Ordinal);
        // A definition term is a link target (Hugo's docs link "#term"), like a heading.
        Assert.Contains("<dt id=\"term\">Term</dt>\n<dd>Meaning</dd>", html, StringComparison.Ordinal);
        Assert.Contains("fn:1", page.Get<HashSet<string>>(MarkdownKeys.Anchors)!);
        Assert.Contains("term", page.Get<HashSet<string>>(MarkdownKeys.Anchors)!);
    }

    [Theory]
    [InlineData("# Plain notes\n\nText.", "Plain notes", true)]
    [InlineData("Text only.", "Caffeine and more", false)]
    public void Given_a_file_without_front_matter_When_rendered_Then_the_title_comes_from_its_heading_or_name(string text, string title, bool titleInContent)
    {
        var page = Render("causes/caffeine-and-more.md", text);

        Assert.Equal(title, page.Metadata.GetString(PageKeys.Title));
        Assert.Equal(titleInContent, page.Get<bool>(MarkdownKeys.TitleInContent));
    }

    [Fact]
    public void Given_raw_html_anchors_When_rendered_Then_they_count_as_link_targets()
    {
        var page = Render("a.md", "---\ntitle: A\n---\n<a id=\"custom-anchor\"></a>\n\nText <span id='inline'>x</span>.\n");

        var anchors = page.Get<HashSet<string>>(MarkdownKeys.Anchors)!;
        Assert.Contains("custom-anchor", anchors);
        Assert.Contains("inline", anchors);
    }

    [Fact]
    public void Given_glossary_terms_When_rendered_Then_the_first_use_is_marked_except_on_the_glossary_page_and_the_words_still_count_as_prose()
    {
        var glossary = new Dictionary<string, string> { ["glossary"] = "- term: Potassium\n  definition: A mineral in bananas.\n" };
        var pages = new[]
        {
            ModuleRunner.Page("a.md", "---\ntitle: A\n---\nPotassium helps. Eat potassium.\n\nA second sentence here.\n"),
            ModuleRunner.Page("glossary.md", "---\ntitle: Glossary\nlayout: glossary\n---\nPotassium helps.\n"),
        };

        // A target of one word keeps the place of every sentence but the one-word title.
        var settings = Metadata.Create([KeyValuePair.Create<string, object?>("content_checks", new Dictionary<string, object?> { ["max_sentence_words"] = 1L })]);

        var (documents, sink) = ModuleRunner.RunWithData(pages, glossary, settings, new ExtractFrontMatter(), new RenderMarkdown());

        Assert.Empty(sink.All);
        Assert.Single(AngleSharpCount(documents[0].Text()));
        Assert.Empty(AngleSharpCount(documents[1].Text()));
        var prose = documents[0].Get<TwitchSite.Readability.ProseStats>(ReadabilityKeys.Prose)!;
        Assert.Equal(1 + 4 + 4, prose.Words); // the title, then every word of the body, the marked one too
        Assert.Equal([4, 4, 6], prose.SentenceSpans.Select(s => s.Line)); // sentences after a marked word keep their lines
    }

    private static IEnumerable<AngleSharp.Dom.IElement> AngleSharpCount(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".glossary-term-button");

    [Fact]
    public void Given_a_build_with_an_output_When_rendered_Then_the_html_waits_in_the_spill_and_reads_as_the_render_in_memory()
    {
        const string Text = "---\ntitle: A\n---\n## Café & *anxiety*\n\nSee [b](b.md#why).\n";
        var plain = Render("a.md", Text);
        var root = Directory.CreateTempSubdirectory("twitchsite-spill-").FullName;
        try
        {
            using var output = Engine.IO.OutputFolder.BeginStaging(Path.Combine(root, "site"));
            var sink = new DiagnosticSink();
            var services = new EngineServices { Diagnostics = sink, Output = output, EngineDiagnostics = TwitchSite.Diagnostics.Codes.EngineDescriptors };

            var documents = ModuleHarness.Run([ModuleRunner.Page("a.md", Text)], services, null, new ExtractFrontMatter(), new RenderMarkdown());

            Assert.Empty(sink.All);
            var spilled = (TextContent)Assert.Single(documents).Content;
            Assert.True(spilled.IsStored);
            Assert.Equal(((TextContent)plain.Content).Utf8Bytes!.Value.ToArray(), spilled.Utf8Bytes!.Value.ToArray());
            Assert.False(((TextContent)plain.Content).IsStored);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Document Render(string source, string text)
    {
        var (documents, sink) = ModuleRunner.Run([ModuleRunner.Page(source, text)], null, new ExtractFrontMatter(), new RenderMarkdown());
        Assert.Empty(sink.All);
        return Assert.Single(documents);
    }
}
