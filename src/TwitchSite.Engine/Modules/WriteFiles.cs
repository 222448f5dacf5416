using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Writes every document that has a <see cref="Document.Destination"/> to the staging output
/// folder: text as UTF-8, file content copied byte for byte; content a module already wrote
/// (<see cref="WrittenContent"/>) is left as it is. Reads nothing else; returns the documents
/// unchanged. Does nothing when the build has no output folder. With a build cache (live
/// preview), a document whose content equals what the previous build wrote to the same path
/// is not written again: the output folder is told to keep its file.
/// </summary>
public sealed class WriteFiles : PerDocumentModule, IWritesFiles
{
    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (context.Output is not { } output || document.Destination is not { } destination)
        {
            return document;
        }

        if (document.Content is WrittenContent)
        {
            // Written while rendering; a page a live preview reused from its previous build was
            // not written again, so the output keeps the file it already has.
            if (!output.HasWritten(destination))
            {
                output.Keep(destination);
            }

            return document;
        }

        if (context.Cache is { } cache)
        {
            if (cache.Written.TryGetValue(destination, out var previous) && SameContent(previous, document.Content) && output.Keep(destination))
            {
                return document;
            }

            cache.Written[destination] = document.Content;
        }

        switch (document.Content)
        {
            case TextContent text:
                output.WriteText(destination, text.Text);
                break;
            case FileContent file:
                output.CopyFile(destination, file.FullPath);
                break;
        }

        return document;
    }

    private static bool SameContent(object previous, DocumentContent current) => ReferenceEquals(previous, current) || previous.Equals(current);
}
