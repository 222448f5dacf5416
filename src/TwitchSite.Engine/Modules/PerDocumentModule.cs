using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Base for modules that treat each document on its own: runs them in parallel with bounded
/// concurrency, keeps the input order, and turns an unexpected exception into one diagnostic
/// naming the document instead of a crash.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    /// <summary>Diagnostic code for an exception no module expected.</summary>
    public const string UnexpectedErrorCode = "TW0001";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        BeforeExecute(inputs, context);
        var results = new Document?[inputs.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) };
        Parallel.For(0, inputs.Length, options, i => results[i] = ExecuteGuarded(inputs[i], context));
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

    /// <summary>Processes one document; returns null to drop it.</summary>
    protected abstract Document? ExecuteDocument(Document document, ExecutionContext context);

    private Document? ExecuteGuarded(Document document, ExecutionContext context)
    {
        try
        {
            return ExecuteDocument(document, context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var location = document.SourceFullPath is { } path ? new SourceLocation(path) : null;
            context.Diagnostics.Add(Diagnostic.Error(
                UnexpectedErrorCode,
                $"unexpected error in {GetType().Name}: {exception.GetType().Name}: {exception.Message}",
                location,
                "this is a bug in TwitchSite, not in your file; please report it with this file attached"));
            return null;
        }
    }
}
