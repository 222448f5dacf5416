using TwitchSite.Engine.Documents;

namespace TwitchSite.Settings;

/// <summary>
/// Which pages get JSON-LD and of what schema.org types, from the <c>structured_data</c> block of
/// <c>_site.yml</c>. Without the block no page gets any. Every type name is the site's choice:
/// <code>
/// structured_data:
///   layouts: [guide]             # pages of these layouts get JSON-LD (default: every page)
///   type: TechArticle            # default WebPage
///   audience:                    # optional
///     property: audience         # default audience
///     type: Audience             # default Audience
///     audience_type: Developers
///   about:                       # optional: what the pages are about, from a data file
///     data: product              # input/_data/product.yml (name, alternate_names, lists)
///     type: SoftwareApplication  # default Thing
///     lists:                     # which lists of the data file to describe, as what
///       features: { property: featureList, type: Thing }
/// </code>
/// </summary>
public sealed record StructuredDataSettings(
    IReadOnlyList<string>? Layouts,
    string Type,
    StructuredDataSettings.AudienceSettings? Audience,
    StructuredDataSettings.AboutSettings? About)
{
    /// <summary>Settings key of the block.</summary>
    public const string Key = SettingKeys.StructuredData;

    /// <summary>The block, or null when the site has none (no JSON-LD).</summary>
    public static StructuredDataSettings? From(Metadata settings)
    {
        if (!settings.TryGetValue(Key, out var raw) || raw is not Dictionary<string, object?> block)
        {
            return null;
        }

        AudienceSettings? audience = null;
        if (SettingValues.Block(block, "audience") is { } a)
        {
            audience = new AudienceSettings(SettingValues.Text(a, "property") ?? "audience", SettingValues.Text(a, "type") ?? "Audience", SettingValues.Text(a, "audience_type"));
        }

        AboutSettings? about = null;
        if (SettingValues.Block(block, "about") is { } b && SettingValues.Text(b, "data") is { } data)
        {
            var lists = SettingValues.Block(b, "lists")?
                .Where(p => p.Value is Dictionary<string, object?>)
                .Select(p => new ListSettings(p.Key, SettingValues.Text((Dictionary<string, object?>)p.Value!, "property") ?? p.Key, SettingValues.Text((Dictionary<string, object?>)p.Value!, "type") ?? "Thing"))
                .ToList() ?? [];
            about = new AboutSettings(data, SettingValues.Text(b, "type") ?? "Thing", lists);
        }

        return new StructuredDataSettings(SettingValues.Texts(block, "layouts"), SettingValues.Text(block, "type") ?? "WebPage", audience, about);
    }

    /// <summary>True when pages of <paramref name="layout"/> get JSON-LD.</summary>
    public bool Covers(string layout) => Layouts is null || Layouts.Contains(layout, StringComparer.Ordinal);

    /// <summary>The audience object of each page.</summary>
    /// <param name="Property">Property name, e.g. <c>audience</c>.</param>
    /// <param name="Type">Its <c>@type</c>.</param>
    /// <param name="AudienceType">Its <c>audienceType</c>, or null.</param>
    public sealed record AudienceSettings(string Property, string Type, string? AudienceType);

    /// <summary>The <c>about</c> object: the data file it comes from, its type and lists.</summary>
    /// <param name="Data">Data file name without extension.</param>
    /// <param name="Type">Its <c>@type</c>.</param>
    /// <param name="Lists">Lists of the data file to describe.</param>
    public sealed record AboutSettings(string Data, string Type, IReadOnlyList<ListSettings> Lists);

    /// <summary>One list of the data file, described as <paramref name="Property"/> of items of <paramref name="Type"/>.</summary>
    /// <param name="Key">The list's key in the data file.</param>
    /// <param name="Property">The JSON-LD property.</param>
    /// <param name="Type">Each item's <c>@type</c>.</param>
    public sealed record ListSettings(string Key, string Property, string Type);
}
