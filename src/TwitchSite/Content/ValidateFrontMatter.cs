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
/// <c>required_front_matter</c>) are set by the page or its folder defaults, and so are the keys
/// the site requires of the page's layout (setting <c>required_by_layout</c>, e.g. review dates
/// and sources of this site's topic pages) (TW0103); with setting <c>max_review_months</c>, that
/// next_review is at most that many months after last_reviewed. Updates <see cref="FrontMatterKeys.Origins"/> with the page's
/// own key positions. Copies other generators' names (weight, linkTitle, aliases...) to the keys
/// they stand for, keeps unknown keys' warnings on the page (<see cref="FrontMatterKeys.UnknownKeys"/>) for
/// <see cref="Validation.ReportUnknownKeys"/>, and drops drafts (<c>draft: true</c>, TW0150, info).
/// A page without a title (unless the site requires one) takes its first heading's later.
/// </summary>
public sealed class ValidateFrontMatter : PerDocumentModule
{
    /// <inheritdoc />
    /// <remarks>The result depends on the document and the settings only.</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    /// <remarks>
    /// Which keys are set by the page stops at the settings layer, but that layer is the input
    /// documents' own (ApplyDirectoryMetadata), so a settings change reaches this module through them.
    /// </remarks>
    public override IReadOnlyList<Read> Reads => [Read.Setting(SettingKeys.MaxReviewMonths), Read.Setting(SettingKeys.RequiredFrontMatter), Read.Setting(SettingKeys.RequiredByLayout)];

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        var path = document.SourceFullPath ?? document.Source;
        var info = document.Get<FrontMatterInfo>(FrontMatterKeys.Info)!;
        var unknown = new List<Diagnostic>();
        var settings = SiteSettings.Of(context.Settings);
        var typed = FrontMatterSchema.Validate(document.Metadata.Own, info.Locations, path, context.Diagnostics, info.Yaml, settings.MaxReviewMonths, unknown, anyCase: !settings.HasFrontMatterSchema);
        FrontMatterSchema.ApplyAliases(typed, Urls.UrlMapper.UrlOf(document.Source));
        if (typed.GetValueOrDefault(PageKeys.Draft) is true)
        {
            // Reported as information, one per page, so the build summary can count them (and a
            // rebuild that reuses this result reports them again).
            var where = info.Locations.TryGetValue(PageKeys.Draft, out var location) ? location.Key : FrontMatterInfo.Start(path);
            context.Diagnostics.Add(Codes.DraftSkipped.Create(where));
            return null;
        }

        if (unknown.Count > 0)
        {
            typed[FrontMatterKeys.UnknownKeys] = unknown;
        }

        var origins = document.Get<SourceOrigins>(FrontMatterKeys.Origins) ?? SourceOrigins.Empty;
        // The keys as the metadata holds them (one string per name for the whole site), not the YAML's
        // copy of each: every page keeps its origins through the link and content checks (issue #19).
        typed[FrontMatterKeys.Origins] = origins.SetItems(info.Locations.Select(l => KeyValuePair.Create(SharedKeys.Of(l.Key), l.Value.Value)));
        // The last reader of the keys' positions but one (the sources' numbering): later steps get only what they read.
        typed[FrontMatterKeys.Info] = info.ForRendering();
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
        var settings = SiteSettings.Of(context.Settings);
        var required = settings.RequiredFrontMatter;
        foreach (var key in required)
        {
            if (key == PageKeys.Title && info.State == FrontMatterState.None)
            {
                continue; // plain markdown: the first heading or the file name names the page
            }

            // A key written with the wrong type was dropped by the schema and reported there (TW0104): it is not missing too.
            if (!IsSetByPage(page.Metadata, context.Settings, key) && written.GetValueOrDefault(key) is null)
            {
                context.Diagnostics.Add(Codes.RequiredKeyMissing.Create(FrontMatterInfo.Start(path), key) with { Hint = Hint(key, info) });
            }
        }

        var layout = page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout;
        foreach (var key in settings.RequiredByLayout(layout).Where(k => !IsSetByPage(page.Metadata, context.Settings, k) && written.GetValueOrDefault(k) is null))
        {
            context.Diagnostics.Add(Codes.RequiredByLayoutMissing.Create(FrontMatterInfo.Start(path), layout, key) with { Hint = Hint(key, info) });
        }
    }

    private static string Hint(string key, FrontMatterInfo info)
    {
        var example = key switch
        {
            PageKeys.LastReviewed or PageKeys.NextReview => $"{key}: YYYY-MM-DD",
            PageKeys.Sources => "sources:\n      - title: ...\n        url: https://...\n        accessed: YYYY-MM-DD",
            _ => $"{key}: ...",
        };
        return info.State == FrontMatterState.None
            ? $"add a front matter block at the top of the file: a line '---', `{example}`, and a closing '---'"
            : $"add `{example}` between the '---' lines";
    }
}
