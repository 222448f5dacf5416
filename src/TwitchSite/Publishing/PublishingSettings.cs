using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Settings;

namespace TwitchSite.Publishing;

/// <summary>Reads <c>base_url</c>, which canonical URLs, the sitemap and the feed need.</summary>
public static class PublishingSettings
{
    /// <summary>
    /// The site's address without trailing '/', or null. A missing base_url is an error only in
    /// strict (publishing) builds; a malformed one always is.
    /// </summary>
    public static string? BaseUrl(SiteSettings settings, DiagnosticSink sink, string settingsPath)
    {
        var value = settings.BaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            // Only a publishing (strict) build needs it; a local build of any folder of markdown does not.
            if (!sink.WarningsAsErrors)
            {
                return null;
            }

            sink.Add(Codes.MissingBaseUrl.Create(new SourceLocation(settingsPath)));
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            sink.Add(Codes.BadBaseUrl.Create(new SourceLocation(settingsPath), value));
            return null;
        }

        return value.TrimEnd('/');
    }
}
