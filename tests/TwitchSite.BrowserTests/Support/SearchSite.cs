using Microsoft.Playwright;
using TwitchSite.Building;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// What every browser test shares, made once: the real site (input/ with theme/) built strictly
/// with its search index into a temporary folder, a local server for it and a Chromium. Building
/// with search installs Pagefind from theme/package-lock.json when it is missing, as a fresh clone
/// needs, and a missing Chromium is installed first (<see cref="BrowserSetup"/>; what it did is
/// reported as an xUnit diagnostic message, shown by <c>dotnet test</c>).
/// </summary>
public sealed class SearchSite(IMessageSink messages) : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The built site.</summary>
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "twitchsite-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server.</summary>
    public StaticSiteServer Server { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = Output, Strict = true });
        if (!outcome.Succeeded || !File.Exists(Path.Combine(Output, "pagefind", "pagefind.js")))
        {
            throw new InvalidOperationException("the real site did not build with its search index:\n" + string.Join("\n", outcome.Diagnostics.Select(d => $"{d.Code}: {d.Message} ({d.Hint})")));
        }

        try
        {
            Server = await StaticSiteServer.StartAsync(Output);
            _playwright = await Playwright.CreateAsync();
            Browser = await ChromiumLauncher.LaunchAsync(_playwright, Report);
        }
        catch
        {
            // xunit does not dispose a fixture that failed to start: clean up here.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Says what the browser setup did, in the test run's output.</summary>
    public void Report(string line) => messages.OnMessage(new DiagnosticMessage(line));

    /// <summary>A fresh page (its own context) of <paramref name="width"/> by 900 pixels.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserTimeouts.Ceiling);
        return page;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}

/// <summary>Every browser test class shares one <see cref="SearchSite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteGroup : ICollectionFixture<SearchSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "search site";
}
