using System.Collections.Immutable;
using System.Globalization;
using TwitchSite.Content;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Readability;
using TwitchSite.Settings;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Validation;

/// <summary>
/// The content checks a site turns on (<see cref="ContentCheckSettings"/>; none by default), as
/// warnings (errors with <c>--strict</c>), each at the file line it is about: a page of the
/// checked layouts whose Flesch-Kincaid grade (TW0701) or SMOG grade (TW0702) is above the site's
/// target; a sentence longer than the limit (TW0703); with <c>review_dates</c>, a page that shows a
/// review date without <c>next_review</c> (TW0704) or whose <c>next_review</c> has passed (TW0705,
/// against the build's clock, so tests fix the date); a page whose layout requires
/// <c>sources</c> (setting <c>required_by_layout</c>) with an empty list (TW0706); a description
/// longer than the limit (TW0707). Reads the Content pipeline's pages
/// (<see cref="ReadabilityKeys.Prose"/>, front matter, origins) and the settings. Writes nothing;
/// returns its inputs.
/// </summary>
public sealed class CheckContent : IModule
{
    /// <summary>Hint of TW0701 and TW0702.</summary>
    public const string ReadabilityHint = "use shorter sentences and everyday words (the short word before the technical one)";

    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content), Read.Setting(SettingKeys.ContentChecks), Read.Setting(SettingKeys.RequiredByLayout), Read.AllSettings];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var site = SiteSettings.Of(context.Settings);
        var settings = site.ContentChecks;
        if (!settings.Enabled)
        {
            return inputs;
        }

        var today = BuildClock.Today(context.Services.Clock);
        Parallel.ForEach(context.OutputsOf(PipelineNames.Content), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) }, page =>
            Check(page, settings, today, site, context.Diagnostics));

        return inputs;
    }

    /// <summary>True for pages the grade checks of <paramref name="settings"/> apply to.</summary>
    public static bool GradesApplyTo(Document page, ContentCheckSettings settings) =>
        settings.GradesApplyTo(page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout);

    private static void Check(Document page, ContentCheckSettings settings, DateOnly today, SiteSettings site, DiagnosticSink sink)
    {
        var path = page.SourceFullPath ?? page.Source;
        var origins = page.Get<ImmutableDictionary<string, SourceLocation>>(FrontMatterKeys.Origins) ?? ImmutableDictionary<string, SourceLocation>.Empty;
        SourceLocation At(string key) => origins.GetValueOrDefault(key) ?? FrontMatterInfo.Start(path);
        var graded = GradesApplyTo(page, settings);
        var prose = page.Get<ProseStats>(ReadabilityKeys.Prose) ?? ProseStats.Empty;

        if (graded && prose.Grade is { } grade && settings.MaxGrade is { } maxGrade && grade > maxGrade)
        {
            sink.Add(Diagnostic.Warning(Codes.ReadingGradeTooHigh, $"reading grade {Format(grade)} (Flesch-Kincaid) is above the site's target of {Format(maxGrade)}", FrontMatterInfo.Start(path), ReadabilityHint));
        }

        if (graded && prose.Smog is { } smog && settings.MaxSmog is { } maxSmog && smog > maxSmog)
        {
            sink.Add(Diagnostic.Warning(Codes.SmogTooHigh, $"SMOG grade {Format(smog)} is above the site's target of {Format(maxSmog)}: too many words of three or more syllables", FrontMatterInfo.Start(path), ReadabilityHint));
        }

        if (settings.MaxSentenceWords is { } maxWords)
        {
            foreach (var sentence in prose.LongerThan(maxWords))
            {
                sink.Add(Diagnostic.Warning(Codes.SentenceTooLong, $"sentence of {sentence.Words} words; keep sentences to {maxWords} words or fewer", new SourceLocation(path, sentence.Line, sentence.Column), "split it into two sentences, or turn it into a list"));
            }
        }

        var layout = page.Metadata.GetString(PageKeys.Layout);
        if (settings.ReviewDates)
        {
            var hasNextReview = ValidateFrontMatter.IsSetByPage(page.Metadata, site.Metadata, PageKeys.NextReview);
            if (!hasNextReview && !site.LayoutRequires(layout ?? PageKeys.DefaultLayout, PageKeys.NextReview) && ValidateFrontMatter.IsSetByPage(page.Metadata, site.Metadata, PageKeys.LastReviewed))
            {
                // Layouts that require next_review already fail with TW0103; this catches other pages that show a review date.
                sink.Add(Diagnostic.Warning(Codes.NextReviewMissing, "the page has last_reviewed but no next_review", At(PageKeys.LastReviewed), "add `next_review: YYYY-MM-DD`"));
            }

            if (page.Metadata.Get<DateOnly>(PageKeys.NextReview) is var due && hasNextReview && due < today)
            {
                sink.Add(Diagnostic.Warning(Codes.ReviewOverdue, $"next_review {Iso(due)} has passed (today is {Iso(today)}): the page is due for review", At(PageKeys.NextReview), "check the page against its sources, then set last_reviewed to today and next_review to the next date"));
            }
        }

        if (site.LayoutRequires(layout ?? PageKeys.DefaultLayout, PageKeys.Sources) && page.Get<List<SourceReference>>(PageKeys.Sources) is { Count: 0 })
        {
            sink.Add(Diagnostic.Warning(Codes.NoSources, $"pages of layout '{layout}' list their sources, and this one lists none", At(PageKeys.Sources), "list the pages the facts come from: `- title: ...`, `url: https://...`, `accessed: YYYY-MM-DD`"));
        }

        if (page.Metadata.GetString(PageKeys.Description) is { } description && settings.MaxDescriptionLength is { } maxLength && description.Length > maxLength)
        {
            sink.Add(Diagnostic.Warning(Codes.DescriptionTooLong, $"description is {description.Length} characters; at most {maxLength}", At(PageKeys.Description), "search engines cut longer descriptions: say the one main thing in one sentence"));
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
