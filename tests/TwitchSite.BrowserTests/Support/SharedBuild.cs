using Microsoft.Playwright;
using TwitchSite.Building;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// The one build of the real site (input/ with theme/, strict, with its search index) in a
/// temporary folder, its local server and one Chromium, made on first use and kept for the whole
/// test run, whichever test collections ask for it. Reads input/ and theme/; writes the built site
/// under the system's temporary folder and deletes it when the last collection using it ends.
/// </summary>
/// <remarks>
/// xUnit 2 has no assembly fixture: a collection fixture is made once per collection, and the
/// browser tests run in more than one collection so that two run at once. Each collection's
/// <see cref="SearchSite"/> takes this shared instance instead of building the site again. Tests
/// only read the built folder and open their own browser contexts, so sharing it keeps them
/// independent of each other and of their order.
/// </remarks>
internal sealed class SharedBuild
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static SharedBuild? _instance;
    private static int _users;

    private readonly IPlaywright _playwright;

    private SharedBuild(string output, StaticSiteServer server, IPlaywright playwright, IBrowser browser)
    {
        Output = output;
        Server = server;
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The built site's folder.</summary>
    public string Output { get; }

    /// <summary>The server for <see cref="Output"/>.</summary>
    public StaticSiteServer Server { get; }

    /// <summary>The browser every test opens its contexts in.</summary>
    public IBrowser Browser { get; }

    /// <summary>
    /// The shared build, made by the first caller (the others wait for it); each caller gives it
    /// back with <see cref="ReleaseAsync"/>. A failed start is not kept: the next collection tries
    /// again and reports its own failure.
    /// </summary>
    /// <param name="report">Receives a line for each browser install step taken.</param>
    public static async Task<SharedBuild> GetAsync(Action<string> report)
    {
        await Once.WaitAsync();
        try
        {
            _instance ??= await StartAsync(report);
            _users++;
            return _instance;
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>
    /// Gives the build back; the last user closes the browser and server and deletes the folder.
    /// The collections that share it run side by side, so it is built once; a collection started
    /// after every other had ended would build it again, which costs time, never correctness.
    /// </summary>
    public static async Task ReleaseAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (--_users == 0 && _instance is { } last)
            {
                _instance = null;
                await last.StopAsync();
            }
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task<SharedBuild> StartAsync(Action<string> report)
    {
        var output = Path.Combine(Path.GetTempPath(), "twitchsite-browser-tests", Guid.NewGuid().ToString("N"));
        StaticSiteServer? server = null;
        IPlaywright? playwright = null;
        try
        {
            var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = output, Strict = true });
            if (!outcome.Succeeded || !File.Exists(Path.Combine(output, "pagefind", "pagefind.js")))
            {
                throw new InvalidOperationException("the real site did not build with its search index:\n" + string.Join("\n", outcome.Diagnostics.Select(d => $"{d.Code}: {d.Message} ({d.Hint})")));
            }

            server = await StaticSiteServer.StartAsync(output);
            playwright = await Playwright.CreateAsync();
            var browser = await ChromiumLauncher.LaunchAsync(playwright, report);
            return new SharedBuild(output, server, playwright, browser);
        }
        catch
        {
            playwright?.Dispose();
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            Delete(output);
            throw;
        }
    }

    private async Task StopAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
        Delete(Output);
    }

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
