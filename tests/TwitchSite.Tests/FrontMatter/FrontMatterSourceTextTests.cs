using System.Text;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.FrontMatter;

/// <summary>
/// Front matter diagnostics carry their source line, so the report shows it without reading the
/// file again: it must be exactly the line the file has there, whatever the line endings.
/// </summary>
public sealed class FrontMatterSourceTextTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Given_unknown_keys_and_wrong_types_When_built_Then_each_diagnostic_carries_its_files_line(string newline)
    {
        var lines = new[] { "---", "title: A page", "description: About\tit.", "colour: red", "order: first", "flavours: [a, b]", "---", "Text." };
        using var site = FixtureSite.Create("-- input/index.md --\n---\ntitle: Home\ndescription: Home.\n---\nHome.\n");
        site.WriteBytes("input/a.md", Encoding.UTF8.GetBytes(string.Join(newline, lines) + newline));

        var outcome = site.Build();

        var located = outcome.Diagnostics.Where(d => d.Location?.FullPath.EndsWith("a.md", StringComparison.Ordinal) == true && d.Code is "TW0104" or "TW0105").ToList();
        Assert.Equal(["TW0104", "TW0105", "TW0105"], located.Select(d => d.Code).Order());
        Assert.All(located, d => Assert.Equal(lines[d.Location!.Line - 1], d.SourceText));
    }
}
