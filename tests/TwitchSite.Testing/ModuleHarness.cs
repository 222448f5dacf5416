using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Testing;

/// <summary>Runs modules over in-memory documents and collects what they report.</summary>
public static class ModuleHarness
{
    /// <summary>
    /// Runs <paramref name="modules"/> in order over <paramref name="documents"/> in one context
    /// made from <paramref name="services"/> (their sink collects the diagnostics) and the visible
    /// pipeline outputs <paramref name="outputs"/>.
    /// </summary>
    public static ImmutableArray<Document> Run(IEnumerable<Document> documents, EngineServices services, IReadOnlyDictionary<string, ImmutableArray<Document>>? outputs, params IModule[] modules)
    {
        var context = TestContexts.For(services, outputs);
        var current = documents.ToImmutableArray();
        foreach (var module in modules)
        {
            current = module.Execute(current, context);
        }

        return current;
    }

    /// <summary>Runs <paramref name="modules"/> over <paramref name="documents"/> with <paramref name="settings"/>; returns the documents and the diagnostics.</summary>
    public static (ImmutableArray<Document> Documents, DiagnosticSink Diagnostics) Run(IEnumerable<Document> documents, Metadata? settings, EngineDiagnostics? engineDiagnostics, params IModule[] modules)
    {
        var sink = new DiagnosticSink();
        var services = new EngineServices { Diagnostics = sink, Settings = settings ?? Metadata.Empty, EngineDiagnostics = engineDiagnostics ?? EngineDiagnostics.Neutral };
        return (Run(documents, services, null, modules), sink);
    }
}
