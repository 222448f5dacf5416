using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Writers;

namespace TwitchSite.Tests.Snapshots;

/// <summary>
/// Compares a page with its committed <c>*.approved.html</c> snapshot in <c>Snapshots/Approved/</c>
/// (as <see cref="PageSnapshot"/> writes it: the page without the site's shared header, menu
/// markup and footer, which have one snapshot per site). A missing or different snapshot fails
/// and leaves a <c>*.received.html</c> beside it; accept a change on purpose with
/// <c>tests/accept-snapshots.sh</c> after reading the diff.
/// </summary>
public static class SnapshotSupport
{
    /// <summary>Verifies <paramref name="html"/> against the snapshot named <paramref name="scenario"/>; <paramref name="home"/> is the site's home page, whose chrome is shared.</summary>
    public static void VerifyPage(string html, string home, string scenario)
    {
        using (ApprovalResults.ForScenario(scenario))
        {
            Approvals.Verify(new ApprovalTextWriter(PageSnapshot.Page(html, home), "html"));
        }
    }

    /// <summary>Verifies the site's shared header, menu and footer, taken from its <paramref name="home"/> page, against the calling test's snapshot.</summary>
    public static void VerifyShared(string home) =>
        Approvals.Verify(new ApprovalTextWriter(PageSnapshot.Shared(home), "html"));

    /// <summary>A scenario name for an output path: "causes/caffeine/index.html" becomes "causes.caffeine".</summary>
    public static string ScenarioOf(string outputPath)
    {
        var name = outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"/index.html".Length] : outputPath;
        name = name == "index.html" ? "home" : name;
        return name.Replace('/', '.').Replace(".html", "", StringComparison.Ordinal);
    }
}

/// <summary>Never opens a diff tool: CI and terminals have none; the received file is the report.</summary>
public sealed class NoDiffToolReporter : IApprovalFailureReporter
{
    /// <inheritdoc />
    public void Report(string approved, string received)
    {
    }
}
