using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Yaml;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Reads the YAML front matter of each markdown document. Writes the raw values into the
/// document's own metadata layer, the body (without front matter) as its content, and a
/// <see cref="FrontMatterInfo"/> under <see cref="FrontMatterKeys.Info"/>. Reports front matter
/// that is not closed (TW0101) or not valid YAML mapping (TW0102); such documents go on with
/// empty metadata so later checks do not pile up on them.
/// </summary>
public sealed class ExtractFrontMatter : PerDocumentModule
{
    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var text = FrontMatterText(document.Content);
        var path = document.SourceFullPath ?? document.Source;
        var split = FrontMatterSplitter.Split(text);
        var empty = new Dictionary<string, YamlEntryLocation>();

        switch (split.State)
        {
            case FrontMatterState.None:
                return Finish(document, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, 1, empty, Valid: true));

            case FrontMatterState.NotClosed:
                context.Diagnostics.Add(Codes.FrontMatterNotClosed.Create(FrontMatterInfo.Start(path)));
                return Finish(document, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }

        var result = YamlReader.Read(split.Yaml!, path, firstLine: 2);
        if (!result.Succeeded)
        {
            context.Diagnostics.Add(Codes.InvalidYaml.Create(result.ErrorLocation, result.ErrorMessage));
            return Finish(document, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }

        switch (result.Value)
        {
            case Dictionary<string, object?> values:
                return Finish(document, text, split, values, new FrontMatterInfo(split.State, split.BodyFirstLine, result.Locations, Valid: true) { Yaml = split.Yaml });
            case null:
                return Finish(document, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: true));
            default:
                context.Diagnostics.Add(Codes.FrontMatterNotMapping.Create(new SourceLocation(path, 2, 1)));
                return Finish(document, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }
    }

    private static Document Finish(Document document, string text, FrontMatterSplit split, Dictionary<string, object?> values, FrontMatterInfo info)
    {
        values[FrontMatterKeys.Info] = info;
        return document with
        {
            Content = BodyOf(document.Content, text, split),
            Metadata = Metadata.Create(values, document.Metadata.Parent),
        };
    }

    /// <summary>The body as content: a slice of the file's UTF-8 bytes when it is held that way, so no copy is made.</summary>
    private static DocumentContent BodyOf(DocumentContent content, string file, FrontMatterSplit split)
    {
        if (content is TextContent { Utf8Bytes: { } utf8 })
        {
            // The body is always the end of the text split (the whole file, or its front matter
            // alone); find where it starts in bytes.
            var bodyStart = file.Length - split.Body.Length;
            return DocumentContent.FromUtf8(utf8[System.Text.Encoding.UTF8.GetByteCount(file.AsSpan(0, bodyStart))..]);
        }

        return DocumentContent.FromText(split.Body);
    }

    /// <summary>
    /// The text to split: for a file held as UTF-8, only its front matter is decoded (the body
    /// stays bytes, see <see cref="BodyOf"/>); an unclosed block needs the whole file for its position.
    /// </summary>
    private static string FrontMatterText(DocumentContent content) => content switch
    {
        TextContent { Utf8Bytes: { } utf8 } when FrontMatterSplitter.ByteLength(utf8.Span) is var length and >= 0 =>
            System.Text.Encoding.UTF8.GetString(utf8.Span[..length]),
        TextContent text => text.Text,
        _ => "",
    };
}
