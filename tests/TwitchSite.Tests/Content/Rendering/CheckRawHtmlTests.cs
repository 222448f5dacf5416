using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Settings;

namespace TwitchSite.Tests.Content.Rendering;

public sealed class CheckRawHtmlTests
{
    private const string Markdown = "[x](javascript:alert(1))\n\n<div onclick=\"go()\">hi</div>\n";

    [Fact]
    public void Given_refuse_When_checked_Then_script_urls_and_event_handlers_are_reported_in_document_order_at_their_lines()
    {
        var sink = new DiagnosticSink();

        CheckRawHtml.Report(StepSupport.Parse(Markdown), RawHtmlMode.Refuse, StepSupport.Page, sink);

        Assert.Equal([("TW0221", 4), ("TW0220", 6)], sink.All.Select(d => (d.Code, d.Location!.Line)));
    }

    [Fact]
    public void Given_escape_When_checked_Then_only_script_urls_are_reported()
    {
        var sink = new DiagnosticSink();

        CheckRawHtml.Report(StepSupport.Parse(Markdown), RawHtmlMode.Escape, StepSupport.Page, sink);

        Assert.Equal(["TW0221"], sink.All.Select(d => d.Code));
    }

    [Fact]
    public void Given_allow_When_checked_Then_nothing_is_reported()
    {
        var sink = new DiagnosticSink();

        CheckRawHtml.Report(StepSupport.Parse(Markdown), RawHtmlMode.Allow, StepSupport.Page, sink);

        Assert.Empty(sink.All);
    }
}
