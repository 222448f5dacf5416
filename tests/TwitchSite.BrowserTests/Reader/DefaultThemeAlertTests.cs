using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// The alerts of a docs folder built with the generator's default theme (GitHub alerts, and the
/// Docusaurus, MkDocs and MyST admonitions shown as them), as a reader sees them on a phone in
/// light and dark: each kind a box of its own colour, readable by axe's rules.
/// </summary>
[Collection(ReaderPagesGroup.Name)]
public sealed class DefaultThemeAlertTests(SearchSite site) : IAsyncLifetime
{
    // MyST's directive for each of the five alert kinds (its "danger" is GitHub's CAUTION).
    private static readonly (string Directive, string Kind)[] Kinds = [("note", "note"), ("tip", "tip"), ("important", "important"), ("warning", "warning"), ("danger", "caution")];
    private SmallSite? _site;

    public async Task InitializeAsync()
    {
        var boxes = string.Join("\n", Kinds.Select(k => $":::{{{k.Directive}}}\nA {k.Kind} with a [link](#top) and `code`.\n:::\n"));
        _site = await SmallSite.BuildAsync(
            new Dictionary<string, string>
            {
                ["conf.py"] = "extensions = [\"myst_parser\"]\n",
                ["index.md"] = $"# Alerts\n\n{boxes}\n::::{{important}}\nOuter.\n:::{{hint}}\nInner.\n:::\n::::\n",
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

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Each_kind_of_alert_is_a_box_of_its_own_colour_that_axe_finds_readable(ColorScheme scheme)
    {
        var page = await site.NewPageAsync(375, scheme);
        await page.GotoAsync(_site!.Server.Url("/"));

        var edges = new List<string>();
        foreach (var (_, kind) in Kinds)
        {
            var box = page.Locator(".markdown-alert-" + kind).First;
            await Assertions.Expect(box).ToContainTextAsync($"A {kind} with a link");
            var style = await box.EvaluateAsync<string[]>(
                "b => [getComputedStyle(b).borderLeftWidth, getComputedStyle(b).borderLeftColor, getComputedStyle(b.querySelector('.markdown-alert-title')).color]");
            var (width, colour, title) = (style[0], style[1], style[2]);
            Assert.NotEqual("0px", width);
            Assert.Equal(colour, title); // the title takes the edge's colour
            edges.Add(colour);
        }

        Assert.Equal(Kinds.Length, edges.Distinct().Count());
        await Axe.AssertNoViolationsAsync(page, $"default theme alerts, {scheme}");
    }
}
