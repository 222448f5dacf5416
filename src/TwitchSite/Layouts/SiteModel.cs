using System.Globalization;
using TwitchSite.Navigation;
using TwitchSite.Settings;
using TwitchSite.Urls;

namespace TwitchSite.Layouts;

/// <summary>
/// The parts of the layout model every page shares, built once per build: <c>site</c>,
/// <c>data</c>, <c>glossary</c>, <c>sections</c> and the navigation tree.
/// </summary>
public sealed class SiteModel
{
    /// <summary>Builds the shared model.</summary>
    /// <param name="settings">Site settings.</param>
    /// <param name="data">Data files by name (file name without extension).</param>
    /// <param name="navigation">The navigation tree.</param>
    /// <param name="folderTitle">The site's name when nothing else names it, from its folder's name (see Site.FolderTitle), or null.</param>
    /// <param name="hasSearch">Whether the build makes a search index (<c>site.has_search</c>).</param>
    public SiteModel(SiteSettings settings, IReadOnlyDictionary<string, object?> data, NavigationTree navigation, string? folderTitle = null, bool hasSearch = false)
    {
        Navigation = navigation;
        Settings = settings;
        Site = settings.Metadata.ToDictionary(p => p.Key, p => TemplateValues.Convert(p.Value), StringComparer.Ordinal);
        // Computed, not a setting: the policy the base layout puts in every page's <head>.
        Site[ContentSecurityPolicyKey] = Publishing.SecurityHeaders.MetaContentSecurityPolicy;
        Site[HasSearchKey] = hasSearch;
        // A folder of markdown without _site.yml has no site title: name the site after its home
        // page (its title or first heading), so <title> and the header never come out empty or
        // as "Page | ". Without a home page (a repository's docs/ with no README), after its
        // folder, so readers still see whose docs they are in every tab and in the header.
        if (settings.Title is not { Length: > 0 })
        {
            Site.Remove(SettingKeys.Title);
            if ((navigation.Root?.Title is { Length: > 0 } homeTitle ? homeTitle : folderTitle) is { Length: > 0 } title)
            {
                Site[SettingKeys.Title] = title;
            }
        }
        Data = data.ToDictionary(p => p.Key, p => TemplateValues.Convert(p.Value), StringComparer.Ordinal);
        Glossary = GlossaryEntries(data.GetValueOrDefault("glossary"));
        Sections = navigation.TopLevel.Where(n => n != navigation.Root).Select(n => (object?)SectionItem(n)).ToList();
        StructuredData = settings.StructuredData;
        About = StructuredData?.About is { } about ? Publishing.AboutSubject.From(about.Data, data.GetValueOrDefault(about.Data)) : null;
        BaseUrl = settings.BaseUrl?.TrimEnd('/');
        Language = settings.Language;
        Publisher = settings.Publisher ?? settings.Title ?? "";
    }

    /// <summary>Layout variable <c>site.has_search</c>: true when the build makes a search index (not <c>--no-search</c>), so a layout shows a search box only when it can work.</summary>
    public const string HasSearchKey = "has_search";

    /// <summary>Layout variable <c>site.content_security_policy</c>: <see cref="Publishing.SecurityHeaders.MetaContentSecurityPolicy"/>.</summary>
    public const string ContentSecurityPolicyKey = "content_security_policy";

    /// <summary>Which pages get JSON-LD, as what (setting <c>structured_data</c>), or null for none.</summary>
    public StructuredDataSettings? StructuredData { get; }

    /// <summary>What the site's pages are about (the data file <c>structured_data.about.data</c> names), or null.</summary>
    public Publishing.AboutSubject? About { get; }

    /// <summary>The site's address without a trailing '/', from setting <c>base_url</c>, or null.</summary>
    public string? BaseUrl { get; }

    /// <summary>Language of the content.</summary>
    public string Language { get; }

    /// <summary>Who publishes the site (setting <c>publisher</c>, else the site title).</summary>
    public string Publisher { get; }

    /// <summary>The absolute URL of <paramref name="url"/> on the published site, or null without <c>base_url</c>.</summary>
    public string? CanonicalUrl(string? url) => BaseUrl is null || url is null ? null : BaseUrl + url;

    /// <summary>The navigation tree.</summary>
    public NavigationTree Navigation { get; }

    /// <summary>How long the menu's lists may be (setting <c>navigation</c>).</summary>
    public NavigationSettings NavigationSettings => Settings.Navigation;

    /// <summary>The site settings the model was built from.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Layout variable <c>site</c>.</summary>
    public Dictionary<string, object?> Site { get; }

    /// <summary>Layout variable <c>data</c>.</summary>
    public Dictionary<string, object?> Data { get; }

    /// <summary>Layout variable <c>glossary</c>: entries with term, id, definition, also_called (true other names; search aliases are never shown), letter (first letter, for an A to Z) and source, sorted by term.</summary>
    public List<object?> Glossary { get; }

    /// <summary>Layout variable <c>sections</c>: top-level sections with all their children.</summary>
    public List<object?> Sections { get; }

    private static Dictionary<string, object?> SectionItem(NavNode node) => new(StringComparer.Ordinal)
    {
        ["title"] = node.Title,
        ["url"] = node.Url,
        ["description"] = node.Description,
        ["children"] = node.Children.Select(SectionItem).Cast<object?>().ToList(),
    };

    private static List<object?> GlossaryEntries(object? raw)
    {
        if (raw is not List<object?> entries)
        {
            return [];
        }

        return entries
            .OfType<Dictionary<string, object?>>()
            .Where(e => e.GetValueOrDefault("term") is string)
            .Select(e => (Term: (string)e["term"]!, Entry: e))
            .OrderBy(e => e.Term, StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase))
            .Select(e => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["term"] = e.Term,
                ["id"] = Slug.From(e.Term),
                ["definition"] = e.Entry.GetValueOrDefault("definition") as string ?? "",
                ["also_called"] = TwitchSite.Data.GlossaryNames.AlsoCalled(e.Entry).Cast<object?>().ToList(),
                ["letter"] = e.Term.Length > 0 ? char.ToUpperInvariant(e.Term[0]).ToString() : "",
                ["source"] = e.Entry.GetValueOrDefault("source"),
            })
            .ToList();
    }
}
