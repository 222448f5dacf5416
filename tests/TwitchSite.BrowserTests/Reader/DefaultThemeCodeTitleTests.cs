using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// A code block with a title (<c>```toml title="pyproject.toml"</c>) in a docs folder built with
/// the default theme, beside the floating "On this page" box on a desktop: the title bar and its
/// Copy button stay beside the box, as the code does, instead of being drawn over its entries
/// (uv's and Jest's configuration pages).
/// </summary>
[Collection(ReaderPagesGroup.Name)]
public sealed class DefaultThemeCodeTitleTests(SearchSite site) : IAsyncLifetime
{
    private SmallSite? _site;

    public async Task InitializeAsync()
    {
        var sections = string.Concat(Enumerable.Range(1, 8).Select(i => $"## Section {i}\n\nText of section {i}.\n\n"));
        _site = await SmallSite.BuildAsync(
            new Dictionary<string, string>
            {
                ["index.md"] = "# Configuration\n\nIntro.\n\n```toml title=\"pyproject.toml\"\n[project]\nname = \"example\"\n```\n\n" + sections,
            },
            TwitchSite.Themes.ThemeLocator.DefaultTheme);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_code_title_and_its_copy_button_stay_clear_of_the_contents_box_beside_them()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync(_site!.Server.Url("/"));

        var boxes = await page.EvaluateAsync<double[]>(
            "() => { const r = e => document.querySelector(e).getBoundingClientRect(); const toc = r('.toc'), title = r('.code-title'), copy = r('.code-titled .code-copy'); return [toc.left, toc.top, toc.bottom, title.right, title.top, copy.right]; }");
        var (tocLeft, tocTop, tocBottom, titleRight, titleTop, copyRight) = (boxes[0], boxes[1], boxes[2], boxes[3], boxes[4], boxes[5]);

        Assert.True(titleTop > tocTop && titleTop < tocBottom, "the fixture puts the title beside the contents box");
        Assert.True(titleRight <= tocLeft, $"the title bar ends at {titleRight}px, over the contents box starting at {tocLeft}px");
        Assert.True(copyRight <= tocLeft, $"the Copy button ends at {copyRight}px, over the contents box starting at {tocLeft}px");
    }
}
