using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Validation;

/// <summary>
/// Reports two sources that would be written to the same output file (TW0202), such as
/// <c>a_b.md</c> and <c>a-b.md</c>, or <c>index.md</c> and <c>README.md</c> in one folder, naming
/// both. Reads the destinations of every pipeline that writes files (the engine makes this
/// pipeline depend on each, so a new one is covered); compares them ignoring case, since
/// case-insensitive file systems would merge them. A file the generator makes itself has no source
/// and is named as such ("the file this generator makes"), never as an empty name. Returns its inputs.
/// </summary>
public sealed class CheckDuplicateUrls : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.WritingPipelines];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var written = context.OutputsOfWritingPipelines().Where(d => d.Destination is not null);
        foreach (var group in written.GroupBy(d => d.Destination!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            // A generated file (no source) sorts first, so the one located is a file of the site.
            var ordered = group.OrderBy(d => d.SourceFullPath ?? d.Source, StringComparer.Ordinal).ToList();
            var first = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                context.Diagnostics.Add(Codes.DuplicateUrl.Create(new SourceLocation(other.SourceFullPath ?? other.Source), Name(other), Name(first), group.Key));
            }
        }

        return inputs;
    }

    private static string Name(Document document) =>
        string.IsNullOrEmpty(document.Source) ? "the file this generator makes" : $"'{document.Source}'";
}
