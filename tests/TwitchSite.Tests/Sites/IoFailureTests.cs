using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A file the user may not read and a full disk are the user's to fix: each has its own code
/// naming the file, never TW0001 ("a bug in TwitchSite"), and no source line.
/// </summary>
public sealed class IoFailureTests
{
    [Fact]
    public void Given_permission_denied_When_diagnosed_Then_TW0223_names_the_file()
    {
        var diagnostic = IoFailure.Diagnose(new UnauthorizedAccessException("Access to the path '/site/input/a.md' is denied."), "/site/input/other.md", TwitchSite.Diagnostics.Codes.EngineDescriptors);

        Assert.NotNull(diagnostic);
        Assert.Equal("TW0223", diagnostic.Code);
        Assert.Equal("permission denied: cannot read or write '/site/input/a.md'", diagnostic.Message);
        Assert.Null(diagnostic.Location);
    }

    [Fact]
    public void Given_a_real_full_disk_When_diagnosed_Then_TW0224_names_the_file_without_a_source_line()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // only Linux has a device that is always full
        }

        var exception = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", new byte[100_000]));
        var diagnostic = IoFailure.Diagnose(exception, "/site/theme/assets/images/photo.png", TwitchSite.Diagnostics.Codes.EngineDescriptors);

        Assert.NotNull(diagnostic);
        Assert.Equal("TW0224", diagnostic.Code);
        Assert.Equal("the disk is full: could not write '/dev/full'", diagnostic.Message);
        Assert.Null(diagnostic.Location);
        var formatted = new DiagnosticFormatter("/").Format(diagnostic);
        Assert.DoesNotContain("photo.png", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_any_other_exception_When_diagnosed_Then_it_is_left_to_the_bug_report()
    {
        Assert.Null(IoFailure.Diagnose(new IOException("sharing violation"), "/x", TwitchSite.Diagnostics.Codes.EngineDescriptors));
        Assert.Null(IoFailure.Diagnose(new InvalidOperationException("boom"), "/x", TwitchSite.Diagnostics.Codes.EngineDescriptors));
    }

    [Fact]
    public void Given_a_page_changed_after_it_was_read_When_its_markdown_is_rendered_Then_TW0225_names_it_and_the_page_is_not_built_from_mixed_versions()
    {
        var root = Directory.CreateTempSubdirectory("twitchsite-changed-").FullName;
        try
        {
            var page = Path.Combine(root, "a.md");
            File.WriteAllText(page, "---\ntitle: A\n---\nThe first version.\n");
            var sink = new DiagnosticSink();
            var services = new Engine.Pipelines.EngineServices { Diagnostics = sink, EngineDiagnostics = TwitchSite.Diagnostics.Codes.EngineDescriptors };
            var read = TwitchSite.Testing.ModuleHarness.Run([], services, null,
                new Engine.Modules.ReadFiles(root, _ => true, _ => true, textOnDisk: true), new TwitchSite.Content.ExtractFrontMatter());

            File.WriteAllText(page, "---\ntitle: A\n---\nThe second, longer version.\n");
            var rendered = TwitchSite.Testing.ModuleHarness.Run(read, services, null, new TwitchSite.Content.RenderMarkdown());

            Assert.Empty(rendered);
            var diagnostic = Assert.Single(sink.All);
            Assert.Equal("TW0225", diagnostic.Code);
            Assert.Equal(page, diagnostic.Location!.FullPath);
            Assert.Equal("the file changed while the site was being built; it was not used", diagnostic.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Given_a_page_changed_during_the_build_When_links_to_it_are_checked_Then_TW0225_is_the_only_error_not_also_a_missing_page_for_each_link()
    {
        var root = Directory.CreateTempSubdirectory("twitchsite-changed-").FullName;
        try
        {
            var changed = Path.Combine(root, "b.md");
            File.WriteAllText(Path.Combine(root, "a.md"), "---\ntitle: A\n---\nSee [B](b.md) and [gone](gone.md).\n");
            File.WriteAllText(changed, "---\ntitle: B\n---\nThe first version.\n");
            var sink = new DiagnosticSink();
            var services = new Engine.Pipelines.EngineServices { Diagnostics = sink, EngineDiagnostics = TwitchSite.Diagnostics.Codes.EngineDescriptors };
            var read = TwitchSite.Testing.ModuleHarness.Run([], services, null,
                new Engine.Modules.ReadFiles(root, _ => true, _ => true, textOnDisk: true), new TwitchSite.Content.ExtractFrontMatter());
            File.WriteAllText(changed, "---\ntitle: B\n---\nThe second, longer version.\n"); // saved while the build runs
            var rendered = TwitchSite.Testing.ModuleHarness.Run(read, services, null, new TwitchSite.Content.RenderMarkdown());
            var outputs = new Dictionary<string, System.Collections.Immutable.ImmutableArray<Engine.Documents.Document>>
            {
                [TwitchSite.Site.PipelineNames.Content] = rendered,
                [TwitchSite.Site.PipelineNames.Assets] = [],
            };

            TwitchSite.Testing.ModuleHarness.Run([], services, outputs, new TwitchSite.Validation.ValidateLinks());

            var errors = sink.All.Select(d => (d.Code, d.Message)).Order().ToList();
            Assert.Equal([("TW0225", "the file changed while the site was being built; it was not used"), ("TW0301", "link to 'gone.md': no such page")], errors);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
