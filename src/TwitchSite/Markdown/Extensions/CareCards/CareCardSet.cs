using System.Globalization;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Yaml;

namespace TwitchSite.Markdown.Extensions.CareCards;

/// <summary>
/// The site's care cards, read from the data file <c>input/_data/care_cards.yml</c>: the kinds
/// of card (marker, style, hidden urgency words, heading, bullet limit, and optionally the
/// site's own bullets and their sources), the emergency numbers, and the label put before a
/// card's sources. One file holds the urgency rules for the whole site, so a card written with
/// an empty body (<c>&gt; [!URGENT]</c>) shows the same rules on every page.
/// </summary>
public sealed class CareCardSet
{
    /// <summary>The data file name (without extension) this is read from.</summary>
    public const string DataName = "care_cards";

    /// <summary>Placeholder replaced by the emergency numbers in headings, bullets and the closing sentence.</summary>
    public const string NumbersPlaceholder = "{emergency_numbers}";

    private readonly Dictionary<string, CareCardKind> _byMarker;

    private CareCardSet(Dictionary<string, CareCardKind> byMarker, IReadOnlyList<EmergencyNumber> numbers, string numbersLastSeparator, string sourcesLabel)
    {
        _byMarker = byMarker;
        EmergencyNumbers = numbers;
        NumbersLastSeparator = numbersLastSeparator;
        SourcesLabel = sourcesLabel;
    }

    /// <summary>A set with no kinds: every alert renders as a plain alert.</summary>
    public static CareCardSet Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), [], ", ", "");

    /// <summary>The emergency numbers, in the order the site lists them.</summary>
    public IReadOnlyList<EmergencyNumber> EmergencyNumbers { get; }

    /// <summary>What goes between the last two numbers (" or "); ", " between the others.</summary>
    public string NumbersLastSeparator { get; }

    /// <summary>Words before a card's sources ("Based on:").</summary>
    public string SourcesLabel { get; }

    /// <summary>Every kind the site defines.</summary>
    public IEnumerable<CareCardKind> Kinds => _byMarker.Values;

    /// <summary>The kind whose marker is <paramref name="marker"/> (case-insensitive), or null.</summary>
    public CareCardKind? Find(string marker) => _byMarker.GetValueOrDefault(marker);

    /// <summary>Reads the parsed data file; entries it cannot use are left out (<see cref="Check"/> reports them).</summary>
    public static CareCardSet From(object? data)
    {
        if (data is not Dictionary<string, object?> root)
        {
            return Empty;
        }

        var sources = Sources(root);
        var kinds = new Dictionary<string, CareCardKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var card in (root.GetValueOrDefault("cards") as List<object?>)?.OfType<Dictionary<string, object?>>() ?? [])
        {
            if (Problem(card, sources) is null)
            {
                var kind = ToKind(card, sources);
                kinds.TryAdd(kind.Marker, kind);
            }
        }

        var numbers = ((root.GetValueOrDefault("emergency_numbers") as List<object?>) ?? [])
            .OfType<Dictionary<string, object?>>()
            .Select(n => new EmergencyNumber(Text(n, "place"), Text(n, "number")))
            .Where(n => n.Number.Length > 0)
            .ToList();
        return new CareCardSet(kinds, numbers, root.GetValueOrDefault("numbers_last_separator") as string ?? ", ", Text(root, "sources_label"));
    }

    /// <summary>Every problem with the parsed <paramref name="result"/> of <paramref name="path"/> (TW0710, warnings).</summary>
    public static IEnumerable<Diagnostic> Check(YamlReadResult result, string path)
    {
        if (result.Value is null)
        {
            yield break;
        }

        var top = new SourceLocation(path, 1, 1);
        if (result.Value is not Dictionary<string, object?> root)
        {
            yield return Diagnostics.Codes.CareCardDataNotMapping.Create(top);
            yield break;
        }

        var cardsAt = result.Locations.TryGetValue("cards", out var at) ? at.Key : top;
        var sources = Sources(root);
        if (root.GetValueOrDefault("cards") is not List<object?> cards)
        {
            yield return Diagnostics.Codes.CareCardDataNoCards.Create(cardsAt);
            yield break;
        }

        for (var i = 0; i < cards.Count; i++)
        {
            var problem = cards[i] is Dictionary<string, object?> card ? Problem(card, sources) : "is not `marker:` and `heading:` lines";
            if (problem is not null)
            {
                yield return Diagnostics.Codes.CareCardKindUnusable.Create(cardsAt, i + 1, problem);
            }
        }
    }

    /// <summary>The emergency numbers as HTML: "<c>999</c> (UK), <c>911</c> (US) or <c>112</c> (Europe)", each a <c>tel:</c> link.</summary>
    public string NumbersHtml()
    {
        var parts = EmergencyNumbers.Select(n =>
            $"<a class=\"care-card-number\" href=\"tel:{System.Net.WebUtility.HtmlEncode(n.Number)}\">{System.Net.WebUtility.HtmlEncode(n.Number)}</a>" +
            (n.Place.Length > 0 ? $" ({System.Net.WebUtility.HtmlEncode(n.Place)})" : "")).ToList();
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + System.Net.WebUtility.HtmlEncode(NumbersLastSeparator) + parts[^1],
        };
    }

    /// <summary><paramref name="text"/> HTML-escaped, with the emergency numbers put in for their placeholder.</summary>
    public string ExpandHtml(string text) =>
        string.Join(NumbersHtml(), text.Split(NumbersPlaceholder).Select(System.Net.WebUtility.HtmlEncode));

    private static Dictionary<string, CareCardSource> Sources(Dictionary<string, object?> root) =>
        ((root.GetValueOrDefault("sources") as List<object?>) ?? [])
            .OfType<Dictionary<string, object?>>()
            .Select(s => new CareCardSource(Text(s, "id"), Text(s, "title"), Text(s, "url")))
            .Where(s => s.Id.Length > 0 && s.Title.Length > 0 && s.Url.Length > 0)
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static string? Problem(Dictionary<string, object?> card, Dictionary<string, CareCardSource> sources)
    {
        foreach (var key in new[] { "marker", "style", "heading" })
        {
            if (Text(card, key).Length == 0)
            {
                return $"has no text `{key}`";
            }
        }

        if (!Text(card, "marker").All(char.IsLetter))
        {
            return "has a `marker` that is not one word of letters";
        }

        if (MaxBullets(card) is not > 0)
        {
            return "has no whole number `max_bullets`";
        }

        if (card.TryGetValue("items", out var items) && items is not null && (items is not List<object?> list || list.Any(i => i is not string)))
        {
            return "has `items` that are not a list of sentences";
        }

        if (card.GetValueOrDefault("items") is List<object?> { Count: var count } && count > MaxBullets(card))
        {
            return $"has {count} `items`, more than its `max_bullets`";
        }

        var unknown = Ids(card).FirstOrDefault(id => !sources.ContainsKey(id));
        return unknown is null ? null : $"cites the source `{unknown}`, which the `sources` list does not define";
    }

    private static CareCardKind ToKind(Dictionary<string, object?> card, Dictionary<string, CareCardSource> sources) => new(
        Text(card, "marker"),
        Text(card, "style"),
        card.GetValueOrDefault("hidden_text") as string ?? "",
        Text(card, "heading"),
        MaxBullets(card) ?? 0,
        (card.GetValueOrDefault("items") as List<object?>)?.OfType<string>().ToList() ?? [],
        Text(card, "after"),
        Ids(card).Select(id => sources[id]).ToList());

    private static IEnumerable<string> Ids(Dictionary<string, object?> card) =>
        (card.GetValueOrDefault("sources") as List<object?>)?.Select(s => s?.ToString() ?? "") ?? [];

    private static int? MaxBullets(Dictionary<string, object?> card) => card.GetValueOrDefault("max_bullets") switch
    {
        int i => i,
        long l when l is > 0 and < 1000 => (int)l,
        string s when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static string Text(Dictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) is string s ? s.Trim() : "";
}
