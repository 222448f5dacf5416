using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Reader;

/// <summary>
/// The "Is this page useful?" form in the built real site: what Netlify needs to find and take
/// it at deploy time, on every page but the thank-you page, and that page kept out of the way.
/// </summary>
public sealed class FeedbackFormTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_page_but_the_thank_you_page_has_the_netlify_feedback_form()
    {
        var pages = site.HtmlPages.Where(p => p != "feedback/thanks/index.html" && !IsRedirect(p)).ToList();
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            var page = Parser.ParseDocument(site.Read(path));
            var forms = page.QuerySelectorAll("form[name='feedback']");
            var form = Assert.Single(forms);
            Assert.Equal("POST", form.GetAttribute("method"));
            Assert.Equal("true", form.GetAttribute("data-netlify"));
            Assert.Equal("bot-field", form.GetAttribute("netlify-honeypot"));
            Assert.Equal("/feedback/thanks/", form.GetAttribute("action"));
            Assert.Equal("feedback", form.QuerySelector("input[type='hidden'][name='form-name']")?.GetAttribute("value"));
            Assert.NotNull(form.QuerySelector("input[type='hidden'][name='page']"));

            // The honeypot: present for bots, hidden from people and from the keyboard, labelled.
            var honeypot = form.QuerySelector("input[name='bot-field']")!;
            Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
            Assert.Equal("true", honeypot.ParentElement!.GetAttribute("aria-hidden"));
            Assert.Contains("visually-hidden", honeypot.ParentElement.ClassList);
            Assert.NotNull(form.QuerySelector($"label[for='{honeypot.Id}']"));

            Assert.Equal(["yes", "no"], form.QuerySelectorAll("input[type='radio'][name='useful']").Select(r => r.GetAttribute("value")));
            var comment = form.QuerySelector("textarea[name='comment']")!;
            Assert.NotNull(form.QuerySelector($"label[for='{comment.Id}']"));
            Assert.Equal("1000", comment.GetAttribute("maxlength"));
            Assert.Empty(form.QuerySelectorAll("[style], script"));
        }
    }

    [Fact]
    public void The_form_says_which_page_it_is_about()
    {
        var page = Parser.ParseDocument(site.Read("causes/caffeine-and-stimulants/index.html"));

        Assert.Equal("/causes/caffeine-and-stimulants/", page.QuerySelector("form[name='feedback'] input[name='page']")!.GetAttribute("value"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), page.QuerySelector("form[name='feedback'] input[name='page-title']")!.GetAttribute("value"));
    }

    [Fact]
    public void The_thank_you_page_exists_and_is_out_of_navigation_search_and_the_sitemap()
    {
        var thanks = Parser.ParseDocument(site.Read("feedback/thanks/index.html"));

        Assert.Equal("noindex", thanks.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Null(thanks.QuerySelector("[data-pagefind-body]"));
        Assert.Null(thanks.QuerySelector("form[name='feedback']"));
        Assert.DoesNotContain("/feedback/", site.Read("sitemap.xml"), StringComparison.Ordinal);
        var home = Parser.ParseDocument(site.Read("index.html"));
        Assert.DoesNotContain(home.QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href")!.StartsWith("/feedback/", StringComparison.Ordinal));
    }

    private bool IsRedirect(string path) => site.Read(path).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase);
}
