using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using TwitchSite.Building;
using TwitchSite.Pipelines;
using TwitchSite.Tests.Support;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Snapshots;

/// <summary>Snapshot of every page of the real site in input/, built strictly with the real theme.</summary>
[UseReporter(typeof(NoDiffToolReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class RealSiteSnapshotTests : IClassFixture<RealSiteSnapshotTests.BuiltSite>
{
    private readonly BuiltSite _built;

    public RealSiteSnapshotTests(BuiltSite built) => _built = built;

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            if (SourceFilters.IsContent(source))
            {
                data.Add(UrlMapper.DestinationOfSource(source));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_page_matches_its_snapshot(string page)
    {
        SnapshotSupport.VerifyPage(File.ReadAllText(Path.Combine(_built.Output, page)), "real." + SnapshotSupport.ScenarioOf(page));
    }

    /// <summary>Builds the real site once, strictly, into a temporary folder.</summary>
    public sealed class BuiltSite : IDisposable
    {
        public BuiltSite()
        {
            Output = Path.Combine(Path.GetTempPath(), "twitchsite-tests", "real-" + Guid.NewGuid().ToString("N"));
            var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = Output, Strict = true, NoSearch = true });
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => d.ToString())));
        }

        public string Output { get; }

        public void Dispose() => Directory.Delete(Output, recursive: true);
    }
}
