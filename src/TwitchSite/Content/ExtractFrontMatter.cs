using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Settings;
using TwitchSite.Yaml;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Reads the YAML front matter of each markdown document. Writes the raw values into the
/// document's own metadata layer, the body (without front matter) as its content, and a
/// <see cref="FrontMatterInfo"/> under <see cref="FrontMatterKeys.Info"/>. Reports front matter
/// that is not closed (TW0101) or not valid YAML mapping (TW0102); such documents go on with
/// empty metadata so later checks do not pile up on them. On a site that declares no front matter
/// schema (<see cref="SiteSettings.HasFrontMatterSchema"/>: a docs folder written for another tool,
/// such as curl's, whose <c>Short: :</c> no YAML reader accepts) a block that is not valid YAML is a
/// warning (TW0108) instead, and the page is built without it, as GitHub shows such a page: one
/// page's metadata must not stop a whole foreign site, while this generator's own sites keep the error.
/// </summary>
public sealed class ExtractFrontMatter : PerDocumentModule
{
    /// <inheritdoc />
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    public override IReadOnlyList<Read> Reads => [Read.Setting(SettingKeys.RequiredFrontMatter), Read.Setting(SettingKeys.RequiredByLayout)];

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        // Read once: a page kept on disk is read from its file on every read.
        var utf8 = (document.Content as TextContent)?.Utf8Bytes;
        var text = FrontMatterText(document.Content, utf8);
        var path = document.SourceFullPath ?? document.Source;
        var split = FrontMatterSplitter.Split(text);
        var empty = FrontMatterInfo.NoLocations;

        switch (split.State)
        {
            case FrontMatterState.None:
                return Finish(document, utf8, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, 1, empty, Valid: true));

            case FrontMatterState.NotClosed:
                context.Diagnostics.Add(Codes.FrontMatterNotClosed.Create(FrontMatterInfo.Start(path)));
                return Finish(document, utf8, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }

        var result = YamlReader.Read(split.Yaml!, path, firstLine: 2);
        if (!result.Succeeded)
        {
            context.Diagnostics.Add(Lenient(context)
                ? Codes.ForeignFrontMatterInvalid.Create(result.ErrorLocation, "invalid YAML: " + result.ErrorMessage)
                : Codes.InvalidYaml.Create(result.ErrorLocation, result.ErrorMessage));
            return Finish(document, utf8, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }

        switch (result.Value)
        {
            case Dictionary<string, object?> values:
                return Finish(document, utf8, text, split, values, new FrontMatterInfo(split.State, split.BodyFirstLine, result.Locations, Valid: true) { Yaml = split.Yaml });
            case null:
                return Finish(document, utf8, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: true));
            default:
                context.Diagnostics.Add(Lenient(context)
                    ? Codes.ForeignFrontMatterInvalid.Create(new SourceLocation(path, 2, 1), "it is not `key: value` lines")
                    : Codes.FrontMatterNotMapping.Create(new SourceLocation(path, 2, 1)));
                return Finish(document, utf8, text, split, new Dictionary<string, object?>(), new FrontMatterInfo(split.State, split.BodyFirstLine, empty, Valid: false));
        }
    }

    private static bool Lenient(ExecutionContext context) => !SiteSettings.Of(context.Settings).HasFrontMatterSchema;

    private static Document Finish(Document document, ReadOnlyMemory<byte>? utf8, string text, FrontMatterSplit split, Dictionary<string, object?> values, FrontMatterInfo info)
    {
        values[FrontMatterKeys.Info] = info;
        return document with
        {
            Content = BodyOf(document.Content, utf8, text, split),
            Metadata = Metadata.Create(values, document.Metadata.Parent),
        };
    }

    /// <summary>
    /// The body as content: a slice of the file's UTF-8 bytes when it is held that way, so no copy
    /// is made (and a page kept on disk stays there: its body is a slice of its file).
    /// </summary>
    private static DocumentContent BodyOf(DocumentContent content, ReadOnlyMemory<byte>? utf8, string file, FrontMatterSplit split)
    {
        if (utf8 is { } bytes && content is TextContent held)
        {
            // The body is always the end of the text split (the whole file, or its front matter
            // alone); find where it starts in bytes.
            var bodyStart = file.Length - split.Body.Length;
            var byteStart = System.Text.Encoding.UTF8.GetByteCount(file.AsSpan(0, bodyStart));
            return held.Utf8From(byteStart) ?? DocumentContent.FromUtf8(bytes[byteStart..]);
        }

        return DocumentContent.FromText(split.Body);
    }

    /// <summary>
    /// The text to split: for a file held as UTF-8, only its front matter is decoded (the body
    /// stays bytes, see <see cref="BodyOf"/>); an unclosed block needs the whole file for its position.
    /// </summary>
    private static string FrontMatterText(DocumentContent content, ReadOnlyMemory<byte>? utf8) => content switch
    {
        TextContent when utf8 is { } bytes => FrontMatterSplitter.ByteLength(bytes.Span) is var length and >= 0
            ? System.Text.Encoding.UTF8.GetString(bytes.Span[..length])
            : System.Text.Encoding.UTF8.GetString(bytes.Span),
        TextContent text => text.Text,
        _ => "",
    };
}
