using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Where a folder has both <c>index.md</c> (or Hugo's <c>_index.md</c>) and <c>README.md</c>, the
/// index is the folder's page and the README (there for people browsing the repository) is left
/// out, with a note (TW0240, info) instead of a duplicate-address error. Reads and returns the
/// Content pipeline's documents, without the README.
/// </summary>
public sealed class PreferIndexPage : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var folderPages = inputs
            .Where(d => Name(d.Source) is "index" or "_index")
            .Select(d => (Folder: ApplyDirectoryMetadata.FolderOf(d.Source), d.Source))
            .GroupBy(f => f.Folder, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Source, StringComparer.Ordinal);
        if (folderPages.Count == 0)
        {
            return inputs;
        }

        var kept = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            if (Name(document.Source) == "readme" && folderPages.TryGetValue(ApplyDirectoryMetadata.FolderOf(document.Source), out var index))
            {
                context.Diagnostics.Add(Codes.ReadmeBesideIndex.Create(new SourceLocation(document.SourceFullPath ?? document.Source), document.Source, index));
                continue;
            }

            kept.Add(document);
        }

        return kept.ToImmutable();
    }

    private static string Name(string source) => Path.GetFileNameWithoutExtension(source).ToLowerInvariant() is var name && UrlMapper.IsIndexName(name) ? name : "";
}
