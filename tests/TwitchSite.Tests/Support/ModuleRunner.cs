using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Tests.Support;

/// <summary>Runs modules on in-memory documents, as Statiq's TestDocument idiom does.</summary>
public static class ModuleRunner
{
    /// <summary>A page document read from <paramref name="source"/> with <paramref name="text"/>.</summary>
    public static Document Page(string source, string text) => new()
    {
        Source = source,
        SourceFullPath = "/site/input/" + source,
        Content = DocumentContent.FromText(text),
    };

    /// <summary>Runs <paramref name="modules"/> in order over <paramref name="documents"/>.</summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) Run(IEnumerable<Document> documents, Metadata? settings = null, params IModule[] modules)
    {
        var sink = new DiagnosticSink();
        var context = ExecutionContext.ForTest(new EngineServices { Diagnostics = sink, Settings = settings ?? Metadata.Empty });
        var current = documents.ToImmutableArray();
        foreach (var module in modules)
        {
            current = module.Execute(current, context);
        }

        return (current, sink);
    }

    /// <summary>
    /// Runs <paramref name="modules"/> in order over <paramref name="documents"/>, with the data
    /// files <paramref name="data"/> (name, YAML text) parsed as the Data pipeline would.
    /// </summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) RunWithData(IEnumerable<Document> documents, IReadOnlyDictionary<string, string> data, params IModule[] modules)
    {
        var sink = new DiagnosticSink();
        var services = new EngineServices { Diagnostics = sink, Settings = Metadata.Empty };
        var files = data.Select(d => Page("_data/" + d.Key + ".yml", d.Value)).ToImmutableArray();
        var parsed = new TwitchSite.Data.ParseData(TwitchSite.Pipelines.DataPipeline.Shapes).Execute(files, ExecutionContext.ForTest(services));
        var context = ExecutionContext.ForTest(services, new Dictionary<string, ImmutableArray<Document>> { [PipelineNames.Data] = parsed });
        var current = documents.ToImmutableArray();
        foreach (var module in modules)
        {
            current = module.Execute(current, context);
        }

        return (current, sink);
    }

    /// <summary>The text content of a document.</summary>
    public static string Text(this Document document) => document.Content is TextContent text ? text.Text : "";
}
