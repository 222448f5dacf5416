using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Validation;

/// <summary>
/// Reports unknown front matter keys (TW0105) once per key for the whole site, at the first
/// page (in source order) that uses it, with the number of pages that do: docs written for
/// another tool repeat the same keys on every page, and one warning per page would bury the
/// rest. Reads <see cref="FrontMatterKeys.UnknownKeys"/> of the Content pipeline's pages; writes nothing.
/// </summary>
public sealed class ReportUnknownKeys : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content)];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var byKey = new Dictionary<string, (Diagnostic First, int Pages)>(StringComparer.Ordinal);
        foreach (var page in context.OutputsOf(PipelineNames.Content).OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            foreach (var warning in page.Get<List<Diagnostic>>(FrontMatterKeys.UnknownKeys) ?? [])
            {
                byKey[warning.Message] = byKey.TryGetValue(warning.Message, out var seen) ? (seen.First, seen.Pages + 1) : (warning, 1);
            }
        }

        foreach (var (first, pages) in byKey.Values)
        {
            context.Diagnostics.Add(pages == 1 ? first : first with { Message = $"{first.Message} (on {pages} pages; shown once)" });
        }

        return inputs;
    }
}
