using System.Text.RegularExpressions;
using TwitchSite.Urls;

namespace TwitchSite.Markdown.Extensions.GlossaryTerms;

/// <summary>
/// The glossary (<c>input/_data/glossary.yml</c>) ready for matching: each term and alias,
/// longest first, as whole words, case-insensitively, mapped to its entry.
/// </summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, GlossaryEntry> _byWord;

    private GlossaryIndex(Dictionary<string, GlossaryEntry> byWord, Regex? pattern)
    {
        _byWord = byWord;
        Pattern = pattern;
    }

    /// <summary>Matches any term or alias as a whole word; null when the glossary is empty.</summary>
    public Regex? Pattern { get; }

    /// <summary>Builds the index from the parsed glossary data (a list of term, definition, aliases).</summary>
    public static GlossaryIndex From(object? data)
    {
        var byWord = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in (data as List<object?>)?.OfType<Dictionary<string, object?>>() ?? [])
        {
            if (item.GetValueOrDefault("term") is not string term || item.GetValueOrDefault("definition") is not string definition)
            {
                continue;
            }

            var entry = new GlossaryEntry(term, Slug.From(term), definition);
            byWord.TryAdd(term, entry);
            foreach (var alias in Data.GlossaryNames.AllAliases(item))
            {
                byWord.TryAdd(alias, entry);
            }
        }

        if (byWord.Count == 0)
        {
            return new GlossaryIndex(byWord, null);
        }

        var alternatives = byWord.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape);
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new GlossaryIndex(byWord, pattern);
    }

    /// <summary>The entry a matched word belongs to.</summary>
    public GlossaryEntry EntryOf(string word) => _byWord[word];
}

/// <summary>A glossary entry.</summary>
/// <param name="Term">The term as the glossary page lists it.</param>
/// <param name="Id">Its anchor on the glossary page.</param>
/// <param name="Definition">One plain sentence.</param>
public sealed record GlossaryEntry(string Term, string Id, string Definition);
