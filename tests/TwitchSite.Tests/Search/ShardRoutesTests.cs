using System.Text.Json;
using TwitchSite.Search.Indexing;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Search;

/// <summary>
/// The route files of a site indexed in shards (<see cref="ShardRoutes"/>) say, for the first
/// three letters of every word Pagefind indexed, exactly the shards that hold such a word, so the
/// browser can load only those; they stay right when a rebuild keeps some shards and indexes
/// others again; and a site in one shard gets none (its search downloads nothing more).
/// </summary>
public sealed class ShardRoutesTests
{
    // Words whose first three letters no other word of the site starts with.
    private static readonly string[] Rare = ["quartzite", "jovially", "xylem", "wombats", "vortex", "kiwifruit", "yodel", "zeppelin", "gnomish", "hyacinth", "plankton", "burrito"];

    private static string Files(string settings) =>
        $"-- input/_site.yml --\ntitle: Routes\nlanguage: en-GB\nbase_url: https://routes.example\n{settings}\n-- input/index.md --\n---\ntitle: Home\n---\n\nThe home page.\n"
        + string.Concat(Rare.Select((word, i) => $"-- input/page-{i}.md --\n---\ntitle: Page {i}\n---\n\nThis page mentions {word} once.\n"));

    // Shard folders in the order routes number them: the first shard, then the listed ones.
    private static List<string> ShardFolders(FixtureSite site)
    {
        var bundle = Path.Combine(site.Output, "pagefind");
        var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, ShardedIndex.SiteFileName))).RootElement.GetProperty("shards")
            .EnumerateArray().Select(s => Path.Combine(site.Output, s.GetString()!.Trim('/'))).ToList();
        return [bundle, .. listed];
    }

    // The shard holding a page (its words are in that shard's own word list).
    private static int ShardWithWord(List<string> folders, string word) =>
        folders.FindIndex(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(f, SearchVocabulary.ShardFileName))).RootElement.GetProperty("words").TryGetProperty(word, out _));

    private static List<int>? Route(FixtureSite site, string key)
    {
        var file = Path.Combine(site.Output, "pagefind", ShardRoutes.FolderName, ShardRoutes.FileOf(key) + ".json");
        if (!File.Exists(file))
        {
            return null;
        }

        var routes = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        return routes.TryGetProperty(key, out var shards) ? shards.EnumerateArray().Select(s => s.GetInt32()).ToList() : null;
    }

    [Fact]
    public void Given_a_site_in_shards_When_built_Then_each_word_s_first_letters_route_to_exactly_the_shard_that_holds_it()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: 2"));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var folders = ShardFolders(site);
        Assert.True(folders.Count >= 3, "expected several shards");
        var siteFile = JsonDocument.Parse(site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName)).RootElement;
        Assert.Equal(ShardRoutes.KeyLength, siteFile.GetProperty("routeKeyLength").GetInt32());
        Assert.Contains("_", siteFile.GetProperty("includeCharacters").EnumerateArray().Select(c => c.GetString())); // Pagefind's own, from its entry file
        foreach (var word in Rare)
        {
            var holder = ShardWithWord(folders, word);
            Assert.True(holder >= 0, $"no shard has {word}");
            Assert.Equal([holder], Route(site, word[..3]));
        }

        // A word on every page ("page", stemmed by Pagefind) is in every shard; no page has "zzz".
        Assert.Equal(Enumerable.Range(0, folders.Count), Route(site, "pag"));
        Assert.Null(Route(site, "zzz"));
    }

    [Fact]
    public void Given_a_site_in_shards_When_a_page_s_word_changes_and_it_is_rebuilt_Then_the_routes_follow_and_kept_shards_stay_routed()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: 2"));
        Assert.True(site.Build(search: true).Succeeded);
        var holder = ShardWithWord(ShardFolders(site), "plankton");

        site.Write("input/page-10.md", "---\ntitle: Page 10\n---\n\nThis page now mentions ukulele instead.\n");
        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var folders = ShardFolders(site);
        Assert.Null(Route(site, "pla"));
        Assert.Equal([holder], Route(site, "uku"));
        foreach (var word in Rare.Where(w => w != "plankton"))
        {
            Assert.Equal([ShardWithWord(folders, word)], Route(site, word[..3]));
        }
    }

    [Fact]
    public void Given_a_site_in_one_shard_When_built_Then_it_has_no_routes_and_its_site_file_is_as_before()
    {
        using var site = FixtureSite.Create(Files(""));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind", ShardRoutes.FolderName)));
        var siteFile = JsonDocument.Parse(site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName)).RootElement;
        Assert.Equal(["pages", "shards"], siteFile.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, siteFile.GetProperty("shards").GetArrayLength());
    }

    [Fact]
    public void Given_a_site_in_shards_in_another_language_than_English_When_built_Then_the_browser_is_not_told_to_route()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: 2").Replace("language: en-GB", "language: de"));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var siteFile = JsonDocument.Parse(site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName)).RootElement;
        Assert.True(siteFile.GetProperty("shards").GetArrayLength() >= 2);
        Assert.False(siteFile.TryGetProperty("routeKeyLength", out _), "the browser routes words as the English stemmer cuts them; a German index loads every shard");
    }

    [Fact]
    public void Given_a_site_in_shards_When_built_Then_its_route_and_site_files_say_what_a_query_downloads_from_each_shard()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: 2"));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var folders = ShardFolders(site);
        var siteFile = JsonDocument.Parse(site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName)).RootElement;
        long Size(string file) => new FileInfo(file).Length;
        long Sum(string folder, string pattern) => Directory.EnumerateFiles(folder, pattern).Sum(Size);
        Assert.Equal(QueryBudget.Bytes, siteFile.GetProperty("queryBytes").GetInt32());
        Assert.Equal(folders.Select(f => Size(Path.Combine(f, "pagefind-entry.json")) + Sum(f, "*.pf_meta")), siteFile.GetProperty("shardBytes").EnumerateArray().Select(b => b.GetInt64()));
        Assert.Equal(folders.Select(f => Sum(Path.Combine(f, "index"), "*.pf_index")), siteFile.GetProperty("indexBytes").EnumerateArray().Select(b => b.GetInt64()));
        // Pagefind's runtime is in it: its WebAssembly alone is tens of kilobytes.
        var runtime = siteFile.GetProperty("baseBytes").GetInt64() - QueryBudget.Reserve - siteFile.GetProperty("shardBytes")[0].GetInt64();
        Assert.True(runtime > Directory.EnumerateFiles(folders[0], "wasm.*.pagefind").Max(Size), $"runtime counted {runtime} bytes");

        // Each key's kilobytes in a shard: its chunks holding a word with that key, rounded up.
        foreach (var word in Rare)
        {
            var holder = ShardWithWord(folders, word);
            var routes = JsonDocument.Parse(site.ReadOutput($"pagefind/{ShardRoutes.FolderName}/{ShardRoutes.FileOf(word[..3])}.json")).RootElement;
            var chunks = Directory.EnumerateFiles(Path.Combine(folders[holder], "index"), "*.pf_index")
                .Where(c => ChunkWords(c).Any(w => w.StartsWith(word[..3], StringComparison.Ordinal))).Sum(Size);
            Assert.True(chunks > 0);
            Assert.Equal([(chunks + 999) / 1000], routes.GetProperty(ShardRoutes.BytesProperty).GetProperty(word[..3]).EnumerateArray().Select(k => k.GetInt64()));
        }

        // A rebuild that keeps every shard (Pagefind does not run) writes the same figures.
        var first = site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName);
        Assert.True(site.Build(search: true).Succeeded);
        Assert.Equal(first, site.ReadOutput("pagefind/" + ShardedIndex.SiteFileName));
    }

    [Fact]
    public void Given_a_site_in_shards_When_built_Then_every_route_file_lists_each_shard_s_chunks_a_word_of_it_may_fall_in_with_their_sizes()
    {
        using var site = FixtureSite.Create(Files("search_shard_pages: 2"));

        var outcome = site.Build(search: true);

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var folders = ShardFolders(site);
        var routeFolder = Path.Combine(site.Output, "pagefind", ShardRoutes.FolderName);
        // A file for every first character a query's word can have, also where no word of the site starts with it.
        string[] names = [.. "abcdefghijklmnopqrstuvwxyz0123456789".Select(c => c.ToString()), "other"];
        Assert.Equal(names.Order(StringComparer.Ordinal), Directory.GetFiles(routeFolder).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        var listed = names.ToDictionary(n => n, n => JsonDocument.Parse(File.ReadAllText(Path.Combine(routeFolder, n + ".json"))).RootElement
            .GetProperty(ShardRoutes.ChunksProperty).EnumerateArray()
            .Select(c => (Shard: c[0].GetInt32(), From: c[1].GetString()!, To: c[2].GetString()!, Kilobytes: c[3].GetInt64())).ToList());

        for (var shard = 0; shard < folders.Count; shard++)
        {
            // The shard's chunk files, by name, against the bounds its metadata gives them.
            var files = Directory.GetFiles(Path.Combine(folders[shard], "index"), "*.pf_index");
            var bounds = IndexChunkRanges.ReadBounds(Unzip(Directory.GetFiles(folders[shard], "*.pf_meta").Single()).AsSpan("pagefind_dcd".Length));
            Assert.Equal(files.Length, bounds.Count);
            foreach (var (from, to, hash) in bounds)
            {
                var size = new FileInfo(Path.Combine(folders[shard], "index", hash + ".pf_index")).Length;
                var inFiles = names.Where(n => listed[n].Contains((shard, from, to, (size + 999) / 1000))).ToList();
                // Listed, with its size, in the file of every first letter its bounds span.
                var first = from.Length == 0 ? 'a' : from[0];
                var last = to.Length == 0 ? '9' : to[0];
                Assert.All(names.Where(n => n.Length == 1 && n[0] >= first && n[0] <= last), n => Assert.Contains(n, inFiles));
                Assert.NotEmpty(inFiles);
            }

            // Every word of a rare page falls in a chunk its file lists for the shard holding it.
            foreach (var word in Rare.Where(w => ShardWithWord(folders, w) == shard))
            {
                Assert.Contains(listed[word[..1]], c => c.Shard == shard && string.CompareOrdinal(c.From, word[..Math.Min(word.Length, c.From.Length)]) <= 0 && string.CompareOrdinal(word[..Math.Min(word.Length, c.To.Length)], c.To) <= 0);
            }
        }

        // Nothing listed that is not a chunk of its shard.
        Assert.All(listed.Values.SelectMany(l => l), c => Assert.InRange(c.Shard, 0, folders.Count - 1));
    }

    [Fact]
    public void Given_bytes_that_are_not_a_shard_s_metadata_When_its_chunk_bounds_are_read_Then_it_is_a_format_error_and_extra_fields_are_skipped()
    {
        // [version "1", pages [], chunks [["a", "b", "h1"], ["c", "d", "h2", 1]]]
        byte[] good = [0x83, 0x61, (byte)'1', 0x80, 0x82, 0x83, 0x61, (byte)'a', 0x61, (byte)'b', 0x62, (byte)'h', (byte)'1', 0x84, 0x61, (byte)'c', 0x61, (byte)'d', 0x62, (byte)'h', (byte)'2', 0x01];
        Assert.Equal([("a", "b", "h1"), ("c", "d", "h2")], IndexChunkRanges.ReadBounds(good));

        Assert.Throws<FormatException>(() => IndexChunkRanges.ReadBounds([.. "pagefind_dcd"u8, .. good]));
        Assert.Throws<FormatException>(() => IndexChunkRanges.ReadBounds([0x82, 0x61, (byte)'1', 0x80]));
        Assert.Throws<FormatException>(() => IndexChunkRanges.ReadBounds([0x83, 0x61, (byte)'1', 0x80, 0x81, 0x82, 0x61, (byte)'a', 0x61, (byte)'b']));
        Assert.Throws<FormatException>(() => IndexChunkRanges.ReadBounds([0x83, 0x61, (byte)'1', 0x80, 0x81, 0x83, 0x61]));
        // A corrupt count of two thousand million chunks is a format error, not a huge allocation.
        Assert.Throws<FormatException>(() => IndexChunkRanges.ReadBounds([0x83, 0x61, (byte)'1', 0x80, 0x1a + 0x80, 0x7f, 0xff, 0xff, 0xff, 0x83]));
        Assert.Throws<FormatException>(() => IndexChunkWords.Read([0x81, 0x9a, 0x7f, 0xff, 0xff, 0xff]));
    }

    [Fact]
    public void Given_a_shard_whose_metadata_names_a_chunk_that_is_missing_or_outside_its_folder_When_read_Then_there_are_no_bounds()
    {
        var folder = Directory.CreateTempSubdirectory("twitchsite-chunks-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "index"));
            File.WriteAllBytes(Path.Combine(folder, "index", "h1.pf_index"), [1, 2, 3]);
            File.WriteAllBytes(Path.Combine(folder, "h3.pf_index"), [1, 2, 3, 4]); // outside the index folder
            void WriteMetadata(string hash)
            {
                byte[] cbor = [0x83, 0x61, (byte)'1', 0x80, 0x81, 0x83, 0x61, (byte)'a', 0x61, (byte)'b', (byte)(0x60 + hash.Length), .. System.Text.Encoding.UTF8.GetBytes(hash)];
                using var gzip = new System.IO.Compression.GZipStream(File.Create(Path.Combine(folder, "en_1.pf_meta")), System.IO.Compression.CompressionLevel.Fastest);
                gzip.Write([.. "pagefind_dcd"u8, .. cbor]);
            }

            WriteMetadata("h1");
            Assert.Equal([new IndexChunkRange("a", "b", 3)], IndexChunkRanges.Read(folder));
            WriteMetadata("h2");
            Assert.Null(IndexChunkRanges.Read(folder));
            WriteMetadata("../h3");
            Assert.Null(IndexChunkRanges.Read(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Unzip(string file)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static List<string> ChunkWords(string chunk)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(chunk), System.IO.Compression.CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return IndexChunkWords.Read(memory.ToArray().AsSpan("pagefind_dcd".Length));
    }

    [Fact]
    public void Given_bytes_that_are_not_an_index_chunk_When_read_Then_it_is_a_format_error_not_a_crash()
    {
        Assert.Throws<FormatException>(() => IndexChunkWords.Read([0xa1, 0x01, 0x02]));
        Assert.Throws<FormatException>(() => IndexChunkWords.Read([0x81, 0x81, 0x82, 0x63, 0x61]));
        Assert.Equal(["ab", "cd"], IndexChunkWords.Read([0x81, 0x82, 0x82, 0x62, 0x61, 0x62, 0x80, 0x83, 0x62, 0x63, 0x64, 0x81, 0x82, 0x01, 0x80, 0x80]));
    }
}
