using TwitchSite.Engine.Documents;
using TwitchSite.Navigation;
using TwitchSite.Search.Synonyms;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Layout variable <c>search</c>: what a page tells the search index about itself, beyond its
/// text. <c>section</c> is the navigation label of the top-level section the page is in;
/// <c>keywords</c> its front matter keywords; <c>aka</c> the other names of what its title
/// names and <c>related</c> of what it mentions, joined with ", ", and <c>synonyms</c> the words of the
/// other names of what it is about, each once, joined with spaces (<see cref="ExpandSynonyms"/>).
/// </summary>
public static class SearchPageValues
{
    /// <summary>The values for <paramref name="page"/> at <paramref name="node"/> in navigation (null when outside it).</summary>
    public static Dictionary<string, object?> Create(Document page, NavNode? node) => new(StringComparer.Ordinal)
    {
        ["section"] = SectionOf(node),
        ["keywords"] = string.Join(", ", ExpandSynonyms.Keywords(page)),
        ["aka"] = string.Join(", ", HomeNames(node).Concat(page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Title ?? [])),
        ["synonyms"] = string.Join(" ", Words(page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Main ?? [])),
        ["related"] = string.Join(", ", page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Related ?? []),
    };

    // The synonyms' words, each once: search needs each word on the page, not each name (Pagefind
    // matches words, and counts a word's repeats half), and every page that shows in the first
    // results downloads this list with its fragment. "motor neuron disease, motor neurone disease
    // (MND), MND" is "motor neuron disease neurone MND": the index and the largest fragments are
    // smaller (0.4 KB and 0.1 to 0.2 KB each), with the same ranking on the reader query sets.
    private static IEnumerable<string> Words(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            foreach (var word in name.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!FunctionWords.Contains(word) && seen.Add(word))
                {
                    yield return word;
                }
            }
        }
    }

    // English function words in a synonym's name ("jerk as you fall asleep", "lack of sleep"):
    // search leaves them out of a query's topic (search-client.js, STOP), so as synonyms they
    // only made the index and each fragment bigger, and the page a match for "the" or "of".
    private static readonly HashSet<string> FunctionWords = new(
        ["a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "as", "at", "by", "it", "its", "is", "are", "be",
         "you", "your", "my", "me", "i", "when", "while", "with", "from", "into", "about", "that", "this", "what", "how", "do", "does"],
        StringComparer.OrdinalIgnoreCase);

    // A reader who asks for the home page ("home page", "homepage") wants the root of navigation,
    // whose title is often the site's subject ("Muscle twitching") and which says "home" only in
    // the menu; the remedies page keyworded "home remedies" came first.
    private static IEnumerable<string> HomeNames(NavNode? node) =>
        node is { Parent: null } ? ["home page", "homepage"] : [];

    private static string SectionOf(NavNode? node)
    {
        if (node is null || node.Parent is null)
        {
            return "";
        }

        var top = node;
        while (top.Parent is { Parent: not null } parent)
        {
            top = parent;
        }

        return top.Title;
    }
}
