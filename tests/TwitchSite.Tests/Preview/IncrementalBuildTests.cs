using TwitchSite.Building;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>
/// Correctness of the preview's incremental rebuilds: after every kind of edit, the preview's
/// output folder equals a fresh full build's, byte for byte, with the same diagnostics; and the
/// rebuild redid only what the edit touched.
/// </summary>
[Trait("Category", "Slow")] // a preview rebuilt after each kind of edit, each compared with a full build
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateOnly Today = FixtureSite.TestToday;
    private readonly FixtureSite _site = SiteCopy.RealSite();
    private readonly PreviewSession _session;

    public IncrementalBuildTests()
    {
        _session = new PreviewSession(Options(_site.Output));
    }

    public void Dispose() => _site.Dispose();

    private BuildOptions Options(string output) => new() { Input = _site.Input, Theme = _site.Theme, Output = output, Today = Today };

    private string Input(string relative) => Path.Combine(_site.Input, relative);

    private string Theme(string relative) => Path.Combine(_site.Theme, relative);

    private void Edit(string fullPath, Func<string, string> change)
    {
        var before = File.ReadAllText(fullPath);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(fullPath, after);
    }

    /// <summary>Rebuilds incrementally, builds the same input from scratch elsewhere, and compares both.</summary>
    private PreviewBuild RebuildAndCompare(params string[] changed)
    {
        var incremental = _session.Build(changed);
        var fullOutput = Path.Combine(_site.Root, "full-" + incremental.Number);
        // The preview's own builds leave the search index to BackgroundSearchIndex, so the pages are compared with a build without one.
        var full = SiteBuilder.Build(Options(fullOutput) with { NoSearch = true });

        Assert.Equal(Describe(full.Diagnostics), Describe(incremental.Outcome.Diagnostics));
        Assert.Equal(full.Succeeded, incremental.Succeeded);
        if (full.Succeeded)
        {
            AssertSameFolder(fullOutput, _site.Output);
        }

        return incremental;
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location?.FullPath}:{d.Location?.Line}:{d.Location?.Column} {d.Severity} {d.Code} {d.Message} | {d.Hint}").ToList();

    private static void AssertSameFolder(string expected, string actual)
    {
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.Equal(expectedFiles.Keys, actualFiles.Keys);
        foreach (var (path, bytes) in expectedFiles)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actualFiles[path]), $"{path} differs from a full build's");
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public void Given_a_preview_When_each_kind_of_file_is_edited_in_turn_Then_every_rebuild_equals_a_full_build_and_redoes_only_what_the_edit_touched()
    {
        var pages = RebuildAndCompare().Outcome.Pages;
        Assert.True(pages >= 20);

        // One page's text: that page alone is processed and rendered.
        Edit(Input("causes/caffeine-and-stimulants.md"), t => t.Replace("Caffeine is in drinks such as tea and coffee", "Caffeine is found in drinks such as tea and coffee", StringComparison.Ordinal));
        var build = RebuildAndCompare(Input("causes/caffeine-and-stimulants.md"));
        Assert.Equal((1, pages), build.Redone("RenderMarkdown"));
        Assert.Equal((1, pages), build.Redone("RenderLayout"));
        Assert.Equal(ChangeKind.ContentPage, Assert.Single(build.Changes).Kind);

        // A page's title moves navigation: every page is rendered again, but only one processed.
        Edit(Input("causes/stress-and-anxiety.md"), t => t.Replace("title: Stress and anxiety", "title: Stress, worry and anxiety", StringComparison.Ordinal));
        build = RebuildAndCompare(Input("causes/stress-and-anxiety.md"));
        Assert.Equal((1, pages), build.Redone("RenderMarkdown"));
        Assert.Equal((pages, pages), build.Redone("RenderLayout"));

        // A layout: parsed again, every page rendered again, no markdown processed again.
        Edit(Theme("layouts/topic.liquid"), t => t.Replace("Page last reviewed:", "This page was last reviewed:", StringComparison.Ordinal));
        build = RebuildAndCompare(Theme("layouts/topic.liquid"));
        Assert.Equal(ChangeKind.Layout, Assert.Single(build.Changes).Kind);
        Assert.Equal((0, pages), build.Redone("RenderMarkdown"));
        Assert.Equal((pages, pages), build.Redone("RenderLayout"));

        // A stylesheet.
        Edit(Theme("assets/css/site.css"), t => t + "\n/* edited */\n");
        build = RebuildAndCompare(Theme("assets/css/site.css"));
        Assert.Equal(ChangeKind.Asset, Assert.Single(build.Changes).Kind);
        Assert.Equal((0, pages), build.Redone("RenderMarkdown"));

        // Data: the glossary page changes.
        Edit(Input("_data/glossary.yml"), t => t.Replace("definition: ", "definition: In short, ", StringComparison.Ordinal));
        build = RebuildAndCompare(Input("_data/glossary.yml"));
        Assert.Equal(ChangeKind.Data, Assert.Single(build.Changes).Kind);

        // Folder defaults and site settings.
        Edit(Input("remedies/_directory.yml"), t => t + "reviewed_by: Example Editorial Team\n");
        build = RebuildAndCompare(Input("remedies/_directory.yml"));
        Assert.Equal(ChangeKind.Settings, Assert.Single(build.Changes).Kind);
        Edit(Input("_site.yml"), t => t.Replace("title: Muscle Twitch Guide", "title: The Muscle Twitch Guide", StringComparison.Ordinal));
        RebuildAndCompare(Input("_site.yml"));

        // A new page, then a deleted page: navigation and the output's stale files follow.
        File.WriteAllText(Input("causes/new-page.md"), "---\ntitle: A new page\ndescription: A page added while previewing.\nlast_reviewed: 2026-11-24\nnext_review: 2027-11-24\nsources:\n  - title: Example\n    url: https://example.org/\n    accessed: 2026-11-24\n---\n\n## Hello\n\nShort text.\n");
        RebuildAndCompare(Input("causes/new-page.md"));
        File.Delete(Input("causes/new-page.md"));
        RebuildAndCompare(Input("causes/new-page.md"));

        // A broken page fails like a full build does and leaves the output alone; fixing it recovers.
        var good = File.ReadAllText(Input("remedies/relaxation.md"));
        File.WriteAllText(Input("remedies/relaxation.md"), good.Replace("order:", "order: first\nx:", StringComparison.Ordinal));
        build = RebuildAndCompare(Input("remedies/relaxation.md"));
        Assert.False(build.Succeeded);
        File.WriteAllText(Input("remedies/relaxation.md"), good);
        Assert.True(RebuildAndCompare(Input("remedies/relaxation.md")).Succeeded);

        // A layout with a syntax error, then fixed.
        var layout = File.ReadAllText(Theme("layouts/page.liquid"));
        File.WriteAllText(Theme("layouts/page.liquid"), layout + "{% if %}");
        Assert.False(RebuildAndCompare(Theme("layouts/page.liquid")).Succeeded);
        File.WriteAllText(Theme("layouts/page.liquid"), layout);
        Assert.True(RebuildAndCompare(Theme("layouts/page.liquid")).Succeeded);
    }

    [Fact]
    public void Given_nothing_changed_When_rebuilt_Then_nothing_is_processed_rendered_or_written_again()
    {
        _session.Build([]);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, stamp);
        }

        var build = _session.Build([]);

        Assert.True(build.Succeeded);
        Assert.Equal(0, build.Redone("ExtractFrontMatter").Computed);
        Assert.Equal(0, build.Redone("RenderLayout").Computed);
        Assert.Equal(0, build.Outcome.Commit!.Changed);
        Assert.All(Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories), f => Assert.Equal(stamp, File.GetLastWriteTimeUtc(f)));
    }
}
