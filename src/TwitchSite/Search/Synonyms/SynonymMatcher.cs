namespace TwitchSite.Search.Synonyms;

/// <summary>
/// Finds which synonym groups a page's text uses and returns the other names of those groups,
/// the ones the page does not use itself. Written into the page as search metadata, they let a
/// search for any name of a group find the page. A term matches when its words appear in the
/// text in order, ignoring case, punctuation and a plural ending; a one-word term written in
/// capitals (an acronym such as "MS" or "ALS") matches only itself in capitals.
/// Build once per site; <see cref="Expand(string)"/> is safe to call from many threads.
/// </summary>
public sealed class SynonymMatcher
{
    private readonly List<SynonymGroup> _groups;
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Indexes every term of <paramref name="groups"/>.</summary>
    public SynonymMatcher(IEnumerable<SynonymGroup> groups)
    {
        _groups = groups.ToList();
        for (var g = 0; g < _groups.Count; g++)
        {
            foreach (var term in _groups[g].Terms)
            {
                var words = SearchText.Words(term);
                if (words.Count == 0)
                {
                    continue;
                }

                var acronym = words.Count == 1 && IsAcronym(words[0].Original);
                var key = acronym ? words[0].Original : words[0].Folded;
                if (!_byFirstWord.TryGetValue(key, out var entries))
                {
                    entries = [];
                    _byFirstWord[key] = entries;
                }

                entries.Add(new Entry(g, term, [.. words.Select(w => w.Folded)], acronym));
            }
        }
    }

    /// <summary>Number of groups.</summary>
    public int GroupCount => _groups.Count;

    /// <summary>
    /// The names that <paramref name="text"/> does not use, of every group it uses one name of,
    /// in group order then the order written; empty when it uses none.
    /// </summary>
    public IReadOnlyList<string> Expand(string text) => Expand(text, "", "").Title;

    /// <summary>
    /// Like <see cref="Expand(string)"/> for a page in three parts, sorting the other names by how
    /// much the page is about them: groups named in <paramref name="titleText"/> give
    /// <see cref="SynonymExpansion.Title"/>; groups named in <paramref name="prominentText"/>
    /// (description, keywords) give <see cref="SynonymExpansion.Main"/>; groups only named in the
    /// body, however often, give <see cref="SynonymExpansion.Related"/>. Search weighs them in
    /// that order (and does not index related names).
    /// </summary>
    public SynonymExpansion Expand(string titleText, string prominentText, string bodyText, string siteTitleText = "")
    {
        // What the site's own title names is the subject of every page, so naming it in a page
        // title ("Causes of muscle twitching") does not make that page the one about it.
        var subject = Scan(siteTitleText).Counts;
        var title = Scan(titleText);
        var prominent = Scan(prominentText);
        var body = Scan(bodyText);
        var seen = new HashSet<string>(title.Terms.Concat(prominent.Terms).Concat(body.Terms), StringComparer.OrdinalIgnoreCase);
        var tiers = new[] { new List<string>(), new List<string>(), new List<string>() };
        foreach (var group in title.Counts.Keys.Union(prominent.Counts.Keys).Union(body.Counts.Keys).Order())
        {
            // The site's subject is named on every page: its other names go only to the pages
            // whose title names it, where a search for "jumpy muscles" should land, not to all
            // of them (where they made every page match and the index a reader downloads bigger).
            if (subject.ContainsKey(group) && !title.Counts.ContainsKey(group))
            {
                continue;
            }

            // A group the body names often is not what the page is about: a long page names many
            // things several times ("When to see a doctor" names medicines, anxiety and twitching
            // all over), and counting three mentions gave it those groups' other names, so it came
            // before the page about each of them (issue #17's held-out sets) and made the index
            // every query downloads 0.9 KB bigger. What the page is about, its editor says in
            // its description and keywords.
            var tier = title.Counts.ContainsKey(group) && !subject.ContainsKey(group) ? 0 : prominent.Counts.ContainsKey(group) ? 1 : 2;
            foreach (var term in _groups[group].Terms)
            {
                if (seen.Add(term))
                {
                    tiers[tier].Add(term);
                }
            }
        }

        return new SynonymExpansion(tiers[0], tiers[1], tiers[2]);
    }

    private (Dictionary<int, int> Counts, HashSet<string> Terms) Scan(string text)
    {
        var counts = new Dictionary<int, int>();
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ranges = SearchText.WordRanges(text);
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[MaxWordLength];
        Span<char> next = stackalloc char[MaxWordLength];
        for (var i = 0; i < ranges.Count; i++)
        {
            var word = text.AsSpan(ranges[i]);
            if (word.Length > MaxWordLength)
            {
                continue; // no term has a word this long
            }

            if (lookup.TryGetValue(folded[..SearchText.Fold(word, folded)], out var entries))
            {
                foreach (var entry in entries)
                {
                    if (!entry.Acronym && Follows(text, ranges, i, entry.Words, next))
                    {
                        Count(entry, counts, terms);
                    }
                }
            }

            if (IsAcronym(word) && lookup.TryGetValue(word, out var acronyms))
            {
                foreach (var entry in acronyms)
                {
                    if (entry.Acronym)
                    {
                        Count(entry, counts, terms);
                    }
                }
            }
        }

        return (counts, terms);
    }

    private static void Count(Entry entry, Dictionary<int, int> counts, HashSet<string> usedTerms)
    {
        counts[entry.Group] = counts.GetValueOrDefault(entry.Group) + 1;
        usedTerms.Add(entry.Term);
    }

    private static bool Follows(string text, List<Range> ranges, int start, string[] term, Span<char> buffer)
    {
        if (start + term.Length > ranges.Count)
        {
            return false;
        }

        for (var k = 1; k < term.Length; k++)
        {
            var word = text.AsSpan(ranges[start + k]);
            if (word.Length > MaxWordLength || !buffer[..SearchText.Fold(word, buffer)].SequenceEqual(term[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"CLI", "API", "UI": two or more letters, all capitals.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxWordLength = 64;

    private sealed record Entry(int Group, string Term, string[] Words, bool Acronym);
}

/// <summary>The other names a page gets: of what its title names, what it is about, and what it only mentions.</summary>
/// <param name="Title">Names of groups the page's title names.</param>
/// <param name="Main">Names of groups the page is about (named in its description or keywords, or often).</param>
/// <param name="Related">Names of groups the page mentions in passing.</param>
public sealed record SynonymExpansion(IReadOnlyList<string> Title, IReadOnlyList<string> Main, IReadOnlyList<string> Related)
{
    /// <summary>True when the page gets no other names.</summary>
    public bool IsEmpty => Title.Count == 0 && Main.Count == 0 && Related.Count == 0;
}
