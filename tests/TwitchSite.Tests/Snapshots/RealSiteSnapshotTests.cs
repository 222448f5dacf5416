using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using TwitchSite.Pipelines;
using TwitchSite.Tests.Support;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Snapshots;

/// <summary>Snapshot of every page of the real site in input/, built strictly with the real theme, and one of its shared header, menu and footer.</summary>
[UseReporter(typeof(NoDiffToolReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class RealSiteSnapshotTests : IClassFixture<RealSite>
{
    private readonly RealSite _built;

    public RealSiteSnapshotTests(RealSite built) => _built = built;

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
        SnapshotSupport.VerifyPage(File.ReadAllText(Path.Combine(_built.Output, page)), File.ReadAllText(Path.Combine(_built.Output, "index.html")), "real." + SnapshotSupport.ScenarioOf(page));
    }

    [Fact]
    public void Shared_header_menu_and_footer_match_their_snapshot()
    {
        SnapshotSupport.VerifyShared(File.ReadAllText(Path.Combine(_built.Output, "index.html")));
    }
}
