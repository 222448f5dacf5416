using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Yaml;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Data;

/// <summary>
/// Parses each YAML data file (<c>input/_data/*.yml</c>) and writes its value under
/// <see cref="DataKeys.Value"/> and its name (file name without extension) under <see cref="DataKeys.Name"/>.
/// A file that is not valid YAML is reported at the broken line (TW0501) and dropped; glossary
/// entries the site cannot use are reported where they start (TW0502, <see cref="GlossaryShape"/>),
/// and so is every other problem a check in <paramref name="shapes"/> finds in the file it is for.
/// </summary>
/// <param name="shapes">Checks of the shape of particular data files, by data file name (the features that read those files own them).</param>
public sealed class ParseData(IReadOnlyDictionary<string, DataShapeCheck>? shapes = null) : PerDocumentModule
{
    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <summary>The data values of <paramref name="documents"/> by name.</summary>
    public static IReadOnlyDictionary<string, object?> ByName(ImmutableArray<Document> documents) =>
        documents.Where(d => d.Get<string>(DataKeys.Name) is not null)
            .ToDictionary(d => d.Get<string>(DataKeys.Name)!, d => d.Metadata.TryGetValue(DataKeys.Value, out var v) ? v : null, StringComparer.Ordinal);

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var result = YamlReader.Read(document.Content is TextContent text ? text.Text : "", path);
        if (!result.Succeeded)
        {
            context.Diagnostics.Add(Codes.InvalidDataFile.Create(result.ErrorLocation, result.ErrorMessage));
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(document.Source);
        if (shapes?.GetValueOrDefault(name) is { } check)
        {
            foreach (var problem in check(result, path))
            {
                context.Diagnostics.Add(problem);
            }
        }

        return document
            .WithValue(DataKeys.Name, name)
            .WithValue(DataKeys.Value, result.Value);
    }
}
