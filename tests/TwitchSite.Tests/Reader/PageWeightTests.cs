using System.IO.Compression;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Reader;

/// <summary>The page-weight budget readers on slow phones rely on.</summary>
public sealed class PageWeightTests : IClassFixture<RealSite>
{
    private const int BudgetBytes = 50 * 1024;
    private readonly RealSite _site;

    public PageWeightTests(RealSite site) => _site = site;

    [Theory]
    [InlineData("symptoms/when-to-see-a-doctor/index.html")]
    [InlineData("causes/medical-conditions/index.html")]
    [InlineData("index.html")]
    public void A_page_with_its_own_css_and_js_is_at_most_50_KB_gzipped(string page)
    {
        var html = _site.Read(page);
        var document = new HtmlParser().ParseDocument(html);
        var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(url => url.StartsWith('/') && !url.StartsWith("/pagefind/", StringComparison.Ordinal)) // search files are excluded from the budget
            .ToList();
        Assert.NotEmpty(assets);

        var total = Gzipped(System.Text.Encoding.UTF8.GetBytes(html)) + assets.Sum(url => Gzipped(File.ReadAllBytes(Path.Combine(_site.Output, url.TrimStart('/')))));

        Assert.True(total <= BudgetBytes, $"{page} weighs {total} bytes gzipped with {string.Join(", ", assets)}; the budget is {BudgetBytes}");
    }

    [Fact]
    public void No_web_fonts_are_loaded_from_anywhere()
    {
        foreach (var css in Directory.EnumerateFiles(Path.Combine(_site.Output, "assets"), "*.css", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("@font-face", File.ReadAllText(css), StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(_site.HtmlPages, page => Assert.DoesNotContain("fonts.googleapis", _site.Read(page), StringComparison.Ordinal));
    }

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
