using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// The Copy button on code blocks as a reader uses it, on a small site of its own built with the
/// site's theme and served under the published CSP: reached and pressed by keyboard, it puts the
/// code on the clipboard and "Copied" in the live region; without JavaScript there is no button.
/// </summary>
[Collection(ReaderPagesGroup.Name)]
public sealed class CodeCopyBrowserTests(SearchSite site) : IAsyncLifetime
{
    private const string Code = "echo \"hello <world>\" # greet\ncargo build --release";
    private SmallSite? _site;

    public async Task InitializeAsync() =>
        _site = await SmallSite.BuildAsync(
            new Dictionary<string, string> { ["index.md"] = $"---\ntitle: Code\ndescription: Code.\n---\nRun:\n\n```bash\n{Code}\n```\n" },
            RepoPaths.Theme);

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
    public async Task A_keyboard_reader_copies_a_code_block_and_hears_Copied(ColorScheme scheme)
    {
        var page = await site.NewPageAsync(375, scheme);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = _site!.Server.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            // (This site has no search index, so the search box's request for it fails: not our concern here.)
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync(_site.Server.Url("/"));
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Copy code" });

        // Tab to it as a keyboard reader would, then press Enter.
        for (var i = 0; i < 50 && !await button.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(button).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Copied" })).ToHaveCountAsync(1);
        await Assertions.Expect(button).ToHaveTextAsync("Copied");
        Assert.Equal(Code, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Without_JavaScript_there_is_no_copy_button_and_the_code_reads_in_full()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(_site!.Server.Url("/"));

        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Copy code" }).CountAsync());
        Assert.Equal(Code + "\n", await page.Locator("pre > code").TextContentAsync());
    }
}
