using System.Collections.Immutable;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Base for modules that treat each document on its own: runs them in parallel with bounded
/// concurrency, keeps the input order, and turns an unexpected exception into one diagnostic
/// naming the document instead of a crash. A module that declares itself
/// <see cref="IsCacheable"/> has its results reused by the next build of the same site (live
/// preview) for every document that is unchanged, as long as its <see cref="CacheStamp"/> (made
/// of what it declares it <see cref="Reads"/>) is unchanged too; the diagnostics such a document caused are reported again, so a rebuild reports
/// exactly what a full build would.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    /// <summary>
    /// True when a document's result depends only on the document itself and on what
    /// <see cref="CacheStamp"/> covers, and the module has no side effects. False by default:
    /// a module opts in only when that is true.
    /// </summary>
    protected virtual bool IsCacheable => false;

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        BeforeExecute(inputs, context);
        var memo = IsCacheable && context.Cache is { } cache ? cache.MemoOf(context.ModuleKey) : null;
        memo?.Begin(CacheStamp(inputs, context));

        var results = new Document?[inputs.Length];
        var entries = memo is null ? null : new MemoEntry[inputs.Length];
        var reused = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) };
        var progress = context.Services.Progress;
        Parallel.For(0, inputs.Length, options, i =>
        {
            if (memo is null)
            {
                results[i] = ExecuteGuarded(inputs[i], context);
                progress?.Advance();
                return;
            }

            var entry = memo.Find(inputs[i]);
            if (entry is null)
            {
                var captured = new DiagnosticSink { WarningsAsErrors = context.Diagnostics.WarningsAsErrors };
                var output = ExecuteGuarded(inputs[i], context.WithDiagnostics(captured));
                entry = new MemoEntry(inputs[i], output, captured.All);
            }
            else
            {
                Interlocked.Increment(ref reused);
            }

            foreach (var diagnostic in entry.Diagnostics)
            {
                context.Diagnostics.Add(diagnostic);
            }

            entries![i] = entry;
            results[i] = entry.Output;
            progress?.Advance();
        });

        if (memo is not null)
        {
            memo.Replace(entries!);
            context.Cache!.Record(context.ModuleKey, GetType().Name, reused, inputs.Length - reused);
        }

        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var result in results)
        {
            if (result is not null)
            {
                builder.Add(result);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Runs once before the documents are processed, e.g. to read what every document shares.</summary>
    protected virtual void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
    }

    /// <inheritdoc />
    public virtual IReadOnlyList<Read> Reads => [];

    /// <summary>
    /// What a cacheable module's results depend on besides each document: every declared
    /// <see cref="Reads"/> (pipeline outputs, settings), then <see cref="StampExtras"/>. Called
    /// after <see cref="BeforeExecute"/>.
    /// </summary>
    protected CacheStamp CacheStamp(ImmutableArray<Document> inputs, ExecutionContext context) =>
        new([.. ReadStamp.PartsOf(Reads, context), .. StampExtras(inputs, context)]);

    /// <summary>
    /// What else a cacheable module's results depend on that is not a pipeline or a setting
    /// (parsed layouts, the navigation, other inputs' paths); nothing by default.
    /// </summary>
    protected virtual IEnumerable<object?> StampExtras(ImmutableArray<Document> inputs, ExecutionContext context) => [];

    /// <summary>Processes one document; returns null to drop it.</summary>
    protected abstract Document? ExecuteDocument(Document document, ExecutionContext context);

    private Document? ExecuteGuarded(Document document, ExecutionContext context)
    {
        try
        {
            return ExecuteDocument(document, context);
        }
        catch (Exception exception) when (IoFailure.Diagnose(exception, document.SourceFullPath, context.Services.EngineDiagnostics) is { } failure)
        {
            context.Diagnostics.Add(failure);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var location = document.SourceFullPath is { } path ? new SourceLocation(path) : null;
            context.Diagnostics.Add(context.Services.EngineDiagnostics.UnexpectedErrorInDocument.Create(location, GetType().Name, exception.GetType().Name, exception.Message));
            return null;
        }
    }
}
