using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Which shards of a sharded index can answer a word, so the browser loads only those
/// (search-shards.js): Pagefind 1.6 loads a whole page list per merged index before it can
/// search it, about 8 bytes a page, so a site of 30,000 pages in eight shards cost every query
/// 236 KB of page lists. Reads the words of each shard's index exactly as Pagefind's WebAssembly
/// will see them (the keys of every <c>index/*.pf_index</c> chunk: stems, lower case, without
/// diacritics) and writes, under <see cref="FolderName"/> in the bundle folder, one JSON file per
/// first character (<c>a.json</c> ... <c>z.json</c>, <c>0.json</c> ... <c>9.json</c>, <c>other.json</c>)
/// mapping each key to the shards holding a word with it: <c>{"zor": [3], "zos": [0, 1]}</c>,
/// where shard 0 is the first shard (the one in <c>pagefind/</c>) and shard <c>i</c> the
/// <c>i</c>th folder listed in <see cref="ShardedIndex.SiteFileName"/>. Each file also has
/// <c>"bytes": {"zor": [2, 9], ...}</c>: for each key, in the order of its shards, what a query
/// for a word with that key downloads from that shard's index, in kilobytes of 1,000 bytes
/// rounded up (the index chunks holding words with the key, as stored, gzip-compressed); the
/// browser loads a word on most pages of a large site from the first shards within a byte budget
/// first (search-shards.js). No key is that long, so "bytes" is never a key. A key is the first
/// <see cref="KeyLength"/> characters of a word, or the whole word when it is shorter (these
/// short keys are whole words: Pagefind falls back to a word that is the start of the query's
/// word when nothing starts with it). Each file also has <c>"chunks"</c>: the index chunks, of
/// every shard, that a word with its first character may fall in, with their bounds and
/// kilobytes (<see cref="ChunksProperty"/>): Pagefind downloads a query word's chunk in every
/// shard it searches, also where the word is missing, and the keys cannot show that. Each
/// shard's own keys are kept in its folder (<see cref="ShardFileName"/>), so a rebuild that
/// keeps the shard does not read its index again.
/// </summary>
public static class ShardRoutes
{
    /// <summary>How many leading characters of a word make its key.</summary>
    public const int KeyLength = 3;

    /// <summary>The folder, in the index bundle folder, of the route files.</summary>
    public const string FolderName = "twitchsite-routes";

    /// <summary>The file, in each shard's folder, of that shard's keys (one a line, sorted).</summary>
    public const string ShardFileName = "twitchsite-shard-keys.txt";

    /// <summary>The property, in each route file, of the keys' chunk kilobytes per shard.</summary>
    public const string BytesProperty = "bytes";

    /// <summary>The property, in each route file, of the chunks its words may fall in (<see cref="WriteChunks"/>).</summary>
    public const string ChunksProperty = "chunks";

    /// <summary>The key of <paramref name="word"/>, or null when the browser cannot cut the same key (a surrogate pair in it).</summary>
    public static string? KeyOf(string word)
    {
        var key = word.Length <= KeyLength ? word : word[..KeyLength];
        return key.Any(char.IsSurrogate) || key.Length == 0 ? null : key;
    }

    /// <summary>Writes the keys of the shard in <paramref name="shardFolder"/> (its <c>index/</c> chunks) to its <see cref="ShardFileName"/>, each with its chunks' kilobytes after a tab; nothing when its index cannot be read.</summary>
    public static void WriteShard(string shardFolder)
    {
        if (Read(shardFolder) is { } keys)
        {
            File.WriteAllText(Path.Combine(shardFolder, ShardFileName), string.Concat(keys.Select(k => $"{k.Key}\t{k.Value}\n")));
        }
    }

    /// <summary>
    /// Writes the route files for the shards in <paramref name="shardFolders"/> (the first
    /// shard first, then in the order the site file lists them) into
    /// <paramref name="bundleFolder"/>. Returns false, writing nothing, when some shard's index
    /// could not be read (a Pagefind whose format this does not know): the browser then loads
    /// every shard, as it did before routing.
    /// </summary>
    public static bool Write(IReadOnlyList<string> shardFolders, string bundleFolder)
    {
        var shardsOf = new SortedDictionary<string, List<(int Shard, long Kilobytes)>>(StringComparer.Ordinal);
        for (var shard = 0; shard < shardFolders.Count; shard++)
        {
            var keys = ReadKept(shardFolders[shard]) ?? Read(shardFolders[shard]);
            if (keys is null)
            {
                return false;
            }

            foreach (var (key, kilobytes) in keys)
            {
                if (!shardsOf.TryGetValue(key, out var list))
                {
                    shardsOf[key] = list = [];
                }

                list.Add((shard, kilobytes));
            }
        }

        // Each shard's chunk bounds, for what a query downloads from a shard whatever its words
        // (one that the shard lacks still costs the chunk it falls in); none when a shard's
        // metadata cannot be read, and the browser then counts keys' chunks only.
        var chunks = shardFolders.Select(IndexChunkRanges.Read).ToList();
        var chunked = chunks.All(c => c is not null);
        var files = shardsOf.GroupBy(k => FileOf(k.Key)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (chunked)
        {
            foreach (var name in FileNames.Where(n => !files.ContainsKey(n)))
            {
                files[name] = [];
            }
        }

        var folder = Path.Combine(bundleFolder, FolderName);
        Directory.CreateDirectory(folder);
        foreach (var (name, keys) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            using var stream = File.Create(Path.Combine(folder, name + ".json"));
            using var json = new Utf8JsonWriter(stream);
            json.WriteStartObject();
            foreach (var (key, shards) in keys)
            {
                json.WriteStartArray(key);
                foreach (var (shard, _) in shards)
                {
                    json.WriteNumberValue(shard);
                }

                json.WriteEndArray();
            }

            json.WriteStartObject(BytesProperty);
            foreach (var (key, shards) in keys)
            {
                json.WriteStartArray(key);
                foreach (var (_, kilobytes) in shards)
                {
                    json.WriteNumberValue(kilobytes);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            if (chunked)
            {
                WriteChunks(json, name, chunks!);
            }

            json.WriteEndObject();
        }

        return true;
    }

    // Every route file a word can need: one per letter and digit, and one for the rest.
    private static readonly string[] FileNames =
        [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString()), .. Enumerable.Range('0', 10).Select(c => ((char)c).ToString()), "other"];

    /// <summary>
    /// Writes <see cref="ChunksProperty"/>: every chunk, of every shard, that Pagefind may pick
    /// for a word the route file <paramref name="name"/> is for, as <c>[shard, from, to, kilobytes]</c>
    /// in shard order and each shard's chunk order (search-shards.js picks among them as Pagefind does).
    /// </summary>
    private static void WriteChunks(Utf8JsonWriter json, string name, List<List<IndexChunkRange>?> chunks)
    {
        json.WriteStartArray(ChunksProperty);
        for (var shard = 0; shard < chunks.Count; shard++)
        {
            foreach (var chunk in chunks[shard]!.Where(c => MayHold(c, name)))
            {
                json.WriteStartArray();
                json.WriteNumberValue(shard);
                json.WriteStringValue(chunk.From);
                json.WriteStringValue(chunk.To);
                json.WriteNumberValue((chunk.Bytes + 999) / 1000);
                json.WriteEndArray();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Whether Pagefind may pick <paramref name="chunk"/> for a word of the route file
    /// <paramref name="name"/>: for a word starting with c, the chunk's bounds must start at or
    /// before c and end at or after it (comparing the whole word with the bounds, or cut to
    /// their lengths, as Pagefind does); an empty bound is open. A word of "other" starts with
    /// none of a-z and 0-9, so the chunk's first letters must span some other character.
    /// </summary>
    private static bool MayHold(IndexChunkRange chunk, string name)
    {
        var first = chunk.From.Length == 0 ? char.MinValue : chunk.From[0];
        var last = chunk.To.Length == 0 ? char.MaxValue : chunk.To[0];
        if (name != "other")
        {
            return first <= name[0] && last >= name[0];
        }

        static bool Routed(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
        var withinDigits = first >= '0' && last <= '9';
        var withinLetters = first >= 'a' && last <= 'z';
        return !(Routed(first) && Routed(last) && (withinDigits || withinLetters));
    }

    /// <summary>The name (without ".json") of the route file holding <paramref name="key"/>: its first character when it is a-z or 0-9, else "other" (search-shards.js cuts the same way).</summary>
    public static string FileOf(string key) => key[0] is >= 'a' and <= 'z' or >= '0' and <= '9' ? key[..1] : "other";

    /// <summary>
    /// The characters Pagefind keeps in queries (<c>include_characters</c> in the
    /// <c>pagefind-entry.json</c> of the shard in <paramref name="shardFolder"/>); null when the
    /// entry cannot be read or names a language other than English, and then the shards are not
    /// routed: the browser knows only what the English stemmer keeps of a word (search-shards.js),
    /// and Pagefind cuts Chinese, Japanese and Thai queries into words itself.
    /// </summary>
    public static List<string>? IncludeCharacters(string shardFolder)
    {
        try
        {
            using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shardFolder, "pagefind-entry.json")));
            if (!entry.RootElement.TryGetProperty("languages", out var languages) || languages.ValueKind != JsonValueKind.Object
                || languages.EnumerateObject().Any(l => l.Name != "en" && !l.Name.StartsWith("en-", StringComparison.Ordinal)))
            {
                return null;
            }

            return entry.RootElement.TryGetProperty("include_characters", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(c => c.GetString() ?? "").Where(c => c.Length > 0).ToList()
                : [];
        }
        catch (Exception exception) when (exception is IOException or JsonException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A kept shard's keys; null when it has none or was written before keys had their kilobytes.
    private static SortedDictionary<string, long>? ReadKept(string shardFolder)
    {
        var file = Path.Combine(shardFolder, ShardFileName);
        if (!File.Exists(file))
        {
            return null;
        }

        var keys = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0))
        {
            var tab = line.LastIndexOf('\t');
            if (tab < 0 || !long.TryParse(line.AsSpan(tab + 1), out var kilobytes))
            {
                return null;
            }

            keys[line[..tab]] = kilobytes;
        }

        return keys;
    }

    /// <summary>
    /// The keys of the words in the shard's index chunks, each with the kilobytes (rounded up) of
    /// the chunks holding a word with it, or null when a chunk is not in a format this reads.
    /// </summary>
    private static SortedDictionary<string, long>? Read(string shardFolder)
    {
        var kept = new Dictionary<string, long>(StringComparer.Ordinal);
        var index = Path.Combine(shardFolder, "index");
        if (!Directory.Exists(index))
        {
            return null;
        }

        foreach (var chunk in Directory.EnumerateFiles(index, "*.pf_index"))
        {
            var size = new FileInfo(chunk).Length;
            var inChunk = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                if (PagefindFile.ReadPayload(chunk) is not { } payload)
                {
                    return null;
                }

                foreach (var word in IndexChunkWords.Read(payload.Span))
                {
                    if (KeyOf(word) is { } key && inChunk.Add(key))
                    {
                        kept[key] = kept.GetValueOrDefault(key) + size;
                    }
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or FormatException or IOException or DecoderFallbackException)
            {
                return null;
            }
        }

        // Kilobytes rounded up: a key's cost is never under-estimated, and the files stay short.
        return new SortedDictionary<string, long>(kept.ToDictionary(k => k.Key, k => (k.Value + 999) / 1000), StringComparer.Ordinal);
    }
}
