using TwitchSite.Engine.Documents;
using TwitchSite.Navigation;
using TwitchSite.Search.Synonyms;

namespace TwitchSite.Search.Indexing;

/// <summary>
/// Layout variable <c>search</c>: what a page tells the search index about itself, beyond its
/// text. <c>section</c> is the navigation label of the top-level section the page is in;
/// <c>keywords</c> its front matter keywords; <c>aka</c> the other names of what its title
/// names, <c>synonyms</c> of what it is about and <c>related</c> of what it mentions (<see cref="ExpandSynonyms"/>), each joined with ", ".
/// </summary>
public static class SearchPageValues
{
    /// <summary>The values for <paramref name="page"/> at <paramref name="node"/> in navigation (null when outside it).</summary>
    public static Dictionary<string, object?> Create(Document page, NavNode? node) => new(StringComparer.Ordinal)
    {
        ["section"] = SectionOf(node),
        ["keywords"] = string.Join(", ", ExpandSynonyms.Keywords(page)),
        ["aka"] = string.Join(", ", page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Title ?? []),
        ["synonyms"] = string.Join(", ", page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Main ?? []),
        ["related"] = string.Join(", ", page.Get<SynonymExpansion>(SearchKeys.Synonyms)?.Related ?? []),
    };

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
