using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>Every page of the real site passes html-validate (recommended rules, config in tests/tools).</summary>
[Trait("Category", "Slow")] // html-validate (Node) on every page of the real site
public sealed class HtmlValidateTests : IClassFixture<RealSite>
{
    private readonly RealSite _site;

    public HtmlValidateTests(RealSite site) => _site = site;

    [Fact]
    public void Every_page_of_the_real_site_has_zero_html_validate_errors()
    {
        var pages = _site.HtmlPages.Select(p => Path.Combine(_site.Output, p)).ToArray();
        Assert.NotEmpty(pages);

        var (code, output) = NodeTools.RunNode(
            "node_modules/html-validate/bin/html-validate.mjs",
            ["--config", Path.Combine(NodeTools.ToolsFolder, ".htmlvalidate.json"), "--formatter", "text", .. pages]);

        Assert.True(code == 0, output);
    }

    [Fact]
    public void The_validator_really_rejects_broken_html()
    {
        var bad = Path.Combine(_site.Output, "..", "broken-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p><img src=\"a.png\"></body></html>");
        try
        {
            var (code, output) = NodeTools.RunNode("node_modules/html-validate/bin/html-validate.mjs", "--config", Path.Combine(NodeTools.ToolsFolder, ".htmlvalidate.json"), bad);
            Assert.NotEqual(0, code);
            Assert.Contains("wcag/h37", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
