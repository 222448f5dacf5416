using System.Globalization;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Settings;

/// <summary>
/// The content checks a site turns on, read from the <c>content_checks</c> block of
/// <c>_site.yml</c>. Without the block no check runs; within it, each check runs only when its
/// target is given:
/// <code>
/// content_checks:
///   layouts: [topic]            # pages the two grade checks apply to (default: every page)
///   max_grade: 8                # Flesch-Kincaid grade
///   max_smog: 10                # SMOG grade
///   max_sentence_words: 25      # longest sentence on any page
///   max_description_length: 160 # characters of a description
///   review_dates: true          # next_review present with last_reviewed, and not passed
/// </code>
/// <c>content_checks: false</c> (or <c>enabled: false</c> in the block) turns them all off.
/// </summary>
/// <param name="Enabled">False when the site has no checks or turned them off.</param>
/// <param name="Layouts">Layouts whose pages get the grade checks; null for every page.</param>
/// <param name="MaxGrade">Highest Flesch-Kincaid grade, or null for no check.</param>
/// <param name="MaxSmog">Highest SMOG grade, or null.</param>
/// <param name="MaxSentenceWords">Most words in one sentence, or null.</param>
/// <param name="MaxDescriptionLength">Most characters in a description, or null.</param>
/// <param name="ReviewDates">Whether review dates are checked (TW0704, TW0705).</param>
public sealed record ContentCheckSettings(bool Enabled, IReadOnlyList<string>? Layouts, double? MaxGrade, double? MaxSmog, int? MaxSentenceWords, int? MaxDescriptionLength, bool ReviewDates)
{
    /// <summary>Settings key of the block.</summary>
    public const string Key = SettingKeys.ContentChecks;

    /// <summary>No checks: what a site without the block gets.</summary>
    public static ContentCheckSettings Off { get; } = new(false, null, null, null, null, null, false);

    /// <summary>Reads the block from the site settings; a missing or unreadable target leaves its check off.</summary>
    public static ContentCheckSettings From(Metadata settings)
    {
        if (!settings.TryGetValue(Key, out var raw) || raw is not Dictionary<string, object?> values)
        {
            return Off;
        }

        return new ContentCheckSettings(
            values.GetValueOrDefault("enabled") is not false,
            SettingValues.Texts(values, "layouts"),
            Number(values, "max_grade"),
            Number(values, "max_smog"),
            (int?)Number(values, "max_sentence_words"),
            (int?)Number(values, "max_description_length"),
            values.GetValueOrDefault("review_dates") is true);
    }

    /// <summary>
    /// True when a check reads the pages' readability figures (<c>ReadabilityKeys.Prose</c>): the
    /// two grades or the sentence length. Builds measure pages only then (or for the <c>check</c>
    /// command's report).
    /// </summary>
    public bool ReadsProse => Enabled && (MaxGrade is not null || MaxSmog is not null || MaxSentenceWords is not null);

    /// <summary>True when the grade checks apply to pages of <paramref name="layout"/>.</summary>
    public bool GradesApplyTo(string layout) => Layouts is null || Layouts.Contains(layout, StringComparer.Ordinal);

    private static double? Number(Dictionary<string, object?> values, string key) => values.GetValueOrDefault(key) switch
    {
        long whole => whole,
        int whole => whole,
        double fraction => fraction,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
