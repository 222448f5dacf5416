using TwitchSite.BrowserTests.Support;
using YamlDotNet.Serialization;

namespace TwitchSite.BrowserTests.Search;

/// <summary>One query a reader types and the page that answers it (queries.yml).</summary>
/// <param name="Query">What the reader types.</param>
/// <param name="Url">The path of the page that truly answers it.</param>
/// <param name="NewPage">The answering page is one the content rewrite adds; its path is the expected one.</param>
public sealed record ReaderQuery(string Query, string Url, bool NewPage);

/// <summary>Reads <c>tests/TwitchSite.BrowserTests/Search/queries.yml</c>, the reader query set.</summary>
public static class ReaderQueries
{
    /// <summary>The file's path.</summary>
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "TwitchSite.BrowserTests", "Search", "queries.yml");

    /// <summary>Every query in the file, in its order.</summary>
    public static IReadOnlyList<ReaderQuery> All()
    {
        var entries = new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(FilePath));
        return entries.Select(e => new ReaderQuery(
            e["q"],
            e["url"],
            e.TryGetValue("new_page", out var isNew) && isNew == "true")).ToList();
    }
}
