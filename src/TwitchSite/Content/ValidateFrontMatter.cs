using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Settings;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Checks each page's own front matter against <see cref="FrontMatterSchema"/> and replaces the
/// raw values with typed ones; checks that the keys the site requires (site setting
/// <c>required_front_matter</c>) are set by the page or its folder defaults, and that topic pages
/// have review dates and sources (TW0103). Updates <see cref="PageKeys.Origins"/> with the page's
/// own key positions. A file with no front matter at all may omit the title: it is taken from
/// its first heading later.
/// </summary>
public sealed class ValidateFrontMatter : PerDocumentModule
{
    /// <summary>Keys a topic page must have.</summary>
    public static IReadOnlyList<string> TopicKeys { get; } = [PageKeys.LastReviewed, PageKeys.NextReview, PageKeys.Sources];

    /// <inheritdoc />
    /// <remarks>The result depends on the document and the settings only.</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override Engine.Caching.CacheStamp CacheStamp(ImmutableArray<Document> inputs, ExecutionContext context) => new(context.Settings);

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var info = document.Get<FrontMatterInfo>(PageKeys.FrontMatter)!;
        var typed = FrontMatterSchema.Validate(document.Metadata.Own, info.Locations, path, context.Diagnostics, info.Yaml);
        var origins = document.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins) ?? ImmutableDictionary<string, SourceLocation>.Empty;
        typed[PageKeys.Origins] = origins.SetItems(info.Locations.Select(l => KeyValuePair.Create(l.Key, l.Value.Value)));
        var page = document with { Metadata = Metadata.Create(typed, document.Metadata.Parent) };

        if (info.Valid)
        {
            CheckRequired(page, document.Metadata.Own, info, path, context);
        }

        return page;
    }

    /// <summary>True when the page or one of its folder layers (not the site settings) sets <paramref name="key"/>.</summary>
    public static bool IsSetByPage(Metadata metadata, Metadata settings, string key)
    {
        for (var layer = metadata; layer is not null && !ReferenceEquals(layer, settings); layer = layer.Parent)
        {
            if (layer.Own.TryGetValue(key, out var value) && value is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckRequired(Document page, IReadOnlyDictionary<string, object?> written, FrontMatterInfo info, string path, ExecutionContext context)
    {
        var required = SiteSettingsView.RequiredFrontMatter(context.Settings);
        foreach (var key in required)
        {
            if (key == PageKeys.Title && info.State == FrontMatterState.None)
            {
                continue; // plain markdown: the first heading or the file name names the page
            }

            // A key written with the wrong type was dropped by the schema and reported there (TW0104): it is not missing too.
            if (!IsSetByPage(page.Metadata, context.Settings, key) && written.GetValueOrDefault(key) is null)
            {
                context.Diagnostics.Add(Diagnostic.Error(Codes.RequiredKeyMissing, $"required front matter key '{key}' is missing", FrontMatterInfo.Start(path), Hint(key, info)));
            }
        }

        if (page.Metadata.GetString(PageKeys.Layout) == PageKeys.TopicLayout)
        {
            foreach (var key in TopicKeys.Where(k => !IsSetByPage(page.Metadata, context.Settings, k) && written.GetValueOrDefault(k) is null))
            {
                context.Diagnostics.Add(Diagnostic.Error(Codes.RequiredKeyMissing, $"topic pages need front matter key '{key}', which is missing", FrontMatterInfo.Start(path), Hint(key, info)));
            }
        }
    }

    private static string Hint(string key, FrontMatterInfo info)
    {
        var example = key switch
        {
            PageKeys.LastReviewed or PageKeys.NextReview => $"{key}: 2026-11-24",
            PageKeys.Sources => "sources:\n      - title: ...\n        url: https://...\n        accessed: 2026-11-24",
            _ => $"{key}: ...",
        };
        return info.State == FrontMatterState.None
            ? $"add a front matter block at the top of the file: a line '---', `{example}`, and a closing '---'"
            : $"add `{example}` between the '---' lines";
    }
}

/// <summary>Reads typed site settings from the settings metadata layer.</summary>
internal static class SiteSettingsView
{
    public static IReadOnlyList<string> RequiredFrontMatter(Metadata settings) =>
        settings.Get<List<object?>>("required_front_matter")?.OfType<string>().ToList() ?? ["title"];
}
