using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Pipelines;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Builds the search index of a site's pages into an output folder's staging, shard by shard
/// (<see cref="SearchShards"/>): one Pagefind run per shard, at most <see cref="ShardsAtOnce"/>
/// (two) at a time, so Pagefind's memory is that of two shards whatever the size of the site. The first shard that has pages
/// (half a shard on a site of several, since every query searches it: <see cref="SearchShards.Of"/>)
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
    /// <param name="progress">When the site has several shards, told the number of shards (step <see cref="ProgressStepName"/>) and each one done, kept or indexed.</param>
    /// <param name="cancellation">Stops Pagefind; the work folder is then set aside.</param>
    /// <exception cref="OperationCanceledException">Cancelled while copying pages.</exception>
    /// <exception cref="IOException">A page could not be read or a file written.</exception>
    public static ShardedIndexResult Build(OutputFolder output, IReadOnlyCollection<(string RelativePath, string FullPath)> pages, string binary, string workingFolder, int pagesPerShard, BuildProgress? progress = null, CancellationToken cancellation = default)
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
        var outcomes = new ShardOutcome?[used.Count];
        // A large site's indexing takes a minute or more: a terminal shows the shards done.
        if (used.Count > 1)
        {
            progress?.Begin(new ProgressStep("SearchIndex", ProgressStepName, used.Count, Counted: true));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Shards are indexed two at a time (fewer on a one-core machine), each worker taking the
        // next shard in order: one Pagefind run alone leaves a core idle for much of its time
        // (reading the pages and writing the index are not parallel throughout), and the cutting,
        // stamping and word counting around a run fill the other core while Pagefind works. At
        // most two shards are in flight, so the step's memory stays bounded by two Pagefind runs
        // of one shard each, whatever the size of the site. A run that fails stops the other.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var next = -1;
        Exception? thrown = null;
        void Work()
        {
            int k;
            while (!stop.IsCancellationRequested && (k = Interlocked.Increment(ref next)) < used.Count)
            {
                var shard = used[k];
                var folder = shard == primary ? "" : SearchShards.FolderOf(shard);
                try
                {
                    var outcome = IndexShard(output, shards.GetValueOrDefault(shard) ?? [], folder, k, count, config, binary, workingFolder, stop.Token, cancellation);
                    outcomes[k] = outcome;
                    if (used.Count > 1 && outcome.Failed is null)
                    {
                        progress?.Advance();
                    }

                    if (outcome.Failed is not null)
                    {
                        stop.Cancel();
                    }
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // Stopped because another shard failed: that failure is the one reported.
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref thrown, exception, null);
                    stop.Cancel();
                }
            }
        }

        var workers = Enumerable.Range(1, Math.Min(ShardsAtOnce, used.Count) - 1)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToList();
        Work();
        Task.WaitAll(workers, CancellationToken.None); // Work catches everything: nothing may still write into staging after this
        var elapsed = clock.Elapsed;
        if (thrown is not null)
        {
            // A sibling stopped because of this is not the failure; the user's cancellation is.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cancellation.IsCancellationRequested ? new OperationCanceledException(cancellation) : thrown);
        }

        var indexed = outcomes.Count(o => o is { Indexed: true });
        // The failed run: the user's cancellation first, else a run that failed on its own (not one stopped because another failed).
        if (outcomes.FirstOrDefault(o => o?.Failed is { } run && (cancellation.IsCancellationRequested ? run.Cancelled : !run.Cancelled))?.Failed is { } failed)
        {
            return new ShardedIndexResult(SearchShards.ShardsOf(count), indexed, failed, elapsed);
        }

        cancellation.ThrowIfCancellationRequested(); // stopped between shards

        var bundleFolder = Path.Combine(output.StagingPath, bundle);
        Directory.CreateDirectory(bundleFolder);
        // Several shards: which shards hold which words, so a query loads only those it needs.
        var shardFolders = outcomes.Select(o => o!.Folder).ToList();
        var routed = shardFolders.Count > 1 && ShardRoutes.Write(shardFolders, bundleFolder);
        WriteSiteFile(Path.Combine(bundleFolder, SiteFileName), searchable.Count, used.Where(s => s != primary).Select(SearchShards.FolderOf), routed ? shardFolders : null);
        var unreadable = SearchVocabulary.Merge(outcomes.Select(o => o!.WordFile), Path.Combine(bundleFolder, SearchVocabulary.FileName));
        return new ShardedIndexResult(SearchShards.ShardsOf(count), indexed, null, elapsed, unreadable);
    }

    /// <summary>The progress step of indexing a site's shards (<see cref="BuildProgress"/>).</summary>
    public const string ProgressStepName = "IndexSearchShards";

    /// <summary>How many shards are indexed at once: two, or one on a one-core machine.</summary>
    public static int ShardsAtOnce => Math.Min(2, Environment.ProcessorCount);

    /// <summary>What became of one shard: kept from the output or indexed (its folder and word file), or the Pagefind run that failed.</summary>
    private sealed record ShardOutcome(string Folder, string WordFile, bool Indexed, ProcessResult? Failed = null);

    /// <summary>
    /// Keeps or indexes one shard (the <paramref name="order"/>-th with pages) into staging
    /// <c>pagefind/</c><paramref name="folder"/>, then counts its words. <paramref name="stop"/>
    /// stops it (the user's <paramref name="cancellation"/> or another shard's failure); only the
    /// user's leaves the work folder set aside.
    /// </summary>
    private static ShardOutcome IndexShard(OutputFolder output, List<(string RelativePath, string FullPath)> shardPages, string folder, int order, int count, string config, string binary, string workingFolder, CancellationToken stop, CancellationToken cancellation)
    {
        var relativeFolder = folder.Length == 0 ? BuildSearchIndex.BundleFolder : BuildSearchIndex.BundleFolder + "/" + folder;
        // Each page is read and cut once: the cut parts are hashed for the stamp and, when
        // the shard must be indexed, written for Pagefind (one shard's parts at a time).
        var parts = Cut(shardPages, stop);
        var stamp = Stamp(shardPages, parts, count, config) + (folder.Length == 0 ? "runtime\n" : "");
        if (TryKeep(output, relativeFolder, folder.Length == 0, stamp))
        {
            var kept = Path.Combine(output.FullPath, relativeFolder);
            return new ShardOutcome(kept, Path.Combine(kept, SearchVocabulary.ShardFileName), Indexed: false);
        }

        var target = Path.Combine(output.StagingPath, relativeFolder);
        // Each shard in flight has its own work folder.
        var work = output.StagingPath + "-search" + (order == 0 ? "" : "-" + order.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var source = SearchSourceFolder.Write(work, shardPages.Count, i => (shardPages[i].RelativePath, parts[i]), stop))
        {
            parts = []; // written: the run does not need them in memory
            var run = source.Index(binary, target, workingFolder, stop);
            if (run.Cancelled || run.ExitCode != 0)
            {
                if (run.Cancelled && cancellation.IsCancellationRequested)
                {
                    source.SetAside();
                }

                return new ShardOutcome("", "", Indexed: false, run);
            }
        }

        if (folder.Length > 0)
        {
            foreach (var file in Directory.EnumerateFiles(target).Where(f => IsRuntimeFile(Path.GetFileName(f))))
            {
                File.Delete(file);
            }
        }

        // Counted while the other shard's Pagefind runs.
        var wordFile = Path.Combine(target, SearchVocabulary.ShardFileName);
        SearchVocabulary.WriteShard(Path.Combine(target, "fragment"), wordFile);
        if (count > 1)
        {
            ShardRoutes.WriteShard(target);
        }

        File.WriteAllText(Path.Combine(target, StampFileName), stamp); // last: the shard is complete
        return new ShardOutcome(target, wordFile, Indexed: true);
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

    private static void WriteSiteFile(string path, int pages, IEnumerable<string> shardFolders, List<string>? routed)
    {
        // The punctuation Pagefind keeps in queries (its include_characters), which the browser
        // needs to cut a query into words as Pagefind does when it routes them.
        var include = routed is null ? null : ShardRoutes.IncludeCharacters(routed[0]);
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
            // What a query may download and what it already has (QueryBudget): search-shards.js
            // loads a word on most pages of a large site from the first shards within it.
            json.WriteNumber("queryBytes", QueryBudget.Bytes);
            json.WriteNumber("baseBytes", QueryBudget.BaseBytes(routed![0]));
            json.WriteStartArray("shardBytes");
            foreach (var folder in routed)
            {
                json.WriteNumberValue(QueryBudget.ShardBytes(folder));
            }

            json.WriteEndArray();
            json.WriteStartArray("indexBytes");
            foreach (var folder in routed)
            {
                json.WriteNumberValue(QueryBudget.IndexBytes(folder));
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
/// <param name="Elapsed">Wall time of the indexing, all shards together (they overlap).</param>
/// <param name="UnreadableFragments">Fragments the word list could not read (none when all is well).</param>
public sealed record ShardedIndexResult(int Shards, int Indexed, ProcessResult? Failed, TimeSpan Elapsed, IReadOnlyList<string>? UnreadableFragments = null);
