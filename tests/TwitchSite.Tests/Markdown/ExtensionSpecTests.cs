using System.Text;
using TwitchSite.Content;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Markdown;

/// <summary>
/// Spec-style cases for every markdown extension the site uses, as Markdig and CommonMark
/// write theirs: one file per extension in <c>Markdown/Specs/</c>, each case an
/// <c>example</c> block of markdown, a line holding only <c>.</c>, then the HTML expected.
/// Each case is rendered as a whole page by the real modules (includes, front matter,
/// <see cref="RenderMarkdown"/>) with the spec site's data (<c>Specs/_data/</c>: glossary and
/// care cards), so what is checked is what a page gets. A file with a case that differs fails,
/// names each case by its line, and leaves <c>NAME.received.md</c> beside it with the HTML the
/// cases produce: read it, then accept it with <c>tests/accept-snapshots.sh --accept</c>.
/// </summary>
public sealed class ExtensionSpecTests
{
    private const string Fence = "````````````````````````````````";

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "TwitchSite.Tests", "Markdown", "Specs");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md").Where(f => !f.EndsWith(".received.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_of_the_extension_spec_renders_its_html(string file)
    {
        var path = Path.Combine(Folder, file);
        var lines = File.ReadAllLines(path);
        var cases = Cases(lines).ToList();
        Assert.NotEmpty(cases);

        var failures = new StringBuilder();
        var received = lines.ToList();
        foreach (var @case in cases.AsEnumerable().Reverse())
        {
            var actual = Render(@case.Markdown);
            if (actual != @case.Html)
            {
                failures.Insert(0, $"\n{file}:{@case.Line}: example differs\n--- expected\n{@case.Html}\n--- actual\n{actual}\n");
            }

            received.RemoveRange(@case.HtmlStart, @case.HtmlEnd - @case.HtmlStart);
            received.InsertRange(@case.HtmlStart, actual.Length == 0 ? [] : actual.Split('\n'));
        }

        var receivedPath = Path.ChangeExtension(path, ".received.md");
        if (failures.Length == 0)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, string.Join('\n', received) + "\n");
        Assert.Fail(failures + $"\nWrote {receivedPath}; read it, then accept it with tests/accept-snapshots.sh --accept.");
    }

    [Fact]
    public void Every_extension_folder_has_a_spec_file()
    {
        var extensions = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "src", "TwitchSite", "Markdown", "Extensions"))
            .Select(d => Path.GetFileName(d))
            .Select(name => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) + ".md");

        var missing = extensions.Where(spec => !File.Exists(Path.Combine(Folder, spec))).ToList();
        Assert.True(missing.Count == 0, "extensions without a spec file in Markdown/Specs: " + string.Join(", ", missing));
    }

    // The page's HTML (no layout) from the modules a page goes through up to rendering.
    private static string Render(string markdown)
    {
        var page = new Document
        {
            Source = "guide/page.md",
            SourceFullPath = Path.Combine(Folder, "guide", "page.md"),
            Content = DocumentContent.FromText(markdown),
        };
        var data = Directory.EnumerateFiles(Path.Combine(Folder, "_data"), "*.yml").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        // Two more pages, so links written as their addresses have something to resolve to.
        var others = new[] { ModuleRunner.Page("guide/other.md", "Other.\n"), ModuleRunner.Page("index.md", "Home.\n") };
        var (documents, sink) = ModuleRunner.RunWithData([page, .. others], data, new ExtractFrontMatter(), new ExpandIncludes(Folder), new ValidateFrontMatter(), new RenderMarkdown());
        var errors = sink.All.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, "a spec case must build: " + string.Join("; ", errors.Select(e => e.Code + " " + e.Message)));
        return documents.Single(d => d.Source == page.Source).Text().TrimEnd('\n');
    }

    private static IEnumerable<SpecCase> Cases(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, start);
            Assert.True(dot > 0 && end > dot, $"line {i + 1}: an example needs a line '.' between its markdown and its HTML, and a closing fence");
            yield return new SpecCase(i + 1, string.Join('\n', lines[start..dot]) + "\n", string.Join('\n', lines[(dot + 1)..end]), dot + 1, end);
            i = end;
        }
    }

    private sealed record SpecCase(int Line, string Markdown, string Html, int HtmlStart, int HtmlEnd);
}
