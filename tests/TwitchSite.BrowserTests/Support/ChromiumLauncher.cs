using Microsoft.Playwright;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// Starts headless Chromium for the tests: the one <see cref="BrowserSetup"/> found or installed
/// (Debian's /usr/bin/chromium, TWITCHSITE_CHROMIUM, or Playwright's own). They never pass without a browser.
/// </summary>
public static class ChromiumLauncher
{
    /// <summary>Arguments for running in containers and on CI machines.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Launches Chromium, installing one first when there is none.</summary>
    /// <param name="playwright">Playwright.</param>
    /// <param name="report">Receives a line for each install step taken.</param>
    /// <exception cref="InvalidOperationException">No Chromium could be started; the message says how to install it.</exception>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, Action<string> report)
    {
        var browser = await BrowserSetup.EnsureAsync(report);
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = Arguments, ExecutablePath = browser.ExecutablePath };
        try
        {
            return await playwright.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException exception)
        {
            throw new InvalidOperationException(
                $"Chromium at {browser.ExecutablePath ?? playwright.Chromium.ExecutablePath} did not start. " +
                "Reinstall it with `sudo apt-get install -y chromium fonts-liberation` (Debian/Ubuntu, as .ci/run does), " +
                "or with `pwsh tests/TwitchSite.BrowserTests/bin/Debug/net10.0/playwright.ps1 install chromium`. " +
                "Playwright said: " + exception.Message.Split('\n')[0],
                exception);
        }
    }

    /// <summary>The executable Lighthouse should drive: the same Chromium the other tests use.</summary>
    public static async Task<string> ExecutablePathAsync(Action<string> report)
    {
        var browser = await BrowserSetup.EnsureAsync(report);
        if (browser.ExecutablePath is { } path)
        {
            return path;
        }

        using var playwright = await Playwright.CreateAsync();
        return playwright.Chromium.ExecutablePath;
    }
}
