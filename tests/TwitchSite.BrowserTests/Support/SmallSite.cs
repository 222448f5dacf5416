using TwitchSite.Building;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// A small site of a test's own: the files it is given written into a temporary input folder,
/// built without search with the theme it names, and served locally; disposing stops the server
/// and deletes the folder.
/// </summary>
public sealed class SmallSite : IAsyncDisposable
{
    private readonly string _root;

    private SmallSite(string root, StaticSiteServer server)
    {
        _root = root;
        Server = server;
    }

    /// <summary>The server of the built site.</summary>
    public StaticSiteServer Server { get; }

    /// <summary>Writes <paramref name="files"/> (paths from the input folder, and their text), builds them with <paramref name="theme"/> and serves the output.</summary>
    public static async Task<SmallSite> BuildAsync(IReadOnlyDictionary<string, string> files, string theme)
    {
        var root = Path.Combine(Path.GetTempPath(), "twitchsite-browser-tests", Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "input");
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, text);
        }

        var output = Path.Combine(root, "output");
        var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Output = output, Theme = theme, NoSearch = true });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        return new SmallSite(root, await StaticSiteServer.StartAsync(output));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
