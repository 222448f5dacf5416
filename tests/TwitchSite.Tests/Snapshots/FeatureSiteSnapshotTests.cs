using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using TwitchSite.Tests.Support;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Snapshots;

/// <summary>Snapshot of every page of the feature fixture site, and one of its shared header, menu and footer.</summary>
[UseReporter(typeof(NoDiffToolReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class FeatureSiteSnapshotTests : IClassFixture<FeatureSiteSnapshotTests.BuiltSite>
{
    private readonly BuiltSite _built;

    public FeatureSiteSnapshotTests(BuiltSite built) => _built = built;

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var line in FeatureSite.Files.Split('\n').Where(l => l.StartsWith("-- input/", StringComparison.Ordinal) && l.TrimEnd().EndsWith(".md --", StringComparison.Ordinal)))
        {
            var source = line.Trim()[9..^3];
            data.Add(UrlMapper.DestinationOfSource(source));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_page_matches_its_snapshot(string page)
    {
        SnapshotSupport.VerifyPage(_built.Site.ReadOutput(page), _built.Site.ReadOutput("index.html"), SnapshotSupport.ScenarioOf(page));
    }

    [Fact]
    public void Shared_header_menu_and_footer_match_their_snapshot()
    {
        SnapshotSupport.VerifyShared(_built.Site.ReadOutput("index.html"));
    }

    /// <summary>Builds the feature site once for all its snapshots.</summary>
    public sealed class BuiltSite : IDisposable
    {
        public BuiltSite()
        {
            Site = FixtureSite.Create(FeatureSite.Files);
            var outcome = Site.Build(strict: true);
            Assert.True(outcome.Succeeded, string.Join("\n", Site.Headers(outcome)));
        }

        public FixtureSite Site { get; }

        public void Dispose() => Site.Dispose();
    }
}
