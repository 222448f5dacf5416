using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Writers;

namespace TwitchSite.Tests.Snapshots;

/// <summary>
/// Compares a page with its committed <c>*.approved.html</c> snapshot in <c>Snapshots/Approved/</c>.
/// A missing or different snapshot fails and leaves a <c>*.received.html</c> beside it; accept a
/// change on purpose with <c>tests/accept-snapshots.sh</c> after reading the diff.
/// </summary>
public static class SnapshotSupport
{
    /// <summary>Verifies <paramref name="html"/> against the snapshot named <paramref name="scenario"/>.</summary>
    public static void VerifyPage(string html, string scenario)
    {
        using (ApprovalResults.ForScenario(scenario))
        {
            Approvals.Verify(new ApprovalTextWriter(html, "html"));
        }
    }

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
