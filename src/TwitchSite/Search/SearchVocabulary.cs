using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Search;

/// <summary>
/// The site's own words, for the search box's "did you mean": reads the text Pagefind indexed
/// (every <c>fragment/*.pf_fragment</c> of an index bundle: each page's content and its searched
/// metadata) and writes <see cref="FileName"/> beside it, a JSON object
/// <c>{"pages": N, "words": {"word": pages using it, ...}}</c> of the lower-case words of three
/// letters or more, sorted, so two builds of the same site write the same bytes. The browser
/// corrects a misspelt word to the nearest of these words (search-client.js), so corrections
/// only ever offer words a search can find.
/// </summary>
public static partial class SearchVocabulary
{
    /// <summary>The file's name inside the index bundle folder.</summary>
    public const string FileName = "twitchsite-words.json";

    // Pagefind writes each fragment as gzip of this signature followed by the page's JSON.
    private static readonly byte[] Signature = "pagefind_dcd"u8.ToArray();

    // Metadata Pagefind searches besides the content (see base.liquid's data-pagefind-meta).
    private static readonly string[] SearchedMeta = ["title", "keywords", "aka", "synonyms", "related"];

    /// <summary>Writes the vocabulary of the bundle in <paramref name="bundleFolder"/>, warning (TW0610) in <paramref name="sink"/> when fragments could not be read.</summary>
    public static void Write(string bundleFolder, DiagnosticSink sink)
    {
        var unreadable = Write(bundleFolder);
        if (unreadable.Count > 0)
        {
            sink.Add(Codes.SearchVocabularyIncomplete.Create(null, unreadable.Count, unreadable[0], PagefindPlatform.Version));
        }
    }

    /// <summary>Writes the vocabulary of the bundle in <paramref name="bundleFolder"/>; returns the fragments it could not read (none when all is well).</summary>
    public static IReadOnlyList<string> Write(string bundleFolder)
    {
        var pagesUsing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        var fragments = Directory.Exists(Path.Combine(bundleFolder, "fragment"))
            ? Directory.GetFiles(Path.Combine(bundleFolder, "fragment"), "*.pf_fragment").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var fragment in fragments)
        {
            if (Read(fragment) is not { } text)
            {
                unreadable.Add(Path.GetFileName(fragment));
                continue;
            }

            foreach (var word in Words(text))
            {
                pagesUsing[word] = pagesUsing.GetValueOrDefault(word) + 1;
            }
        }

        using var stream = File.Create(Path.Combine(bundleFolder, FileName));
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("pages", fragments.Count - unreadable.Count);
        json.WriteStartObject("words");
        foreach (var (word, count) in pagesUsing)
        {
            json.WriteNumber(word, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        return unreadable;
    }

    /// <summary>The distinct lower-case words of three letters or more in <paramref name="text"/>.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Letters().Matches(text))
        {
            if (match.Length is >= 3 and <= 30)
            {
                words.Add(match.Value.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>The searched text of one fragment (content and searched metadata), or null when it is not a fragment this version can read.</summary>
    private static string? Read(string path)
    {
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gzip.CopyTo(memory);
            var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
            if (!bytes.StartsWith(Signature))
            {
                return null;
            }

            using var page = JsonDocument.Parse(memory.GetBuffer().AsMemory(Signature.Length, (int)memory.Length - Signature.Length));
            var text = new StringBuilder();
            if (page.RootElement.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            {
                text.Append(content.GetString()).Append(' ');
            }

            if (page.RootElement.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in SearchedMeta)
                {
                    if (meta.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        text.Append(value.GetString()).Append(' ');
                    }
                }
            }

            return text.ToString();
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException or IOException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
