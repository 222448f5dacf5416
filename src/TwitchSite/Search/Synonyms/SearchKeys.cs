namespace TwitchSite.Search.Synonyms;

/// <summary>Metadata the search modules compute for each page (computed keys start with '@').</summary>
public static class SearchKeys
{
    /// <summary>Computed: the other names of what the page talks about, which it does not use itself (a <see cref="SynonymExpansion"/>).</summary>
    public const string Synonyms = "@synonyms";
}
