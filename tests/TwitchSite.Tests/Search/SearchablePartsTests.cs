using System.Text;
using TwitchSite.Search.Indexing;

namespace TwitchSite.Tests.Search;

/// <summary>What of a page reaches Pagefind: everything it reads, nothing it would skip anyway.</summary>
public sealed class SearchablePartsTests
{
    private static string Cut(string html) => Encoding.UTF8.GetString(SearchableParts.Of(Encoding.UTF8.GetBytes(html)).Span);

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB" dir="ltr">
        <head><meta charset="utf-8"><title>Cramp | Guide</title><style>p > a { color: red }</style></head>
        <body>
        <header><a href="/">Guide</a><nav><ul><li><a href="/a/">Menu entry one</a></li><li><a href="/b/">Menu entry two</a></li></ul></nav></header>
        <main>
        <article class="article" data-pagefind-body>
        <h1 data-pagefind-weight="10">Cramp</h1>
        <p>A cramp is <em>painful</em>.<br>It passes.</p>
        <script type="application/json">{"note": "</p></div> is text here"}</script>
        <div data-pagefind-ignore><p>Not indexed</p></div>
        </article>
        <div hidden data-pagefind-meta="section[data-section]" data-section="Symptoms"></div>
        <footer data-pagefind-ignore><p>Footer words</p></footer>
        </main>
        </body>
        </html>
        """;

    [Fact]
    public void Given_a_page_with_an_indexed_article_When_cut_Then_the_article_metadata_language_and_title_stay_and_the_menu_and_footer_go()
    {
        var cut = Cut(Page);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\"><body>", cut, StringComparison.Ordinal);
        Assert.Contains("<title>Cramp | Guide</title>", cut, StringComparison.Ordinal);
        var article = Page[Page.IndexOf("<article", StringComparison.Ordinal)..(Page.IndexOf("</article>", StringComparison.Ordinal) + "</article>".Length)];
        Assert.Contains(article, cut, StringComparison.Ordinal); // whole, script and ignored parts included
        Assert.Contains("<div hidden data-pagefind-meta=\"section[data-section]\" data-section=\"Symptoms\"></div>", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu entry", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("Footer words", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", cut, StringComparison.Ordinal);
        Assert.True(cut.IndexOf("<article", StringComparison.Ordinal) < cut.IndexOf("data-pagefind-meta", StringComparison.Ordinal), "page order is kept");
    }

    [Fact]
    public void Given_a_heading_and_image_outside_the_article_When_cut_Then_the_first_of_each_stays_for_Pagefinds_default_title_and_image()
    {
        var cut = Cut("""
            <html lang="en"><body><h1>Site-wide heading</h1><img src="/logo.png" alt=""><h1>Second</h1>
            <article data-pagefind-body><p>Words</p><img src="/inside.png" alt=""></article></body></html>
            """);

        Assert.Contains("<h1>Site-wide heading</h1>", cut, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/logo.png\" alt=\"\">", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("Second", cut, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/inside.png\" alt=\"\">", cut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html lang=\"en\"><body><main><p>No indexed body on this page.</p></main></body></html>")]
    [InlineData("<html lang=\"en\"><body data-pagefind-body><p>The body element itself is indexed.</p></body></html>")]
    [InlineData("<html lang=\"en\"><body><article data-pagefind-body><p>Never closed.</p></body>")]
    [InlineData("<html lang=\"en\"><body><article data-pagefind-body><script>never ends</article></body></html>")]
    public void Given_a_page_the_cut_cannot_be_sure_of_When_cut_Then_Pagefind_gets_the_whole_page(string html)
    {
        Assert.Equal(html, Cut(html));
    }
}
