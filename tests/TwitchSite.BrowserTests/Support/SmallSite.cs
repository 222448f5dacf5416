using TwitchSite.Building;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// A small site of a test's own: the files it is given written into a temporary input folder
/// (over a copy of another input folder, when one is named), built with the theme it names
/// (with or without search), and served locally; disposing stops the server and deletes the
/// folder.
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

    /// <summary>The folder the site was built into.</summary>
    public string Output => Path.Combine(_root, "output");

    /// <summary>
    /// Writes <paramref name="files"/> (paths from the input folder, and their text) over a copy
    /// of <paramref name="copyOf"/> when given, builds them with <paramref name="theme"/> (with
    /// the search index when <paramref name="search"/>) and serves the output.
    /// </summary>
    public static async Task<SmallSite> BuildAsync(IReadOnlyDictionary<string, string> files, string theme, bool search = false, string? copyOf = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "twitchsite-browser-tests", Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "input");
        if (copyOf is not null)
        {
            Copy(copyOf, input);
        }

        foreach (var (path, text) in files)
        {
            var file = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, text);
        }

        var output = Path.Combine(root, "output");
        var outcome = SiteBuilder.Build(new BuildOptions { Input = input, Output = output, Theme = theme, NoSearch = !search });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => $"{d.Code}: {d.Message}")));
        return new SmallSite(root, await StaticSiteServer.StartAsync(output));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
