namespace TwitchSite.Engine.Tests.Support;

/// <summary>In-memory documents for tests (Statiq's TestDocument idiom).</summary>
internal static class Docs
{
    public static Document Text(string source, string text = "") =>
        new() { Source = source, Content = DocumentContent.FromText(text) };

    public static ImmutableArray<Document> Many(params string[] sources) => [.. sources.Select(s => Text(s))];

    public static string[] Sources(IEnumerable<Document> documents) => [.. documents.Select(d => d.Source)];

    public static string TextOf(Document document) => Assert.IsType<TextContent>(document.Content).Text;
}
