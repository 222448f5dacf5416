using System.Text.RegularExpressions;

namespace TwitchSite.Engine.Tests.Diagnostics;

/// <summary>
/// The engine names no application: its diagnostic codes, product name, output file names and
/// test switch come from the application that runs it.
/// </summary>
public sealed partial class EngineNamesTests
{
    [Fact]
    public void Given_the_engine_sources_When_searched_Then_no_application_name_or_code_is_in_them()
    {
        var engine = Path.Combine(RepoPaths.Root, "src", "TwitchSite.Engine");
        var found = new List<string>();
        var files = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 20, "the engine's sources were not found"); // so the search cannot pass on nothing
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // The engine's own namespace is its name, not the application's.
                var line = lines[i].Replace("TwitchSite.Engine", "", StringComparison.Ordinal);
                if (AppName().IsMatch(line))
                {
                    found.Add($"{Path.GetRelativePath(engine, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.Empty(found);
    }

    [Fact]
    public void Given_an_application_s_codes_and_name_When_a_module_fails_Then_the_error_carries_them()
    {
        var codes = new EngineDiagnosticCodes("AC001", "AC002", "AC003", "AC004", "AC005", "AC006", "AC007");
        var pipeline = new Pipeline("Content");
        pipeline.ProcessModules.Add(new DelegateModule((_, _) => throw new InvalidOperationException("boom")));
        var sink = new DiagnosticSink();

        new Engine.Pipelines.Engine([pipeline]).Execute(new EngineServices { Diagnostics = sink, EngineDiagnostics = new EngineDiagnostics(codes, "Acme") });

        var diagnostic = Assert.Single(sink.All);
        Assert.Equal("AC001", diagnostic.Code);
        Assert.Equal("unexpected error in DelegateModule (Content pipeline, Process phase): InvalidOperationException: boom", diagnostic.Message);
        Assert.Equal("this is a bug in Acme, not in your files; please report it with this message", diagnostic.Hint);
    }

    [Fact]
    public void Given_an_application_s_output_names_When_a_build_commits_Then_the_manifest_has_its_name()
    {
        using var root = new TempFolder();
        var names = new OutputNames(".acme-manifest", "acme-output");

        using (var output = OutputFolder.BeginStaging(root.PathOf("site"), names: names))
        {
            output.WriteText("index.html", "<p>hi</p>");
            output.Commit();
        }

        Assert.Equal("index.html\n", File.ReadAllText(root.PathOf("site/.acme-manifest")));
        Assert.False(File.Exists(root.PathOf("site/" + OutputNames.Neutral.ManifestName)));
    }

    // The application's name in any spelling, or a code of its form (TW and four digits).
    [GeneratedRegex(@"(?i:twitch\s*site)|TW[0-9]{4}")]
    private static partial Regex AppName();
}
