using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Writes every document that has a <see cref="Document.Destination"/> to the staging output
/// folder: text as UTF-8, file content copied byte for byte; content a module already wrote
/// (<see cref="WrittenContent"/>) is left as it is. Reads nothing else; returns the documents
/// unchanged. Does nothing when the build has no output folder.
/// </summary>
public sealed class WriteFiles : PerDocumentModule
{
    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (context.Output is not { } output || document.Destination is not { } destination)
        {
            return document;
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
}
