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
/// <see cref="ValueKey"/> and its name (file name without extension) under <see cref="NameKey"/>.
/// A file that is not valid YAML is reported at the broken line (TW0501) and dropped; glossary
/// entries the site cannot use are reported where they start (TW0502, <see cref="GlossaryShape"/>).
/// </summary>
public sealed class ParseData : PerDocumentModule
{
    /// <summary>Computed: the parsed value.</summary>
    public const string ValueKey = "@data";

    /// <summary>Computed: the data file's name, as layouts address it (<c>data.glossary</c>).</summary>
    public const string NameKey = "@data_name";

    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    /// <remarks>The result depends on the document alone.</remarks>
    protected override CacheStamp CacheStamp(ImmutableArray<Document> inputs, ExecutionContext context) => new();

    /// <summary>The data values of <paramref name="documents"/> by name.</summary>
    public static IReadOnlyDictionary<string, object?> ByName(ImmutableArray<Document> documents) =>
        documents.Where(d => d.Get<string>(NameKey) is not null)
            .ToDictionary(d => d.Get<string>(NameKey)!, d => d.Metadata.TryGetValue(ValueKey, out var v) ? v : null, StringComparer.Ordinal);

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
            .WithValue(NameKey, name)
            .WithValue(ValueKey, result.Value);
    }
}
