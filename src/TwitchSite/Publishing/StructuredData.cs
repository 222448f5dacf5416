using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Layouts;
using TwitchSite.Settings;

namespace TwitchSite.Publishing;

/// <summary>
/// Writes the JSON-LD of a page when the site asks for it (<see cref="StructuredDataSettings"/>):
/// the site's page type with headline, description, URL, language, <c>lastReviewed</c>, reviewer
/// when named, the site's audience, publisher, and <c>about</c> the site's
/// <see cref="AboutSubject"/> with its other names and the lists the settings name. Every value
/// is one the page shows; every type name comes from the settings. The page's sources (in the
/// order its sources list shows them) go in <c>citation</c> as <c>CreativeWork</c>s with name and URL.
/// The JSON escapes '&lt;' and '&gt;', so it can sit inside a script element safely.
/// </summary>
public static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.Default };

    /// <summary>The JSON-LD of <paramref name="page"/>, or null when the settings give it none.</summary>
    public static string? For(Document page, string? canonicalUrl, string language, string publisher, StructuredDataSettings? settings, AboutSubject? about)
    {
        if (settings is null || !settings.Covers(page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout))
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", settings.Type);
            json.WriteString("headline", page.Metadata.GetString(PageKeys.Title));
            json.WriteString("name", page.Metadata.GetString(PageKeys.Title));
            if (page.Metadata.GetString(PageKeys.Description) is { } description)
            {
                json.WriteString("description", description);
            }

            if (canonicalUrl is not null)
            {
                json.WriteString("url", canonicalUrl);
            }

            json.WriteString("inLanguage", language);
            if (page.Get<DateOnly>(PageKeys.LastReviewed) is var reviewed && reviewed != default)
            {
                json.WriteString("lastReviewed", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (page.Metadata.GetString(PageKeys.ReviewedBy) is { } reviewer)
            {
                json.WriteStartObject("reviewedBy");
                json.WriteString("@type", "Person");
                json.WriteString("name", reviewer);
                json.WriteEndObject();
            }

            if (settings.Audience is { } audience)
            {
                json.WriteStartObject(audience.Property);
                json.WriteString("@type", audience.Type);
                if (audience.AudienceType is not null)
                {
                    json.WriteString("audienceType", audience.AudienceType);
                }

                json.WriteEndObject();
            }

            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
            if (about is not null && settings.About is { } aboutSettings)
            {
                WriteAbout(json, about, aboutSettings, canonicalUrl);
            }

            if (page.Get<List<SourceReference>>(PageKeys.Sources) is { Count: > 0 } sources)
            {
                json.WriteStartArray("citation");
                foreach (var source in sources)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "CreativeWork");
                    json.WriteString("name", source.Title);
                    json.WriteString("url", source.Url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteAbout(Utf8JsonWriter json, AboutSubject about, StructuredDataSettings.AboutSettings settings, string? canonicalUrl)
    {
        var origin = canonicalUrl is null ? null : new Uri(canonicalUrl);
        json.WriteStartObject("about");
        json.WriteString("@type", settings.Type);
        json.WriteString("name", about.Name);
        json.WriteStartArray("alternateName");
        foreach (var name in about.AlternateNames)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        // Lists described as the same property (common and less common causes, say) are one array.
        foreach (var group in settings.Lists.GroupBy(l => l.Property, StringComparer.Ordinal))
        {
            WriteLinked(json, group.Key, group.First().Type, [.. group.SelectMany(l => about.List(l.Key))], origin);
        }

        json.WriteEndObject();
    }

    private static void WriteLinked(Utf8JsonWriter json, string property, string type, IReadOnlyList<LinkedName> items, Uri? origin)
    {
        json.WriteStartArray(property);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("@type", type);
            json.WriteString("name", item.Name);
            if (item.Url is not null && origin is not null)
            {
                json.WriteString("url", new Uri(origin, item.Url).ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
