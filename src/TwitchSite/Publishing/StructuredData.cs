using System.Text.Encodings.Web;
using System.Text.Json;
using TwitchSite.Content;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Layouts;

namespace TwitchSite.Publishing;

/// <summary>
/// Writes the JSON-LD <c>MedicalWebPage</c> of a topic page (CONTENT.md): headline,
/// description, URL, language, <c>lastReviewed</c>, reviewer when named, audience Patient,
/// publisher, and <c>about</c> the site's <see cref="Condition"/> as a <c>MedicalSignOrSymptom</c>
/// with its other names, causes and possible treatments, and <c>citation</c>: the page's sources
/// (in the order its sources list shows them) as <c>CreativeWork</c>s with name and URL. Every
/// value is one the page shows.
/// The JSON escapes '&lt;' and '&gt;', so it can sit inside a script element safely.
/// </summary>
public static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.Default };

    /// <summary>The JSON-LD of <paramref name="page"/>, or null for pages that are not topic pages.</summary>
    public static string? For(Document page, string? canonicalUrl, string language, string publisher, Condition? condition)
    {
        if (page.Metadata.GetString(PageKeys.Layout) != PageKeys.TopicLayout)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "MedicalWebPage");
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
                json.WriteString("lastReviewed", TemplateValues.IsoDate(reviewed));
            }

            if (page.Metadata.GetString(PageKeys.ReviewedBy) is { } reviewer)
            {
                json.WriteStartObject("reviewedBy");
                json.WriteString("@type", "Person");
                json.WriteString("name", reviewer);
                json.WriteEndObject();
            }

            json.WriteStartObject("medicalAudience");
            json.WriteString("@type", "MedicalAudience");
            json.WriteString("audienceType", "Patient");
            json.WriteEndObject();
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
            if (condition is not null)
            {
                WriteCondition(json, condition, canonicalUrl);
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

    private static void WriteCondition(Utf8JsonWriter json, Condition condition, string? canonicalUrl)
    {
        var origin = canonicalUrl is null ? null : new Uri(canonicalUrl);
        json.WriteStartObject("about");
        json.WriteString("@type", "MedicalSignOrSymptom");
        json.WriteString("name", condition.Name);
        json.WriteStartArray("alternateName");
        foreach (var name in condition.AlternateNames)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        WriteLinked(json, "cause", "MedicalCause", condition.Causes, origin);
        WriteLinked(json, "possibleTreatment", "MedicalTherapy", condition.Treatments, origin);
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
