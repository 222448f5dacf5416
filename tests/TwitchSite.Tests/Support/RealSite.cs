using TwitchSite.Building;

namespace TwitchSite.Tests.Support;

/// <summary>The real site built once per test class, strictly, into a temporary folder.</summary>
public sealed class RealSite : IDisposable
{
    public RealSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "twitchsite-tests", "real-" + Guid.NewGuid().ToString("N"));
        Outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = Output, Strict = true, NoSearch = true, Today = FixtureSite.TestToday });
        Assert.True(Outcome.Succeeded, string.Join("\n", Outcome.Diagnostics.Select(d => d.ToString())));
    }

    /// <summary>Where the site was written.</summary>
    public string Output { get; }

    /// <summary>What the build reported.</summary>
    public BuildOutcome Outcome { get; }

    /// <summary>Every HTML page, relative to the output folder.</summary>
    public IEnumerable<string> HtmlPages =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads an output file.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => Directory.Delete(Output, recursive: true);
}
