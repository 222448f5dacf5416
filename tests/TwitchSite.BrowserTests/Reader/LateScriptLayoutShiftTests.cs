using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// On a cheap phone the page is painted before its deferred scripts run. These tests make that
/// happen every time, whatever the machine's speed: the scripts are held back until the page has
/// painted, then let through, and nothing on the page may move when they run (no layout shift).
/// </summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class LateScriptLayoutShiftTests(SearchSite site)
{
    /// <summary>
    /// Every layout shift the page has recorded since the parser finished the document
    /// (<c>domInteractive</c>), after two frames (a shift is recorded in the frame that shows it); a
    /// new observer with <c>buffered</c> gets them at once through takeRecords. Deferred scripts run
    /// only after that moment, so every shift they cause is counted. Shifts before it are the
    /// browser painting a half-parsed page (on a busy machine the parser yields mid-header and
    /// paints, then the rest of the header arrives): that is streaming, not the scripts under test.
    /// </summary>
    private const string RecordedShifts = """
        () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
          const observer = new PerformanceObserver(() => {});
          observer.observe({ type: 'layout-shift', buffered: true });
          const parsed = performance.getEntriesByType('navigation')[0].domInteractive;
          const entries = observer.takeRecords().filter(entry => entry.startTime >= parsed);
          observer.disconnect();
          done(entries.map(entry => entry.value.toFixed(4) + ' ' + (entry.sources || [])
            .map(s => s.node ? s.node.nodeName + (s.node.className ? '.' + String(s.node.className).split(' ').join('.') : '') : '?').join(' + ')));
        })))
        """;

    [Theory]
    [InlineData("/", 375, ".menu-button")]
    [InlineData("/", 1280, ".scheme-picker")]
    [InlineData("/symptoms/when-to-see-a-doctor/", 375, ".menu-button")]
    [InlineData("/glossary/", 375, ".menu-button")]
    [InlineData("/search/", 375, ".search-page-form")]
    public async Task Given_scripts_that_run_after_the_first_paint_When_they_run_Then_nothing_on_the_page_moves(string path, int width, string revealedByScript)
    {
        var page = await site.NewPageAsync(width);
        var painted = new TaskCompletionSource();
        await page.RouteAsync("**/assets/js/*.js", async route =>
        {
            // theme-init.js blocks the first paint on purpose; only the deferred scripts wait.
            if (!route.Request.Url.Contains("/theme-init.", StringComparison.Ordinal))
            {
                await painted.Task;
            }

            await route.ContinueAsync();
        });

        await page.GotoAsync(site.Server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('paint').some(p => p.name === 'first-contentful-paint')");
        await Assertions.Expect(page.Locator(revealedByScript)).ToBeHiddenAsync(); // the scripts have not run yet
        painted.SetResult();

        await Assertions.Expect(page.Locator(revealedByScript)).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        var shifts = await page.EvaluateAsync<string[]>(RecordedShifts);

        Assert.True(shifts.Length == 0, $"{path} at {width} px moved when its scripts ran: {string.Join("; ", shifts)}");
    }
}
