using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Caching;
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
/// entries the site cannot use are reported where they start (TW0502, <see cref="GlossaryShape"/>).
/// </summary>
public sealed class ParseData : PerDocumentModule
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
            context.Diagnostics.Add(Diagnostic.Error(Codes.InvalidDataFile, $"invalid YAML in data file: {result.ErrorMessage}", result.ErrorLocation, "check the indentation, and quote values that contain ': '"));
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(document.Source);
        if (name == GlossaryShape.Name)
        {
            foreach (var problem in GlossaryShape.Check(result, path))
            {
                context.Diagnostics.Add(problem);
            }
        }

        if (name == Markdown.Extensions.CareCards.CareCardSet.DataName)
        {
            foreach (var problem in Markdown.Extensions.CareCards.CareCardSet.Check(result, path))
            {
                context.Diagnostics.Add(problem);
            }
        }

        return document
            .WithValue(DataKeys.Name, name)
            .WithValue(DataKeys.Value, result.Value);
    }
}
