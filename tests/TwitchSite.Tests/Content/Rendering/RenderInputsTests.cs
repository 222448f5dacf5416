using System.Collections.Immutable;
using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;
using TwitchSite.Tests.Support;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Tests.Content.Rendering;

/// <summary>The preview must not show stale pages: what the steps read from the build must change the cache stamp.</summary>
public sealed class RenderInputsTests
{
    private static readonly ImmutableArray<Document> TwoPages = [ModuleRunner.Page("a.md", "A"), ModuleRunner.Page("b.md", "B")];

    [Fact]
    public void Given_the_same_build_When_stamped_twice_Then_the_stamps_are_equal()
    {
        var context = Context("glossary.yml", "- term: Twitch\n  definition: A small movement.\n");

        Assert.Equal(RenderInputs.Stamp(TwoPages, context), RenderInputs.Stamp([.. TwoPages], context));
    }

    [Fact]
    public void Given_a_changed_glossary_When_stamped_Then_the_stamp_changes()
    {
        Assert.NotEqual(RenderInputs.Stamp(TwoPages, Context("glossary.yml", "- term: Twitch\n  definition: A small movement.\n")), RenderInputs.Stamp(TwoPages, Context("glossary.yml", "- term: Cramp\n  definition: A painful tightening.\n")));
    }

    [Fact]
    public void Given_a_page_added_When_stamped_Then_the_stamp_changes_since_links_written_as_addresses_resolve_against_it()
    {
        var context = Context("glossary.yml", "[]\n");

        Assert.NotEqual(RenderInputs.Stamp(TwoPages, context), RenderInputs.Stamp(TwoPages.Add(ModuleRunner.Page("c.md", "C")), context));
    }

    [Fact]
    public void Given_a_changed_raw_html_setting_When_stamped_Then_the_stamp_changes()
    {
        Assert.NotEqual(RenderInputs.Stamp(TwoPages, Context("glossary.yml", "[]\n")), RenderInputs.Stamp(TwoPages, Context("glossary.yml", "[]\n", Metadata.Create(new Dictionary<string, object?> { ["raw_html"] = "escape" }))));
    }

    private static ExecutionContext Context(string dataFile, string yaml, Metadata? settings = null)
    {
        var services = new EngineServices { Diagnostics = new DiagnosticSink(), Settings = settings ?? Metadata.Empty };
        var parsed = new TwitchSite.Data.ParseData().Execute([ModuleRunner.Page("_data/" + dataFile, yaml)], TestContexts.For(services));
        return TestContexts.For(services, new Dictionary<string, ImmutableArray<Document>> { [PipelineNames.Data] = parsed });
    }
}
