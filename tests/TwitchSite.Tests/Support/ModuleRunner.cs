using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;

namespace TwitchSite.Tests.Support;

/// <summary>
/// Runs the site's modules on in-memory documents (<see cref="ModuleHarness"/> of the shared
/// test library) with this application's engine codes, so the diagnostics are those users see.
/// </summary>
public static class ModuleRunner
{
    /// <summary>A page document read from <paramref name="source"/> with <paramref name="text"/>.</summary>
    public static Document Page(string source, string text) => TestDocuments.Page(source, text);

    /// <summary>Runs <paramref name="modules"/> in order over <paramref name="documents"/>.</summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) Run(IEnumerable<Document> documents, Metadata? settings = null, params IModule[] modules) =>
        ModuleHarness.Run(documents, settings, TwitchSite.Diagnostics.Codes.EngineDescriptors, modules);

    /// <summary>
    /// Runs <paramref name="modules"/> in order over <paramref name="documents"/>, with the data
    /// files <paramref name="data"/> (name, YAML text) parsed as the Data pipeline would.
    /// </summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) RunWithData(IEnumerable<Document> documents, IReadOnlyDictionary<string, string> data, params IModule[] modules) =>
        RunWithData(documents, data, Metadata.Empty, modules);

    /// <summary>As <see cref="RunWithData(IEnumerable{Document}, IReadOnlyDictionary{string, string}, IModule[])"/>, with the site settings <paramref name="settings"/>.</summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) RunWithData(IEnumerable<Document> documents, IReadOnlyDictionary<string, string> data, Metadata settings, params IModule[] modules)
    {
        var sink = new DiagnosticSink();
        var services = new EngineServices { Diagnostics = sink, Settings = settings, EngineDiagnostics = TwitchSite.Diagnostics.Codes.EngineDescriptors };
        var files = data.Select(d => Page("_data/" + d.Key + ".yml", d.Value)).ToImmutableArray();
        var parsed = new TwitchSite.Data.ParseData(TwitchSite.Pipelines.DataPipeline.Shapes).Execute(files, TestContexts.For(services));
        var outputs = new Dictionary<string, ImmutableArray<Document>> { [PipelineNames.Data] = parsed };
        return (ModuleHarness.Run(documents, services, outputs, modules), sink);
    }

    /// <summary>The text content of a document.</summary>
    public static string Text(this Document document) => TestDocuments.TextOf(document);
}
