using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Writes every document that has a <see cref="Document.Destination"/> to the staging output
/// folder: text as UTF-8, file content copied byte for byte; content a module already wrote
/// (<see cref="WrittenContent"/>) is left as it is. Reads nothing else; returns the documents
/// unchanged. Does nothing when the build has no output folder. With a build cache (live
/// preview), a document whose content equals what the previous build wrote to the same path
/// is not written again: the output folder is told to keep its file. Two documents for one path
/// are a bug (an unexpected error) in a build without errors; a build that writes despite its errors
/// (a live preview) writes the first and leaves the other out, since a check has then reported the
/// collision as the content problem it is (two sources for one address) and an exception's text would only repeat it.
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

        try
        {
            return Write(document, output, destination, context);
        }
        catch (IO.DuplicateOutputException) when (context.Diagnostics.HasErrors)
        {
            return document; // reported by the build's own check (see the summary); the first file stays
        }
    }

    private static Document Write(Document document, IO.OutputFolder output, string destination, ExecutionContext context)
    {

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
