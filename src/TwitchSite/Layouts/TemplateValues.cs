using System.Globalization;
using Fluid;
using Fluid.Values;
using TwitchSite.FrontMatter;

namespace TwitchSite.Layouts;

/// <summary>Converts metadata values into what Liquid layouts can read: dictionaries, lists, strings, numbers.</summary>
public static class TemplateValues
{
    /// <summary>How dates are shown to readers: "24 November 2026".</summary>
    public const string DisplayDateFormat = "d MMMM yyyy";

    /// <summary>Converts one value.</summary>
    public static object? Convert(object? value) => value switch
    {
        null => null,
        DateOnly date => DisplayDate(date),
        SourceReference source => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = source.Title,
            ["url"] = source.Url,
            ["accessed"] = source.Accessed is { } accessed ? DisplayDate(accessed) : null,
            ["accessed_iso"] = source.Accessed is { } iso ? IsoDate(iso) : null,
            ["id"] = source.Id,
            ["number"] = source.Number,
            ["anchor"] = source.Number is not null && source.Id is not null ? Markdown.Extensions.Citations.Citations.SourceAnchor(source.Id) : null,
            ["backlinks"] = Backlinks(source),
        },
        string or bool or int or long or double => value,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Convert).ToList(),
        _ => value.ToString(),
    };

    /// <summary>
    /// The Liquid value of <paramref name="value"/> (a result of <see cref="Convert"/>), converted
    /// all the way down once, as Fluid would convert it on every access: dictionaries and lists
    /// become dictionary and array values holding template values. Safe to share between pages
    /// and threads, since nothing in it changes.
    /// </summary>
    public static FluidValue ToFluid(object? value, TemplateOptions options) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        IDictionary<string, object?> map => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            map.ToDictionary(p => p.Key, p => ToFluid(p.Value, options), StringComparer.Ordinal))),
        List<object?> list => list.Count == 0 ? ArrayValue.Empty : new ArrayValue(list.Select(item => ToFluid(item, options)).ToArray()),
        _ => FluidValue.Create(value, options),
    };

    /// <summary>
    /// Links from a numbered source back to each place the text cites it: "↩" alone for one
    /// place, "↩ a", "↩ b" for several; each labelled in words for screen readers, the label
    /// holding the visible letter.
    /// </summary>
    private static List<object?> Backlinks(SourceReference source)
    {
        var links = new List<object?>(source.CitedAt.Count);
        for (var i = 0; i < source.CitedAt.Count; i++)
        {
            var number = source.Number?.ToString(CultureInfo.InvariantCulture) ?? "";
            var several = source.CitedAt.Count > 1;
            var letter = (char)('a' + Math.Min(i, 25));
            links.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["href"] = "#" + source.CitedAt[i],
                ["text"] = several ? "\u21A9 " + letter : "\u21A9",
                // The visible letter is a word of the name, so what a speech user sees is what
                // they can say ("click a"; axe label-content-name-mismatch, WCAG 2.5.3).
                ["label"] = several
                    ? $"Back to citation {letter} of source {number} in the text"
                    : $"Back to where source {number} is cited in the text",
            });
        }

        return links;
    }

    /// <summary>"24 November 2026".</summary>
    public static string DisplayDate(DateOnly date) => date.ToString(DisplayDateFormat, CultureInfo.InvariantCulture);

    /// <summary>"2026-11-24".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
