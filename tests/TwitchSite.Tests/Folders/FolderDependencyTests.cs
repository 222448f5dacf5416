using Xunit.Abstractions;

namespace TwitchSite.Tests.Folders;

/// <summary>
/// The folders of src/TwitchSite (one concern each) use each other without cycles, so a newcomer
/// can read them bottom up and a change stays in one folder where it can.
/// </summary>
public sealed class FolderDependencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_the_app_source_When_its_folders_dependencies_are_collected_Then_no_folders_use_each_other()
    {
        var graph = FolderDependencies.OfApp;
        foreach (var folder in graph.Edges.Keys.Select(e => e.From).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine($"{folder} -> {string.Join(", ", graph.UsesOf(folder))}");
        }

        Assert.True(graph.Cycles().Count == 0, "folders that use each other:\n" + string.Join("\n", graph.Cycles()));
    }
}
