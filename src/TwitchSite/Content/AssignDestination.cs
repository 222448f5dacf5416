using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Gives each page its URL (<see cref="UrlKeys.Url"/>) and output file (<see cref="Document.Destination"/>)
/// from its source path, using <see cref="UrlMapper"/>.
/// </summary>
public sealed class AssignDestination : PerDocumentModule
{
    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var url = UrlMapper.UrlOf(document.Source);
        return document.WithValue(UrlKeys.Url, url) with { Destination = UrlMapper.DestinationOf(url) };
    }
}
