using System.Collections.Immutable;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Testing;

/// <summary>In-memory documents for tests (Statiq's TestDocument idiom).</summary>
public static class TestDocuments
{
    /// <summary>A text document read from <paramref name="source"/>, with no file behind it.</summary>
    public static Document Text(string source, string text = "") =>
        new() { Source = source, Content = DocumentContent.FromText(text) };

    /// <summary>A page as if read from <c>/site/input/</c><paramref name="source"/>, so diagnostics have a path.</summary>
    public static Document Page(string source, string text) => new()
    {
        Source = source,
        SourceFullPath = "/site/input/" + source,
        Content = DocumentContent.FromText(text),
    };

    /// <summary>Empty text documents with these sources.</summary>
    public static ImmutableArray<Document> Many(params string[] sources) => [.. sources.Select(s => Text(s))];

    /// <summary>The sources of <paramref name="documents"/>, in order.</summary>
    public static string[] Sources(IEnumerable<Document> documents) => [.. documents.Select(d => d.Source)];

    /// <summary>The text content of a document ("" for a document that is not text).</summary>
    public static string TextOf(Document document) => document.Content is TextContent text ? text.Text : "";
}
