using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Gives each page its URL (<see cref="UrlKeys.Url"/>) and output file (<see cref="Document.Destination"/>)
/// from its source path, using <see cref="UrlMapper"/>; or from Jekyll's <c>permalink</c> front
/// matter when it is a fixed address (<c>permalink: /docs/installation/</c>), which Jekyll docs
/// and the links written in them follow. A permalink with placeholders (<c>/:path/</c>) or one
/// that is not a site path is not followed: the page keeps its file's address.
/// </summary>
public sealed class AssignDestination : PerDocumentModule
{
    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <summary>Jekyll's front matter key for a page's own address.</summary>
    public const string PermalinkKey = "permalink";

    /// <summary>
    /// The URL <paramref name="permalink"/> gives a page: <c>/docs/installation/</c> as it is,
    /// <c>/docs/installation</c> as <c>/docs/installation/</c> (published as a folder, which
    /// serves both), <c>/about.html</c> as it is; null when it is missing, relative, has
    /// placeholders, a query, or <c>.</c>/<c>..</c> segments.
    /// </summary>
    public static string? PermalinkUrl(string? permalink)
    {
        if (permalink is not { Length: > 0 } || !permalink.StartsWith('/') || permalink.StartsWith("//", StringComparison.Ordinal)
            || permalink.IndexOfAny([':', '?', '#', '\\', '{', '%']) >= 0 || permalink.Split('/').Any(s => s is "." or ".."))
        {
            return null;
        }

        return permalink.EndsWith('/') || permalink.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? permalink : permalink + "/";
    }

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var url = PermalinkUrl(document.Metadata.GetString(PermalinkKey)) ?? UrlMapper.UrlOf(document.Source);
        return document.WithValue(UrlKeys.Url, url) with { Destination = UrlMapper.DestinationOf(url) };
    }
}
