using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Search.Indexing;

namespace TwitchSite.Tests.Search;

/// <summary>The site's word list for "did you mean": read from Pagefind's fragments, written beside them.</summary>
public sealed class SearchVocabularyTests : IDisposable
{
    private readonly string _bundle = Path.Combine(Path.GetTempPath(), "twitchsite-vocabulary-" + Guid.NewGuid().ToString("N"));

    public SearchVocabularyTests() => Directory.CreateDirectory(Path.Combine(_bundle, "fragment"));

    public void Dispose() => Directory.Delete(_bundle, recursive: true);

    [Fact]
    public void Given_fragments_When_written_Then_each_word_of_three_letters_or_more_counts_the_pages_using_it()
    {
        Fragment("a", """{"url":"/a/","content":"Caffeine can cause a twitch. Caffeine!","meta":{"title":"Caffeine","keywords":"coffee, cafeine","section":"Causes"}}""");
        Fragment("b", """{"url":"/b/","content":"Stress can cause a twitch.","meta":{"title":"Stress","synonyms":"anxiety","related":"worry"}}""");

        var sink = new DiagnosticSink();
        SearchVocabulary.Write(_bundle, sink);

        Assert.Empty(sink.All);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_bundle, SearchVocabulary.FileName)));
        Assert.Equal(2, json.RootElement.GetProperty("pages").GetInt32());
        var words = json.RootElement.GetProperty("words").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(1, words["caffeine"]);
        Assert.Equal(2, words["twitch"]);
        Assert.Equal(2, words["can"]);
        Assert.Equal(1, words["cafeine"]); // searched metadata counts: a search finds it
        Assert.Equal(1, words["anxiety"]);
        Assert.False(words.ContainsKey("worry"), "related terms are not indexed, so no search finds them");
        Assert.False(words.ContainsKey("causes"), "the section name is shown, not searched");
        Assert.False(words.ContainsKey("a"));
        Assert.Equal(words.Keys.Order(StringComparer.Ordinal), words.Keys); // sorted: the same site writes the same bytes
    }

    [Fact]
    public void Given_a_fragment_of_another_format_When_written_Then_it_warns_TW0610_and_keeps_the_others()
    {
        Fragment("a", """{"url":"/a/","content":"Caffeine","meta":{}}""");
        File.WriteAllBytes(Path.Combine(_bundle, "fragment", "b.pf_fragment"), Encoding.UTF8.GetBytes("not gzip"));

        var sink = new DiagnosticSink();
        SearchVocabulary.Write(_bundle, sink);

        var warning = Assert.Single(sink.All);
        Assert.Equal("TW0610", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("b.pf_fragment", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"caffeine\":1", File.ReadAllText(Path.Combine(_bundle, SearchVocabulary.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_shards_When_merged_Then_the_browser_gets_the_words_cut_by_first_letter()
    {
        Fragment("a", """{"url":"/a/","content":"Caffeine can cause a twitch. Émotions too.","meta":{"title":"Caffeine"}}""");
        var shardWords = Path.Combine(_bundle, SearchVocabulary.ShardFileName);
        SearchVocabulary.WriteShard(Path.Combine(_bundle, "fragment"), shardWords);

        SearchVocabulary.Merge([shardWords], Path.Combine(_bundle, SearchVocabulary.FileName));

        // What "did you mean" loads for "caffiene": only the words starting with c.
        var letters = Path.Combine(_bundle, SearchVocabulary.LetterFolderName);
        using var c = JsonDocument.Parse(File.ReadAllText(Path.Combine(letters, "c.json")));
        Assert.Equal(1, c.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(["caffeine", "can", "cause"], c.RootElement.GetProperty("words").EnumerateObject().Select(p => p.Name));
        Assert.Contains("\"twitch\":1", File.ReadAllText(Path.Combine(letters, "t.json")), StringComparison.Ordinal);
        Assert.Contains("motions", File.ReadAllText(Path.Combine(letters, "other.json")), StringComparison.Ordinal);
        // A letter no word starts with has its file too, empty: a reader's "zzyzx" asks for
        // z.json, and a missing file was a failed request in their browser's console.
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(letters, "b.json")));
        Assert.Empty(b.RootElement.GetProperty("words").EnumerateObject());
        Assert.Equal(27, Directory.GetFiles(letters, "*.json").Length); // a to z, and other
    }

    private void Fragment(string name, string json)
    {
        using var file = File.Create(Path.Combine(_bundle, "fragment", name + ".pf_fragment"));
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write("pagefind_dcd"u8);
        gzip.Write(Encoding.UTF8.GetBytes(json));
    }
}
