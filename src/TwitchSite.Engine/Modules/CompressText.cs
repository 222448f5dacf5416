using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Modules;

/// <summary>
/// Keeps the documents' text compressed while they wait for later modules, when there is so much
/// of it that holding it plainly would dominate the build's memory: reads each document's
/// <see cref="TextContent"/> and, when the texts of all its input documents together reach
/// <paramref name="minTotalBytes"/> UTF-8 bytes, writes it back as
/// <see cref="DocumentContent.FromUtf8Compressed"/> (the same text; readers decompress it on
/// every read). Smaller inputs pass unchanged, so small and medium sites pay nothing. Documents
/// of other content kinds pass unchanged. Modules that turn a compressed text into another text
/// may keep theirs compressed too (see <see cref="TextContent.IsCompressed"/>).
/// </summary>
/// <param name="minTotalBytes">The total UTF-8 length from which texts are compressed.</param>
public sealed class CompressText(long minTotalBytes) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        long total = 0;
        foreach (var document in inputs)
        {
            total += document.Content is TextContent text ? text.Utf8Length : 0;
        }

        if (total < minTotalBytes)
        {
            return inputs;
        }

        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) }, i =>
        {
            var document = inputs[i];
            results[i] = document.Content is TextContent { IsCompressed: false } text
                ? document with { Content = DocumentContent.FromUtf8Compressed(text.Utf8Bytes is { } utf8 ? utf8.Span : System.Text.Encoding.UTF8.GetBytes(text.Text)) }
                : document;
        });
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(results);
    }
}
