using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Settings;

namespace TwitchSite.Publishing;

/// <summary>Reads <c>base_url</c>, which canonical URLs, the sitemap and the feed need.</summary>
public static class PublishingSettings
{
    /// <summary>Message of TW0804 when base_url is missing.</summary>
    public const string MissingBaseUrl = "site setting 'base_url' is missing: no sitemap, feed or canonical URLs";

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

            sink.Add(Diagnostic.Warning(Codes.PublishingSettings, MissingBaseUrl, new SourceLocation(settingsPath), "add `base_url: https://your.site` to _site.yml"));
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            sink.Add(Diagnostic.Error(Codes.PublishingSettings, $"site setting 'base_url' must be a full http(s) address, not '{value}'", new SourceLocation(settingsPath), "write it like `base_url: https://example.org`"));
            return null;
        }

        return value.TrimEnd('/');
    }
}
