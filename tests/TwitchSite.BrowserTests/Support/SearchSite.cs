using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// What every browser test shares: the real site built strictly with its search index, a local
/// server for it and a Chromium (<see cref="SharedBuild"/>, made once for the test run, however
/// many collections use it). Building with search installs Pagefind from theme/package-lock.json
/// when it is missing, as a fresh clone needs, and a missing Chromium is installed first
/// (<see cref="BrowserSetup"/>; what it did is reported as an xUnit diagnostic message, shown by
/// <c>dotnet test</c>). Tests must not change the built folder; each opens its own browser contexts.
/// </summary>
public sealed class SearchSite(IMessageSink messages) : IAsyncLifetime
{
    private SharedBuild _build = null!;

    /// <summary>The built site.</summary>
    public string Output => _build.Output;

    /// <summary>The server.</summary>
    public StaticSiteServer Server => _build.Server;

    /// <summary>The browser.</summary>
    public IBrowser Browser => _build.Browser;

    /// <inheritdoc />
    public async Task InitializeAsync() => _build = await SharedBuild.GetAsync(Report);

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

    /// <summary>Gives the shared build back; the last collection to end closes it.</summary>
    public Task DisposeAsync() => _build is null ? Task.CompletedTask : SharedBuild.ReleaseAsync();
}
