using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Search;

/// <summary>
/// The real site's search keywords (front matter <c>keywords</c>, written into each page's search
/// metadata): an editor gives a keyword only to the page that answers it, so search can put that
/// page first. A keyword on two pages ("alcohol" on the caffeine page and on the medicines page)
/// made the one that only mentions it come first for "hangover twitching" and "nicotine".
/// </summary>
public sealed class KeywordOwnershipTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void Given_the_real_site_When_built_Then_each_search_keyword_belongs_to_one_page()
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in site.HtmlPages)
        {
            var page = new HtmlParser().ParseDocument(site.Read(path));
            var keywords = page.QuerySelector("[data-keywords]")?.GetAttribute("data-keywords") ?? "";
            foreach (var keyword in keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!owners.TryGetValue(keyword, out var pages))
                {
                    owners[keyword] = pages = [];
                }

                pages.Add(path);
            }
        }

        Assert.True(owners.Count >= 100, $"only {owners.Count} keywords found: is the search metadata still written?");
        var shared = owners.Where(o => o.Value.Count > 1).Select(o => $"{o.Key}: {string.Join(", ", o.Value)}").ToList();
        Assert.True(shared.Count == 0, "keywords on more than one page (keep each on the page that answers it):\n" + string.Join("\n", shared));
    }
}
