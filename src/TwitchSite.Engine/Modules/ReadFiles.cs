using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Reads the files under a folder that a filter accepts, in ordinal path order. Text files are
/// checked to be strict UTF-8 and kept as such (a file that is not valid UTF-8 is reported at the line of the first
/// bad byte and skipped); binary files become <see cref="FileContent"/> copied as they are.
/// Writes documents with <see cref="Document.Source"/> and <see cref="Document.SourceFullPath"/> set.
/// Files and folders whose names start with '.' are never read, and neither is anything whose real
/// path leaves the site folder (<see cref="SiteFiles"/>: such links are reported as errors). With a
/// build cache, a file whose size and modification time are unchanged gives back the document read last time.
/// </summary>
/// <param name="root">Folder to read; a missing folder gives no documents.</param>
/// <param name="include">Accepts a path relative to <paramref name="root"/> ('/'-separated).</param>
/// <param name="readAsText">Decides which accepted files are text.</param>
/// <param name="sourcePrefix">Put in front of each document's <see cref="Document.Source"/> (e.g. "assets/" for theme/assets).</param>
/// <param name="siteFolder">The site folder (input or theme) no file may lie outside of, even through a link; default <paramref name="root"/>.</param>
/// <param name="textOnDisk">
/// Keep text files on disk instead of in memory (<see cref="DocumentContent.FromSourceFile"/>):
/// each is read and checked now, and read again by every module that reads its text, after a check
/// that it is unchanged. For a site's pages, whose text would otherwise all wait in memory until
/// their markdown is rendered.
/// </param>
public sealed class ReadFiles(string root, Func<string, bool> include, Func<string, bool> readAsText, string sourcePrefix = "", string? siteFolder = null, bool textOnDisk = false) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var rootFull = Path.GetFullPath(root);
        if (!Directory.Exists(rootFull))
        {
            return inputs;
        }

        var files = SiteFiles.Enumerate(rootFull, siteFolder ?? rootFull, problem => ReportLink(problem, rootFull, context))
            .Select(full => (Full: full, Relative: Path.GetRelativePath(rootFull, full).Replace('\\', '/')))
            .Where(f => include(f.Relative))
            .Select(f => (f.Full, Relative: sourcePrefix + f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();

        var snapshots = context.Cache?.Files;
        var results = new Document?[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) }, i =>
        {
            var (full, relative) = files[i];
            var text = readAsText(relative);
            var info = snapshots is null ? null : new FileInfo(full);
            if (info is not null && snapshots!.TryGet(full, relative, text, info, out var unchanged))
            {
                results[i] = unchanged;
                return;
            }

            results[i] = text ? ReadText(full, relative, textOnDisk, context) : new Document
            {
                Source = relative,
                SourceFullPath = full,
                Content = DocumentContent.FromFile(full),
            };
            if (info is not null && results[i] is { } read)
            {
                snapshots!.Set(full, relative, text, info, read);
            }
        });

        return inputs.AddRange(results.OfType<Document>());
    }

    private static Document? ReadText(string full, string relative, bool onDisk, ExecutionContext context)
    {
        TextContent? stored = null;
        byte[] bytes;
        if (onDisk)
        {
            (bytes, stored) = DocumentContent.FromSourceFile(full);
        }
        else
        {
            bytes = File.ReadAllBytes(full);
        }

        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = bytes.AsMemory(bom);
        if (!System.Text.Unicode.Utf8.IsValid(text.Span))
        {
            Utf8.TryDecode(bytes, out _, out var line, out var column);
            context.Diagnostics.Add(context.Services.EngineDiagnostics.InvalidUtf8.Create(new SourceLocation(full, line, column)));
            return null;
        }

        // Kept as UTF-8: half the memory of a string while thousands of pages wait their turn.
        return new Document { Source = relative, SourceFullPath = full, Content = stored?.Utf8From(bom) ?? DocumentContent.FromUtf8(text) };
    }

    private void ReportLink(LinkProblem problem, string rootFull, ExecutionContext context)
    {
        // Only what this module would have read: a link the filter rejects is none of its business.
        if (include(Path.GetRelativePath(rootFull, problem.Path).Replace('\\', '/')) || Directory.Exists(problem.Path) || problem.Kind is not (LinkProblemKind.OutsideSite or LinkProblemKind.NotAFile))
        {
            context.Diagnostics.Add(problem.ToDiagnostic(context.Services.EngineDiagnostics));
        }
    }
}
