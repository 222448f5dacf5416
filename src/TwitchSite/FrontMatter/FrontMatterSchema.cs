using System.Globalization;
using System.Reflection;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Yaml;

namespace TwitchSite.FrontMatter;

/// <summary>
/// The known front matter keys and their types (CONTENT.md). Converts raw YAML values into
/// typed ones (int, DateOnly, lists, <see cref="SourceReference"/>), reporting wrong types
/// (TW0104) at the value, unknown keys (TW0105, a warning with a suggestion) at the key, and
/// review dates out of order (TW0106).
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>Every known key with its type: the <see cref="PageKeys"/> marked with <see cref="FieldAttribute"/>, then other generators' names.</summary>
    public static IReadOnlyDictionary<string, FieldKind> Fields { get; } = new Dictionary<string, FieldKind>(
        typeof(PageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.GetCustomAttribute<FieldAttribute>() is not null)
            .Select(f => KeyValuePair.Create((string)f.GetRawConstantValue()!, f.GetCustomAttribute<FieldAttribute>()!.Kind)),
        StringComparer.Ordinal)
    {
        // Other generators' names for the same things (see KeyAliases).
        ["weight"] = FieldKind.Number,
        ["nav_order"] = FieldKind.Number,
        ["sidebar_position"] = FieldKind.Number,
        ["linkTitle"] = FieldKind.Text,
        ["sidebar_label"] = FieldKind.Text,
        ["aliases"] = FieldKind.TextList,
    };

    /// <summary>
    /// Keys other generators write under another name, and the key they stand for: Hugo's
    /// <c>weight</c>, <c>linkTitle</c> and <c>aliases</c>, Just the Docs' <c>nav_order</c>,
    /// Docusaurus' <c>sidebar_position</c> and <c>sidebar_label</c>. The page's own key wins;
    /// otherwise the first alias in this order that is set.
    /// </summary>
    public static IReadOnlyList<(string Alias, string Key)> KeyAliases { get; } =
    [
        ("weight", PageKeys.Order),
        ("nav_order", PageKeys.Order),
        ("sidebar_position", PageKeys.Order),
        ("linkTitle", PageKeys.NavTitle),
        ("sidebar_label", PageKeys.NavTitle),
    ];

    /// <summary>
    /// Front matter keys of Hugo, Jekyll (and Just the Docs), Docusaurus, mdBook, MkDocs and Sphinx (sphinx-design) that
    /// this generator does not use: accepted without a warning (and kept, so layouts may use them),
    /// because docs written for those tools carry them on every page.
    /// </summary>
    public static IReadOnlySet<string> ForeignKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "lastmod", "publishDate", "expiryDate", "tags", "categories", "series", "slug", "url", "permalink",
        "toc", "menu", "menus", "type", "summary", "author", "authors", "sidebar", "hide_title", "hide_table_of_contents",
        "parent", "has_children", "grand_parent", "has_toc", "child_nav_order", "search", "search_exclude", "comments", "math",
        "id", "custom_edit_url", "pagination_next", "pagination_prev", "pagination_label", "sidebar_class_name",
        "sidebar_custom_props", "displayed_sidebar", "image", "images", "featured_image", "cascade", "headless",
        "outputs", "markup", "params", "translationKey", "resources", "build", "excerpt", "published", "last_modified_date",
        "hide", "template", "status", "subtitle", "lang", "language", "robots", "canonical", "toc_min_heading_level",
        "toc_max_heading_level", "unlisted", "tocBeforeContent", "noindex", "icon", "weight_in_menu",
        "ancestor", "nav_enabled", "sd_hide_title",
        // MkDocs Material's blog and social plugins, on every post
        "readtime", "links", "pin", "social",
    };

    /// <summary>
    /// Hugo's front matter keys that this generator reads or accepts under another name or quietly
    /// (<see cref="KeyAliases"/>, <c>aliases</c>, and Hugo's among <see cref="ForeignKeys"/>), by
    /// their name in any case: Hugo reads its keys without regard to case, so Hugo docs write
    /// <c>linktitle</c>, <c>LinkTitle</c> and <c>Weight</c> as often as <c>linkTitle</c>. This
    /// generator's own keys (<c>title</c>, <c>order</c>...) keep their one spelling.
    /// </summary>
    private static readonly Dictionary<string, string> HugoKeys = new[]
    {
        "weight", "linkTitle", "aliases", "date", "lastmod", "publishDate", "expiryDate", "slug", "url", "type",
        "summary", "menu", "menus", "tags", "categories", "series", "cascade", "headless", "outputs", "markup",
        "params", "translationKey", "resources", "build", "images",
    }.ToDictionary(k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every known key (<see cref="Fields"/>, then <see cref="ForeignKeys"/>) by its name in any case.</summary>
    private static readonly Dictionary<string, string> KnownKeysAnyCase = Fields.Keys.Concat(ForeignKeys)
        .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The name <paramref name="key"/> is known by: Hugo's spelling of one of Hugo's keys written in
    /// another case (<c>linktitle</c> is <c>linkTitle</c>), and with <paramref name="anyCase"/> (a site
    /// without a schema of its own, <see cref="Settings.SiteSettings.HasFrontMatterSchema"/>) any known key
    /// written in another case (curl's <c>Title:</c> is <c>title</c>, as Hugo reads keys), unless
    /// <paramref name="raw"/> also has the known spelling (then that one is read and this one is a key
    /// of its own, unknown); otherwise the key itself.
    /// </summary>
    private static string KnownName(string key, IReadOnlyDictionary<string, object?> raw, bool anyCase)
    {
        if (Fields.ContainsKey(key) || ForeignKeys.Contains(key))
        {
            return key;
        }

        if (HugoKeys.TryGetValue(key, out var hugo) && !raw.ContainsKey(hugo))
        {
            return hugo;
        }

        return anyCase && KnownKeysAnyCase.TryGetValue(key, out var known) && !raw.ContainsKey(known) ? known : key;
    }

    /// <summary>
    /// Copies the values of <see cref="KeyAliases"/> to the keys they stand for in
    /// <paramref name="values"/> (unless set), and adds Hugo's <c>aliases</c> to <c>redirect_from</c>;
    /// an alias without a leading '/' is, as in Hugo, relative to the folder of the page's URL
    /// (<paramref name="pageUrl"/>).
    /// </summary>
    public static void ApplyAliases(Dictionary<string, object?> values, string pageUrl = "/")
    {
        foreach (var (alias, key) in KeyAliases)
        {
            if (!values.ContainsKey(key) && values.TryGetValue(alias, out var value) && value is not null)
            {
                values[key] = value;
            }
        }

        if (values.GetValueOrDefault("aliases") is List<string> aliases)
        {
            var redirects = values.GetValueOrDefault(PageKeys.RedirectFrom) as List<string> ?? [];
            var folder = pageUrl.TrimEnd('/');
            folder = folder[..(folder.LastIndexOf('/') + 1)];
            values[PageKeys.RedirectFrom] = redirects
                .Concat(aliases.Select(a => a.StartsWith('/') || a.Contains("://", StringComparison.Ordinal) ? a : Normalise(folder + a)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>
    /// A relative alias joined to its page's folder, with its <c>..</c> segments applied as Hugo
    /// applies them (<c>/project/about/</c> + <c>../changelog</c> is <c>/project/changelog</c>);
    /// one that climbs above the root is left as written, for the redirect check to report.
    /// </summary>
    private static string Normalise(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count <= 1)
                {
                    return path;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static readonly string KnownKeysHint = $"known keys: {string.Join(", ", Fields.Keys)}";

    // A large site repeats the same unknown keys on thousands of pages, and each page keeps its
    // warnings until the Analyze pipeline reports them once per key: pages share one copy of each
    // message and hint instead of holding their own (about 0.5 KB a page on the benchmark corpus).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedTexts = new(StringComparer.Ordinal);

    private const int MaxSharedTexts = 4096;

    private static string Shared(string text) =>
        SharedTexts.TryGetValue(text, out var shared) ? shared
        : SharedTexts.Count < MaxSharedTexts ? SharedTexts.GetOrAdd(text, text)
        : text;

    /// <summary>
    /// Checks and converts <paramref name="raw"/>. Returns every key (unknown ones unchanged, so
    /// layouts can still use them); values of the wrong type are left out.
    /// </summary>
    /// <remarks>
    /// When <paramref name="unknownKeys"/> is given, unknown keys are added to it instead of each
    /// being reported, so a whole site's repeats can be reported once per key
    /// (<see cref="Validation.ReportUnknownKeys"/>). With <paramref name="anyCase"/>, a known key
    /// written in another case is read as it (see <see cref="KnownName"/>).
    /// </remarks>
    public static Dictionary<string, object?> Validate(
        IReadOnlyDictionary<string, object?> raw,
        IReadOnlyDictionary<string, YamlEntryLocation> locations,
        string fullPath,
        DiagnosticSink sink,
        string? yaml = null,
        int? maxReviewMonths = null,
        List<Diagnostic>? unknownKeys = null,
        bool anyCase = false)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in raw)
        {
            if (key.StartsWith('@'))
            {
                result[SharedKeys.Of(key)] = value;
                continue;
            }

            var where = locations.TryGetValue(key, out var location) ? location : new YamlEntryLocation(new SourceLocation(fullPath), new SourceLocation(fullPath));
            var name = KnownName(key, raw, anyCase);
            if (!Fields.TryGetValue(name, out var kind))
            {
                if (!ForeignKeys.Contains(name))
                {
                    var suggestion = Suggest(key);
                    var made = Codes.UnknownKey.Create(where.Key, key);
                    var warning = WithSourceText(
                        made with { Message = Shared(made.Message), Hint = suggestion is null ? KnownKeysHint : Shared($"did you mean '{suggestion}'?") },
                        yaml);
                    if (unknownKeys is null)
                    {
                        sink.Add(warning);
                    }
                    else
                    {
                        unknownKeys.Add(warning);
                    }
                }

                result[SharedKeys.Of(name)] = value;
                continue;
            }

            if (value is null)
            {
                continue; // `key:` with nothing after it means "not set"
            }

            if (TryConvert(kind, value, out var converted, out var problem))
            {
                result[SharedKeys.Of(name)] = converted;
            }
            else
            {
                var hint = kind == FieldKind.Number && MenuOrder.IsTooLarge(value)
                    ? $"write a number {MenuOrder.Range}, e.g. `{key}: 3`; until then the page is ordered as if it had no `{key}`"
                    : Example(key, kind);
                sink.Add(WithSourceText(Codes.WrongType.Create(where.Value, key, problem) with { Hint = hint }, yaml));
            }
        }

        CheckReviewDates(result, locations, fullPath, sink, maxReviewMonths);
        return result;
    }

    /// <summary>
    /// <paramref name="diagnostic"/> with the text of its line taken from <paramref name="yaml"/>
    /// (front matter, first line at file line 2), so the report need not read the file again.
    /// </summary>
    private static Diagnostic WithSourceText(Diagnostic diagnostic, string? yaml)
    {
        if (yaml is null || diagnostic.Location is not { Line: >= 2 } location)
        {
            return diagnostic;
        }

        var start = 0;
        for (var line = 2; line < location.Line; line++)
        {
            var next = yaml.IndexOf('\n', start);
            if (next < 0)
            {
                return diagnostic;
            }

            start = next + 1;
        }

        if (start >= yaml.Length)
        {
            return diagnostic; // past the front matter's text: the formatter reads the file
        }

        var end = yaml.IndexOf('\n', start);
        return diagnostic with { SourceText = yaml[start..(end < 0 ? yaml.Length : end)].TrimEnd('\r') };
    }

    /// <summary>The known key closest to <paramref name="key"/> when it is a likely typo, else null.</summary>
    public static string? Suggest(string key) => Suggestions.GetOrAdd(key, SuggestUncached);

    // A site repeats the same unknown keys on many pages; work each suggestion out once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Suggestions = new(StringComparer.Ordinal);

    private static string? SuggestUncached(string key) =>
        Fields.Keys
            .Select(k => (Key: k, Distance: EditDistance(k, key.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, c.Key.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();

    private static bool TryConvert(FieldKind kind, object value, out object? converted, out string problem)
    {
        converted = null;
        problem = "";
        switch (kind)
        {
            case FieldKind.Text when value is string or long or double or bool:
                converted = Convert.ToString(value, CultureInfo.InvariantCulture);
                return true;
            case FieldKind.Text:
                problem = "must be a single line of text";
                return false;
            case FieldKind.WholeNumber when value is long number && number is >= int.MinValue and <= int.MaxValue:
                converted = (int)number;
                return true;
            case FieldKind.WholeNumber:
                problem = $"must be a whole number, not {Describe(value)}";
                return false;
            case FieldKind.Number when MenuOrder.TryFrom(value, out converted):
                return true; // number keys are order keys; MenuOrder keeps them to what a layout can hold
            case FieldKind.Number when MenuOrder.IsTooLarge(value):
                problem = "is too large for a menu order";
                return false;
            case FieldKind.Number:
                problem = $"must be a number, not {Describe(value)}";
                return false;
            case FieldKind.Boolean when value is bool flag:
                converted = flag;
                return true;
            case FieldKind.Boolean:
                problem = $"must be true or false, not {Describe(value)}";
                return false;
            case FieldKind.Date when TryParseDate(value, out var date):
                converted = date;
                return true;
            case FieldKind.Date:
                problem = $"must be a date written as YYYY-MM-DD, not {Describe(value)}";
                return false;
            case FieldKind.TextList when value is string single:
                converted = new List<string> { single };
                return true;
            case FieldKind.TextList when value is List<object?> items && items.All(i => i is string or long or double):
                converted = items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!).ToList();
                return true;
            case FieldKind.TextList:
                problem = "must be a list of texts";
                return false;
            case FieldKind.Sources:
                return TryConvertSources(value, out converted, out problem);
            default:
                problem = "has an unsupported type";
                return false;
        }
    }

    private static bool TryConvertSources(object value, out object? converted, out string problem)
    {
        converted = null;
        problem = "";
        if (value is not List<object?> items)
        {
            problem = "must be a list of sources, each with title, url and accessed";
            return false;
        }

        var sources = new List<SourceReference>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not Dictionary<string, object?> entry)
            {
                problem = $"entry {i + 1} must have title, url and accessed";
                return false;
            }

            var title = entry.GetValueOrDefault("title") as string;
            var url = entry.GetValueOrDefault("url") as string;
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(url))
            {
                problem = $"entry {i + 1} needs both a title and a url";
                return false;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problem = $"entry {i + 1} has url '{url}', which is not a full http(s) address";
                return false;
            }

            DateOnly? accessed = null;
            if (entry.GetValueOrDefault("accessed") is { } rawDate)
            {
                if (!TryParseDate(rawDate, out var date))
                {
                    problem = $"entry {i + 1} has accessed {Describe(rawDate)}, which is not a date written as YYYY-MM-DD";
                    return false;
                }

                accessed = date;
            }

            string? id = null;
            if (entry.GetValueOrDefault("id") is { } rawId)
            {
                id = Convert.ToString(rawId, CultureInfo.InvariantCulture)?.Trim();
                if (rawId is not (string or long) || id is null || !Markdown.Extensions.Citations.Citations.IsValidId(id))
                {
                    problem = $"entry {i + 1} has id {Describe(rawId)}, which is not a short name of letters, digits and hyphens such as 'nhs-twitching'";
                    return false;
                }
            }

            var unknown = entry.Keys.FirstOrDefault(k => k is not ("id" or "title" or "url" or "accessed"));
            if (unknown is not null)
            {
                problem = $"entry {i + 1} has unknown key '{unknown}' (sources take id, title, url and accessed)";
                return false;
            }

            sources.Add(new SourceReference(title.Trim(), url.Trim(), accessed, id));
        }

        converted = sources;
        return true;
    }

    private static bool TryParseDate(object value, out DateOnly date)
    {
        date = default;
        return value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static void CheckReviewDates(Dictionary<string, object?> values, IReadOnlyDictionary<string, YamlEntryLocation> locations, string fullPath, DiagnosticSink sink, int? maxReviewMonths)
    {
        if (values.GetValueOrDefault(PageKeys.LastReviewed) is not DateOnly last || values.GetValueOrDefault(PageKeys.NextReview) is not DateOnly next)
        {
            return;
        }

        var location = locations.TryGetValue(PageKeys.NextReview, out var l) ? l.Value : new SourceLocation(fullPath);
        if (next <= last)
        {
            sink.Add(Codes.ReviewDates.Create(location));
        }
        else if (maxReviewMonths is { } months && next > last.AddMonths(months))
        {
            sink.Add(Codes.ReviewTooFarApart.Create(location, months, last.AddMonths(months)));
        }
    }

    private static string Describe(object value) => value switch
    {
        string text => $"'{text}'",
        List<object?> => "a list",
        Dictionary<string, object?> => "a set of keys",
        bool flag => flag ? "true" : "false",
        _ => $"'{Convert.ToString(value, CultureInfo.InvariantCulture)}'",
    };

    private static string Example(string key, FieldKind kind) => kind switch
    {
        FieldKind.WholeNumber => $"write a whole number, e.g. `{key}: 3`",
        FieldKind.Number => $"write a number, e.g. `{key}: 3` or `{key}: 3.5`",
        FieldKind.Date => $"write the date as year-month-day, e.g. `{key}: 2026-11-24`",
        FieldKind.Boolean => $"write `{key}: true` or `{key}: false`",
        FieldKind.TextList => $"write a list, e.g. `{key}: [first, second]`",
        FieldKind.Sources => "write each source as `- title: ...` with `url: https://...`, `accessed: YYYY-MM-DD` and (to cite it as [@id]) `id: short-name` below it",
        _ => $"write `{key}: some text` on one line",
    };

    /// <summary>Levenshtein distance between two texts (for "did you mean" hints).</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
