using System.Diagnostics;
using TwitchSite.Building;
using TwitchSite.Content;
using TwitchSite.Engine.Caching;
using TwitchSite.Site;

namespace TwitchSite.Preview;

/// <summary>
/// The live preview's builds of one site: the first build does everything; each later build is
/// told which files changed, classifies them, and reuses everything they did not touch: files
/// unchanged on disk are not read again, layouts not parsed again, pages not processed or
/// rendered again, unchanged output files not written again. The output equals a full build's,
/// byte for byte (tests check this). Keeps the latest result for the server to show. One build
/// runs at a time.
/// </summary>
public sealed class PreviewSession
{
    private readonly BuildOptions _options;
    private readonly ExecutionCache _cache = new();
    private readonly ChangeClassifier _classifier;
    private readonly Lock _building = new();
    private volatile PreviewBuild? _current;
    private int _number;

    /// <summary>
    /// Creates a session that builds <paramref name="options"/> (always writing output). Its builds
    /// leave the search index as the output has it: <see cref="BackgroundSearchIndex"/> rebuilds
    /// the index after each build, so no build waits for it.
    /// </summary>
    public PreviewSession(BuildOptions options)
    {
        // A build with errors still writes every page it could build: the server shows them with the problems over them.
        _options = options with { WriteOutput = true, KeepSearchIndex = !options.NoSearch, CommitWithErrors = true };
        Paths = SitePaths.From(options.Input, options.Theme, options.Output);
        _classifier = new ChangeClassifier(Paths);
    }

    /// <summary>The folders previewed.</summary>
    public SitePaths Paths { get; }

    /// <summary>
    /// What the preview watches: the input and theme folders, and the files of another
    /// generator's project that shape the site from outside the input: <c>mkdocs.yml</c> (its
    /// nav and snippet paths) and the files it appends to every page, and an mdBook's whole book folder, whose other folders its pages
    /// include (<c>{{#include ../listings/…}}</c>).
    /// </summary>
    public IReadOnlyList<WatchedFolder> WatchedFolders
    {
        get
        {
            List<WatchedFolder> watched = [WatchedFolder.All(Paths.Input), WatchedFolder.All(Paths.Theme)];
            if (GeneratorProject.Of(Paths.Input) is { } project && !IsInside(Paths.Input, project.ConfigFile))
            {
                watched.Add(Path.GetFileName(project.ConfigFile).Equals("book.toml", StringComparison.OrdinalIgnoreCase)
                    ? WatchedFolder.All(project.Root)
                    : WatchedFolder.File(project.ConfigFile));
                // The files MkDocs appends to every page (auto_append) usually sit beside mkdocs.yml, outside the docs.
                watched.AddRange(MkDocsSnippets.AutoAppendedFiles(Paths.Input).Where(f => !IsInside(Paths.Input, f)).Select(WatchedFolder.File));
            }

            return watched;
        }
    }

    private static bool IsInside(string folder, string file) =>
        Path.GetFullPath(file).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The latest build, or null before the first.</summary>
    public PreviewBuild? Current => _current;

    /// <summary>Classifies changed files for reports.</summary>
    public IReadOnlyList<SourceChange> Classify(IEnumerable<string> fullPaths) =>
        fullPaths.Select(_classifier.Classify).DistinctBy(c => c.FullPath).OrderBy(c => c.Display, StringComparer.Ordinal).ToList();

    /// <summary>Builds, reusing what <paramref name="changedFiles"/> (absolute paths) did not touch; empty on the first build.</summary>
    /// <param name="changedFiles">Files the watcher saw change.</param>
    /// <param name="everything">True when the watcher lost track (too many events): reuse nothing.</param>
    public PreviewBuild Build(IReadOnlyCollection<string> changedFiles, bool everything = false)
    {
        lock (_building)
        {
            var stopwatch = Stopwatch.StartNew();
            var changes = Classify(changedFiles);
            if (everything)
            {
                _cache.Clear();
            }
            else
            {
                // Modification times can miss a change saved twice within their resolution; the watcher cannot.
                _cache.Files.Forget(changes.Select(c => c.FullPath));
            }

            BuildOutcome outcome;
            try
            {
                outcome = SiteBuilder.Build(_options, _cache);
            }
            catch
            {
                _cache.Clear(); // the output may not be what the cache believes it is
                throw;
            }

            var build = new PreviewBuild(++_number, outcome, changes, _cache.LastBuild, stopwatch.Elapsed);
            _current = build;
            return build;
        }
    }
}

/// <summary>One build of a preview session.</summary>
/// <param name="Number">1 for the first build, then counting up.</param>
/// <param name="Outcome">Diagnostics, documents and what was written.</param>
/// <param name="Changes">The changed files that caused it (empty for the first build).</param>
/// <param name="Reuse">Per cacheable module: documents reused and recomputed.</param>
/// <param name="Elapsed">Wall time of the build.</param>
public sealed record PreviewBuild(int Number, BuildOutcome Outcome, IReadOnlyList<SourceChange> Changes, IReadOnlyList<ModuleReuse> Reuse, TimeSpan Elapsed)
{
    /// <summary>True when the site was built without errors.</summary>
    public bool Succeeded => Outcome.Succeeded;

    /// <summary>How many documents the module named <paramref name="module"/> processed again, and of how many (summed over its pipelines).</summary>
    public (int Computed, int Total) Redone(string module)
    {
        var rows = Reuse.Where(r => r.Module == module).ToList();
        return (rows.Sum(r => r.Computed), rows.Sum(r => r.Computed + r.Reused));
    }
}
