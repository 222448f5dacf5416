using System.Globalization;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Validation;

/// <summary>
/// The targets of the content checks, read from the <c>content_checks</c> block of
/// <c>_site.yml</c>; every key is optional:
/// <code>
/// content_checks:
///   max_grade: 8                # Flesch-Kincaid grade of a topic page
///   max_smog: 10                # SMOG grade of a topic page
///   max_sentence_words: 25      # longest sentence on any page
///   max_description_length: 160 # characters of a description
/// </code>
/// <c>content_checks: false</c> turns the checks off (for folders of markdown that are not health pages).
/// </summary>
/// <param name="Enabled">False when the site turned the checks off.</param>
/// <param name="MaxGrade">Highest Flesch-Kincaid grade of a topic page.</param>
/// <param name="MaxSmog">Highest SMOG grade of a topic page.</param>
/// <param name="MaxSentenceWords">Most words in one sentence.</param>
/// <param name="MaxDescriptionLength">Most characters in a description.</param>
public sealed record ContentCheckSettings(bool Enabled, double MaxGrade, double MaxSmog, int MaxSentenceWords, int MaxDescriptionLength)
{
    /// <summary>Settings key of the block.</summary>
    public const string Key = "content_checks";

    /// <summary>The defaults: grade 8 (US guidance is grade 6 to 8), SMOG 10, 25 words, 160 characters.</summary>
    public static ContentCheckSettings Default { get; } = new(true, 8, 10, 25, 160);

    /// <summary>Reads the block from the site settings, falling back to <see cref="Default"/> for each missing or unreadable value.</summary>
    public static ContentCheckSettings From(Metadata settings)
    {
        if (!settings.TryGetValue(Key, out var raw) || raw is null)
        {
            return Default;
        }

        if (raw is bool enabled)
        {
            return Default with { Enabled = enabled };
        }

        if (raw is not Dictionary<string, object?> values)
        {
            return Default;
        }

        return new ContentCheckSettings(
            values.GetValueOrDefault("enabled") is not false,
            Number(values, "max_grade") ?? Default.MaxGrade,
            Number(values, "max_smog") ?? Default.MaxSmog,
            (int?)Number(values, "max_sentence_words") ?? Default.MaxSentenceWords,
            (int?)Number(values, "max_description_length") ?? Default.MaxDescriptionLength);
    }

    private static double? Number(Dictionary<string, object?> values, string key) => values.GetValueOrDefault(key) switch
    {
        long whole => whole,
        int whole => whole,
        double fraction => fraction,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
