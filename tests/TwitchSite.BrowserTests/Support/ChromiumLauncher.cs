using Microsoft.Playwright;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// Starts headless Chromium for the tests: Debian's /usr/bin/chromium when it is installed (CI
/// installs it with apt-get; TWITCHSITE_CHROMIUM names another executable), else the browser
/// Playwright downloads with <c>playwright install chromium</c>. When neither is there the tests
/// fail with a message saying how to install one; they never pass without a browser.
/// </summary>
public static class ChromiumLauncher
{
    /// <summary>Where Debian (and Ubuntu's chromium package) install Chromium.</summary>
    public const string SystemChromium = "/usr/bin/chromium";

    /// <summary>Arguments for running in containers and on CI machines.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Launches Chromium.</summary>
    /// <exception cref="InvalidOperationException">No Chromium could be started; the message says how to install it.</exception>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = Arguments };
        var candidate = Environment.GetEnvironmentVariable("TWITCHSITE_CHROMIUM") is { Length: > 0 } named ? named : SystemChromium;
        var system = File.Exists(candidate);
        if (system)
        {
            options.ExecutablePath = candidate;
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException exception)
        {
            throw new InvalidOperationException(
                (system ? $"Chromium at {candidate} did not start. " : $"No Chromium: {candidate} does not exist and Playwright's own browser is not installed. ") +
                "Install it with `sudo apt-get install -y chromium fonts-liberation` (Debian/Ubuntu, as .ci/run does), " +
                "or with `pwsh tests/TwitchSite.BrowserTests/bin/Debug/net10.0/playwright.ps1 install chromium`. " +
                "Playwright said: " + exception.Message.Split('\n')[0],
                exception);
        }
    }
}
