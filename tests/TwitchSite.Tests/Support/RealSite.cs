using TwitchSite.Building;

namespace TwitchSite.Tests.Support;

/// <summary>
/// The real site (input/ with theme/) built strictly, without search, into a temporary folder:
/// once per test run, shared by every class that takes it as a fixture (they only read it).
/// Reads input/ and theme/; writes the built site and deletes it when the test process ends.
/// </summary>
public sealed class RealSite : IDisposable
{
    // Five classes read the same build; each used to build the site again. Lazy runs the build
    // once, even when classes start at the same time, and keeps a failed build's error for each.
    private static readonly Lazy<(string Output, BuildOutcome Outcome)> Shared = new(Build);

    public RealSite() => (Output, Outcome) = Shared.Value;

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

    /// <summary>Nothing: the shared build is deleted when the test process ends, after the last class.</summary>
    public void Dispose()
    {
    }

    private static (string, BuildOutcome) Build()
    {
        var output = Path.Combine(Path.GetTempPath(), "twitchsite-tests", "real-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = output, Strict = true, NoSearch = true, Today = FixtureSite.TestToday });
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => d.ToString())));
        return (output, outcome);
    }
}
