using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// The site's own words, for the search box's "did you mean": reads the text Pagefind indexed
/// (every <c>fragment/*.pf_fragment</c> of an index bundle and its shards: each page's content and its searched
/// metadata) and writes <see cref="FileName"/> beside it, a JSON object
/// <c>{"pages": N, "words": {"word": pages using it, ...}}</c> of the lower-case words of three
/// letters or more, sorted, so two builds of the same site write the same bytes. The browser
/// corrects a misspelt word to the nearest of these words (search-client.js), so corrections
/// only ever offer words a search can find; it loads them cut by first letter
/// (<see cref="LetterFolderName"/>), only the letters of the words it corrects.
/// </summary>
public static partial class SearchVocabulary
{
    /// <summary>The file's name inside the index bundle folder.</summary>
    public const string FileName = "twitchsite-words.json";

    // Metadata Pagefind searches besides the content (see base.liquid's data-pagefind-meta).
    private static readonly string[] SearchedMeta = ["title", "keywords", "aka", "synonyms"];

    /// <summary>Writes the vocabulary of the bundle in <paramref name="bundleFolder"/>, warning (TW0610) in <paramref name="sink"/> when fragments could not be read.</summary>
    public static void Write(string bundleFolder, DiagnosticSink sink) => Report(Write(bundleFolder), sink);

    /// <summary>Warns (TW0610) in <paramref name="sink"/> about the fragments in <paramref name="unreadable"/>, if any.</summary>
    public static void Report(IReadOnlyList<string> unreadable, DiagnosticSink sink)
    {
        if (unreadable.Count > 0)
        {
            sink.Add(Codes.SearchVocabularyIncomplete.Create(null, unreadable.Count, unreadable[0], PagefindPlatform.Version));
        }
    }

    /// <summary>Writes the vocabulary of the bundle in <paramref name="bundleFolder"/>; returns the fragments it could not read (none when all is well).</summary>
    public static IReadOnlyList<string> Write(string bundleFolder) =>
        Write([Path.Combine(bundleFolder, "fragment")], Path.Combine(bundleFolder, FileName));

    /// <summary>
    /// Writes the vocabulary of the fragments in <paramref name="fragmentFolders"/> (the shards of
    /// one index) to <paramref name="file"/>; returns the fragments it could not read.
    /// </summary>
    public static IReadOnlyList<string> Write(IEnumerable<string> fragmentFolders, string file)
    {
        var fragments = fragmentFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.pf_fragment").Order(StringComparer.Ordinal))
            .ToArray();
        // Fragments are read in parallel, each thread counting into its own table (a word is
        // allocated once per thread, not once per use: 10,000 pages use about 9 million words),
        // and the tables are added up; the counts do not depend on the order.
        var readable = new bool[fragments.Length];
        var tables = new System.Collections.Concurrent.ConcurrentBag<Dictionary<string, int>>();
        Parallel.For(0, fragments.Length, () => new PageWords(), (i, _, local) =>
        {
            if (Read(fragments[i]) is { } text)
            {
                readable[i] = true;
                local.Add(text);
            }

            return local;
        }, local => tables.Add(local.Counts));
        var pagesUsing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var (word, count) in table)
            {
                pagesUsing[word] = pagesUsing.GetValueOrDefault(word) + count;
            }
        }

        var unreadable = fragments.Where((_, i) => !readable[i]).Select(f => Path.GetFileName(f)!).ToList();
        using var stream = File.Create(file);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("pages", fragments.Length - unreadable.Count);
        json.WriteStartObject("words");
        foreach (var (word, count) in pagesUsing)
        {
            json.WriteNumber(word, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        return unreadable;
    }

    /// <summary>The file, in each shard's folder, of that shard's words (the same format, plus the fragments it could not read).</summary>
    public const string ShardFileName = "twitchsite-shard-words.json";

    /// <summary>
    /// Writes the words of one shard (the fragments in <paramref name="fragmentFolder"/>) to
    /// <paramref name="file"/>, with the names of fragments it could not read under
    /// <c>"unreadable"</c>, so a rebuild that keeps the shard need not read its fragments again.
    /// </summary>
    public static void WriteShard(string fragmentFolder, string file)
    {
        var temporary = file + ".tmp";
        var unreadable = Write([fragmentFolder], temporary);
        using (var input = JsonDocument.Parse(File.ReadAllBytes(temporary)))
        using (var stream = File.Create(file))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("pages", input.RootElement.GetProperty("pages").GetInt32());
            json.WriteStartArray("unreadable");
            foreach (var name in unreadable)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WritePropertyName("words");
            input.RootElement.GetProperty("words").WriteTo(json);
            json.WriteEndObject();
        }

        File.Delete(temporary);
    }

    /// <summary>
    /// Writes the site's word list to <paramref name="file"/> from the shards' word files
    /// (<see cref="WriteShard"/>): pages and counts added up. Returns the fragments the shards
    /// could not read.
    /// </summary>
    public static IReadOnlyList<string> Merge(IEnumerable<string> shardFiles, string file)
    {
        var pagesUsing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        var pages = 0;
        foreach (var shardFile in shardFiles)
        {
            using var shard = JsonDocument.Parse(File.ReadAllBytes(shardFile));
            pages += shard.RootElement.GetProperty("pages").GetInt32();
            unreadable.AddRange(shard.RootElement.GetProperty("unreadable").EnumerateArray().Select(u => u.GetString()!));
            foreach (var word in shard.RootElement.GetProperty("words").EnumerateObject())
            {
                pagesUsing[word.Name] = pagesUsing.GetValueOrDefault(word.Name) + word.Value.GetInt32();
            }
        }

        WriteList(file, pages, pagesUsing);

        // What the browser loads: only the words starting with the letter of the word it
        // corrects (a misspelling rarely gets the first letter wrong), about a tenth of the list.
        var byLetter = Path.Combine(Path.GetDirectoryName(file)!, LetterFolderName);
        if (Directory.Exists(byLetter))
        {
            Directory.Delete(byLetter, recursive: true);
        }

        // Every letter's file, an empty list where no word starts with it: a reader's word can
        // start with any letter, and a missing file is a failed request in their browser.
        Directory.CreateDirectory(byLetter);
        var byFirst = pagesUsing.GroupBy(w => LetterOf(w.Key)).ToDictionary(g => g.Key, g => g.AsEnumerable(), StringComparer.Ordinal);
        foreach (var letter in LetterNames)
        {
            WriteList(Path.Combine(byLetter, letter + ".json"), pages, byFirst.GetValueOrDefault(letter, []));
        }

        return unreadable;
    }

    /// <summary>
    /// The folder beside <see cref="FileName"/> with the same list cut by first letter:
    /// <c>a.json</c> to <c>z.json</c>, and <c>other.json</c> for words starting with any other
    /// letter, each in the same format. The search box loads only the files it needs.
    /// </summary>
    public const string LetterFolderName = "twitchsite-words";

    // The letter files' names: a to z, and "other".
    private static readonly string[] LetterNames = [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString()), "other"];

    /// <summary>The name (without ".json") of the letter file holding <paramref name="word"/>.</summary>
    public static string LetterOf(string word) => word.Length > 0 && word[0] is >= 'a' and <= 'z' ? word[..1] : "other";

    private static void WriteList(string file, int pages, IEnumerable<KeyValuePair<string, int>> pagesUsing)
    {
        using var stream = File.Create(file);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("pages", pages);
        json.WriteStartObject("words");
        foreach (var (word, count) in pagesUsing)
        {
            json.WriteNumber(word, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Counts, for each lower-case word of three letters or more (as <see cref="Words"/> finds
    /// them), the pages using it, one page's text after another, without a string per use.
    /// </summary>
    private sealed class PageWords
    {
        private readonly Dictionary<string, (int Pages, int LastPage)> _words = new(StringComparer.Ordinal);
        private int _page;

        public Dictionary<string, int> Counts => _words.ToDictionary(w => w.Key, w => w.Value.Pages, StringComparer.Ordinal);

        public void Add(string text)
        {
            _page++;
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> lower = stackalloc char[30];
            foreach (var match in Letters().EnumerateMatches(text))
            {
                if (match.Length is < 3 or > 30)
                {
                    continue;
                }

                var word = lower[..match.Length];
                text.AsSpan(match.Index, match.Length).ToLowerInvariant(word);
                if (!lookup.TryGetValue(word, out var seen))
                {
                    lookup[word] = (1, _page);
                }
                else if (seen.LastPage != _page)
                {
                    lookup[word] = (seen.Pages + 1, _page);
                }
            }
        }
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
            if (PagefindFile.ReadPayload(path) is not { } payload)
            {
                return null;
            }

            using var page = JsonDocument.Parse(payload);
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
