using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TwitchSite.Engine.IO;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Builds the search index of a site's pages into an output folder's staging, shard by shard
/// (<see cref="SearchShards"/>): one Pagefind run per shard, one after another, so Pagefind's
/// memory is that of one shard whatever the size of the site. The first shard that has pages
/// goes to <c>pagefind/</c> with Pagefind's runtime; shard <c>k</c> to <c>pagefind/shard-k/</c>,
/// without the runtime files only the first needs; a shard without pages has no folder. Each shard folder holds a stamp
/// (<see cref="StampFileName"/>) of what it was built from (the searchable parts of its pages,
/// the shard count, Pagefind's version and configuration): when the output folder already has a
/// shard with the same stamp (a rebuild of the same output, the live preview), that shard's files
/// are kept (<see cref="OutputFolder.Keep"/>) and Pagefind does not run for it. Then writes the
/// site's word list (<see cref="SearchVocabulary"/>, added up from each shard's own list, so a
/// kept shard's fragments are not read again) and <see cref="SiteFileName"/>
/// (<c>{"pages": N, "shards": ["/pagefind/shard-1/", ...]}</c>), which tells the browser which
/// shards to merge. Reads the pages from the paths given; writes only under staging and the
/// work folders beside it, which it deletes. The caller adopts <c>pagefind/</c> afterwards.
/// </summary>
public static class ShardedIndex
{
    /// <summary>The stamp file inside each shard's folder.</summary>
    public const string StampFileName = "twitchsite-shard.txt";

    /// <summary>The file listing the shards, in the index bundle folder.</summary>
    public const string SiteFileName = "twitchsite-search.json";

    // Pagefind's configuration files, read from the folder it runs in.
    private static readonly string[] ConfigFiles = ["pagefind.yml", "pagefind.yaml", "pagefind.toml", "pagefind.json"];

    // What a first shard alone needs: Pagefind's library, WebAssembly and UI files; merged
    // shards are searched with the first shard's WebAssembly.
    private static bool IsRuntimeFile(string name) =>
        name.StartsWith("pagefind", StringComparison.Ordinal) && (name.EndsWith(".js", StringComparison.Ordinal) || name.EndsWith(".css", StringComparison.Ordinal))
        || name.StartsWith("wasm.", StringComparison.Ordinal);

    /// <summary>Indexes <paramref name="pages"/> (site-relative path, file holding the page) into <paramref name="output"/>'s staging <c>pagefind/</c>.</summary>
    /// <param name="output">The build's output folder; its live folder is where an earlier index may be kept from.</param>
    /// <param name="pages">The site's HTML pages (the not-found page is left out here).</param>
    /// <param name="binary">The Pagefind binary.</param>
    /// <param name="workingFolder">Where Pagefind runs (the theme folder).</param>
    /// <param name="pagesPerShard">At most this many pages a shard, on average.</param>
    /// <param name="cancellation">Stops Pagefind; the work folder is then set aside.</param>
    /// <exception cref="OperationCanceledException">Cancelled while copying pages.</exception>
    /// <exception cref="IOException">A page could not be read or a file written.</exception>
    public static ShardedIndexResult Build(OutputFolder output, IReadOnlyCollection<(string RelativePath, string FullPath)> pages, string binary, string workingFolder, int pagesPerShard, CancellationToken cancellation = default)
    {
        var bundle = BuildSearchIndex.BundleFolder;
        var searchable = pages.Where(p => !SearchSourceFolder.IsNotFoundPage(p.RelativePath))
            .Select(p => (RelativePath: p.RelativePath.Replace('\\', '/'), p.FullPath))
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();
        var count = SearchShards.CountFor(searchable.Count, pagesPerShard);
        var shards = searchable.GroupBy(p => SearchShards.Of(p.RelativePath, count)).ToDictionary(g => g.Key, g => g.ToList());
        // Pagefind cannot index no pages: an empty shard (a small site in many shards) has no
        // folder. The first shard with pages holds the runtime (a site without pages: shard 0,
        // which Pagefind then reports as empty, as one run on the site would).
        var used = shards.Keys.Order().ToList();
        var primary = used.Count > 0 ? used[0] : 0;
        if (used.Count == 0)
        {
            used.Add(0);
        }

        var config = ConfigStamp(workingFolder);
        var wordFiles = new List<string>();
        var shardFolders = new List<string>(); // each used shard's folder, kept or new, in order
        var elapsed = TimeSpan.Zero;
        var indexed = 0;
        // A shard's word list is read from its fragments while Pagefind indexes the next shard.
        var wordLists = new List<Task>();
        try
        {
            foreach (var shard in used)
            {
                cancellation.ThrowIfCancellationRequested();
                var shardPages = shards.GetValueOrDefault(shard) ?? [];
                var folder = shard == primary ? "" : SearchShards.FolderOf(shard);
                var relativeFolder = folder.Length == 0 ? bundle : bundle + "/" + folder;
                // Each page is read and cut once: the cut parts are hashed for the stamp and, when
                // the shard must be indexed, written for Pagefind (one shard's parts at a time).
                var parts = Cut(shardPages, cancellation);
                var stamp = Stamp(shardPages, parts, count, config) + (folder.Length == 0 ? "runtime\n" : "");
                if (TryKeep(output, relativeFolder, folder.Length == 0, stamp))
                {
                    wordFiles.Add(Path.Combine(output.FullPath, relativeFolder, SearchVocabulary.ShardFileName));
                    shardFolders.Add(Path.Combine(output.FullPath, relativeFolder));
                    continue;
                }

                var target = Path.Combine(output.StagingPath, relativeFolder);
                using (var source = SearchSourceFolder.Write(output.StagingPath + "-search", shardPages.Count, i => (shardPages[i].RelativePath, parts[i]), cancellation))
                {
                    var run = source.Index(binary, target, workingFolder, cancellation);
                    elapsed += run.Elapsed;
                    if (run.Cancelled || run.ExitCode != 0)
                    {
                        if (run.Cancelled)
                        {
                            source.SetAside();
                        }

                        return new ShardedIndexResult(count, indexed, run, elapsed);
                    }
                }

                if (folder.Length > 0)
                {
                    foreach (var file in Directory.EnumerateFiles(target).Where(f => IsRuntimeFile(Path.GetFileName(f))))
                    {
                        File.Delete(file);
                    }
                }

                wordLists.Add(Task.Run(() =>
                {
                    SearchVocabulary.WriteShard(Path.Combine(target, "fragment"), Path.Combine(target, SearchVocabulary.ShardFileName));
                    if (count > 1)
                    {
                        ShardRoutes.WriteShard(target);
                    }

                    File.WriteAllText(Path.Combine(target, StampFileName), stamp); // last: the shard is complete
                }, CancellationToken.None)); // short, and its shard is indexed: finish it
                wordFiles.Add(Path.Combine(target, SearchVocabulary.ShardFileName));
                shardFolders.Add(target);
                indexed++;
            }
        }
        finally
        {
            // Nothing may still write into staging when this returns, whatever happened.
            WaitAll(wordLists);
        }

        var bundleFolder = Path.Combine(output.StagingPath, bundle);
        Directory.CreateDirectory(bundleFolder);
        // Several shards: which shards hold which words, so a query loads only those it needs.
        var routed = shardFolders.Count > 1 && ShardRoutes.Write(shardFolders, bundleFolder);
        WriteSiteFile(Path.Combine(bundleFolder, SiteFileName), searchable.Count, used.Where(s => s != primary).Select(SearchShards.FolderOf), routed ? shardFolders[0] : null);
        var unreadable = SearchVocabulary.Merge(wordFiles, Path.Combine(bundleFolder, SearchVocabulary.FileName));
        return new ShardedIndexResult(count, indexed, null, elapsed, unreadable);
    }

    /// <summary>Waits for <paramref name="tasks"/>; the first failure leaves as its own exception (an <see cref="IOException"/>).</summary>
    private static void WaitAll(List<Task> tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException failed)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.Flatten().InnerExceptions[0]);
        }
    }

    /// <summary>Keeps the live output's shard when its stamp is <paramref name="stamp"/>; false (keeping nothing) otherwise.</summary>
    private static bool TryKeep(OutputFolder output, string relativeFolder, bool isPrimary, string stamp)
    {
        var live = Path.Combine(output.FullPath, relativeFolder);
        var stampFile = Path.Combine(live, StampFileName);
        try
        {
            if (!File.Exists(stampFile) || File.ReadAllText(stampFile) != stamp
                || !File.Exists(Path.Combine(live, "pagefind-entry.json")) || !File.Exists(Path.Combine(live, SearchVocabulary.ShardFileName)))
            {
                return false;
            }

            // The shard's own files: for the first shard, not the other shards' folders nor the
            // files written for the whole site.
            var files = Directory.EnumerateFiles(live, "*", SearchOption.AllDirectories)
                .Select(f => relativeFolder + "/" + Path.GetRelativePath(live, f).Replace('\\', '/'))
                .Where(f => !isPrimary || !IsSiteLevel(f[(relativeFolder.Length + 1)..]))
                .ToList();
            foreach (var file in files)
            {
                if (!output.HasWritten(file))
                {
                    output.Keep(file);
                }
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // indexed again
        }
    }

    private static bool IsSiteLevel(string pathInBundle) =>
        pathInBundle.StartsWith("shard-", StringComparison.Ordinal) && pathInBundle.Contains('/')
        || pathInBundle is SiteFileName or SearchVocabulary.FileName
        || pathInBundle.StartsWith(SearchVocabulary.LetterFolderName + "/", StringComparison.Ordinal)
        || pathInBundle.StartsWith(ShardRoutes.FolderName + "/", StringComparison.Ordinal);

    /// <summary>What a shard is built from, as text: equal stamps give equal shards.</summary>
    private static string Stamp(List<(string RelativePath, string FullPath)> pages, ReadOnlyMemory<byte>[] parts, int count, string config)
    {
        var hashes = new string[pages.Count];
        Parallel.For(0, pages.Count, i => hashes[i] = Convert.ToHexString(SHA256.HashData(parts[i].Span)));
        var text = new StringBuilder();
        text.Append("pagefind ").Append(PagefindPlatform.Version).Append('\n');
        text.Append("shards ").Append(count).Append('\n');
        text.Append("config ").Append(config).Append('\n');
        var all = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            all.Append(pages[i].RelativePath).Append(' ').Append(hashes[i]).Append('\n');
        }

        text.Append("pages ").Append(pages.Count).Append(' ').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))).Append('\n');
        return text.ToString();
    }

    /// <summary>The searchable parts (<see cref="SearchableParts"/>) of each of <paramref name="pages"/>, read from their files.</summary>
    private static ReadOnlyMemory<byte>[] Cut(List<(string RelativePath, string FullPath)> pages, CancellationToken cancellation)
    {
        var parts = new ReadOnlyMemory<byte>[pages.Count];
        try
        {
            Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellation }, i => parts[i] = SearchableParts.Of(File.ReadAllBytes(pages[i].FullPath)));
        }
        catch (AggregateException failed)
        {
            // A page that cannot be read leaves as its own error (IOException), as the copy does.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
            throw;
        }

        return parts;
    }

    private static string ConfigStamp(string workingFolder)
    {
        var text = new StringBuilder();
        foreach (var name in ConfigFiles)
        {
            var path = Path.Combine(workingFolder, name);
            if (File.Exists(path))
            {
                text.Append(name).Append(' ').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))).Append(' ');
            }
        }

        return text.Length == 0 ? "none" : text.ToString().TrimEnd();
    }

    private static void WriteSiteFile(string path, int pages, IEnumerable<string> shardFolders, string? routedFrom)
    {
        // The punctuation Pagefind keeps in queries (its include_characters), which the browser
        // needs to cut a query into words as Pagefind does when it routes them.
        var include = routedFrom is null ? null : ShardRoutes.IncludeCharacters(routedFrom);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("pages", pages);
        json.WriteStartArray("shards");
        foreach (var folder in shardFolders)
        {
            json.WriteStringValue($"/{BuildSearchIndex.BundleFolder}/{folder}/");
        }

        json.WriteEndArray();
        if (include is not null)
        {
            // The length of a route key (ShardRoutes); absent, the browser loads every shard.
            json.WriteNumber("routeKeyLength", ShardRoutes.KeyLength);
            json.WriteStartArray("includeCharacters");
            foreach (var character in include)
            {
                json.WriteStringValue(character);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}

/// <summary>What <see cref="ShardedIndex.Build"/> did.</summary>
/// <param name="Shards">How many shards the site has.</param>
/// <param name="Indexed">How many of them Pagefind indexed (the others were kept from the output).</param>
/// <param name="Failed">The Pagefind run that failed or was cancelled; null when all went well.</param>
/// <param name="Elapsed">Time Pagefind ran, all shards together.</param>
/// <param name="UnreadableFragments">Fragments the word list could not read (none when all is well).</param>
public sealed record ShardedIndexResult(int Shards, int Indexed, ProcessResult? Failed, TimeSpan Elapsed, IReadOnlyList<string>? UnreadableFragments = null);
