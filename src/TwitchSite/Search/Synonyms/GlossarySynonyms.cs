namespace TwitchSite.Search.Synonyms;

/// <summary>Turns the glossary (<c>input/_data/glossary.yml</c>: term, definition, aliases) into synonym groups.</summary>
public static class GlossarySynonyms
{
    /// <summary>
    /// One group per glossary entry: its term and aliases. A term with a parenthesis, such as
    /// "Static site generator (SSG)", gives two names: "Static site generator" and "SSG".
    /// </summary>
    public static IReadOnlyList<SynonymGroup> From(object? glossary)
    {
        if (glossary is not List<object?> entries)
        {
            return [];
        }

        var groups = new List<SynonymGroup>();
        foreach (var entry in entries.OfType<Dictionary<string, object?>>())
        {
            var terms = new List<string>();
            if (entry.GetValueOrDefault("term") is string term)
            {
                var open = term.IndexOf('(', StringComparison.Ordinal);
                var close = term.LastIndexOf(')');
                if (open > 0 && close > open)
                {
                    terms.Add(term[..open].Trim());
                    terms.Add(term[(open + 1)..close].Trim());
                }
                else
                {
                    terms.Add(term.Trim());
                }
            }

            terms.AddRange(Data.GlossaryNames.AllAliases(entry));

            var distinct = terms.Where(t => SearchText.Words(t).Count > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (distinct.Count >= 2)
            {
                groups.Add(new SynonymGroup(distinct));
            }
        }

        return groups;
    }
}
