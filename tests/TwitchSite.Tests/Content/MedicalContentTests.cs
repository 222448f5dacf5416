using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Content;

/// <summary>What a worried reader relies on in the real site: one set of urgency rules, emergency numbers, honest review claims and names.</summary>
public sealed class MedicalContentTests(RealSite site) : IClassFixture<RealSite>
{
    private IEnumerable<(string Path, IDocument Page)> Pages =>
        site.HtmlPages.Select(p => (p, (IDocument)new HtmlParser().ParseDocument(site.Read(p))));

    [Theory]
    [InlineData("care-card--non-urgent")]
    [InlineData("care-card--urgent")]
    [InlineData("care-card--emergency")]
    public void Every_care_card_of_a_kind_says_the_same_on_every_page(string kind)
    {
        var cards = Pages.SelectMany(p => p.Page.QuerySelectorAll("." + kind).Select(c => (p.Path, Html: c.InnerHtml))).ToList();

        Assert.True(cards.Count >= 3, $"{kind} is on {cards.Count} pages");
        Assert.Single(cards.Select(c => c.Html).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_page_gives_the_UK_US_and_European_emergency_numbers_as_phone_links()
    {
        foreach (var (path, page) in Pages)
        {
            var links = page.QuerySelectorAll(".disclaimer-emergency a").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(links.SequenceEqual(["tel:999", "tel:911", "tel:112"]), path);
        }
    }

    [Fact]
    public void A_page_that_says_when_it_was_last_reviewed_lists_its_sources()
    {
        var reviewed = Pages.Where(p => p.Page.QuerySelector(".review-dates") is not null).ToList();

        Assert.NotEmpty(reviewed);
        Assert.All(reviewed, p => Assert.True(p.Page.QuerySelectorAll(".sources-list li").Length > 0, p.Path));
    }

    [Fact]
    public void The_glossary_shows_only_true_other_names_and_a_source_for_every_definition()
    {
        var glossary = new HtmlParser().ParseDocument(site.Read("glossary/index.html"));
        var shown = string.Join(" | ", glossary.QuerySelectorAll(".glossary-aliases").Select(d => d.TextContent));

        Assert.DoesNotContain("twiching", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hypokal", shown, StringComparison.OrdinalIgnoreCase);
        var potassium = glossary.QuerySelector("#potassium")!.ParentElement!;
        Assert.Null(potassium.QuerySelector(".glossary-aliases"));
        Assert.All(glossary.QuerySelectorAll(".glossary-entry"), e => Assert.NotNull(e.QuerySelector(".glossary-source a[href^='http']")));
        Assert.NotEmpty(glossary.QuerySelectorAll(".glossary-az a[href^='#glossary-']"));
    }

    [Fact]
    public void The_about_this_condition_box_keeps_medical_causes_out_of_common_causes()
    {
        var page = new HtmlParser().ParseDocument(site.Read("causes/stress-and-anxiety/index.html"));
        var common = page.QuerySelector(".condition-causes:not(.condition-causes--less-common)")!.TextContent;
        var lessCommon = page.QuerySelector(".condition-causes--less-common")!.TextContent;

        Assert.DoesNotContain("Medical conditions", common, StringComparison.Ordinal);
        Assert.Contains("Medical conditions", lessCommon, StringComparison.Ordinal);
    }
}
