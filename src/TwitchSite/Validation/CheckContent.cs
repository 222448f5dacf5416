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
        var origins = page.Get<SourceOrigins>(FrontMatterKeys.Origins) ?? SourceOrigins.Empty;
        SourceLocation At(string key) => origins.GetValueOrDefault(key) ?? FrontMatterInfo.Start(path);
        var graded = GradesApplyTo(page, settings);
        var prose = page.Get<ProseStats>(ReadabilityKeys.Prose) ?? ProseStats.Empty;

        if (graded && prose.Grade is { } grade && settings.MaxGrade is { } maxGrade && grade > maxGrade)
        {
            sink.Add(Codes.ReadingGradeTooHigh.Create(FrontMatterInfo.Start(path), Format(grade), Format(maxGrade)));
        }

        if (graded && prose.Smog is { } smog && settings.MaxSmog is { } maxSmog && smog > maxSmog)
        {
            sink.Add(Codes.SmogTooHigh.Create(FrontMatterInfo.Start(path), Format(smog), Format(maxSmog)));
        }

        if (settings.MaxSentenceWords is { } maxWords)
        {
            foreach (var sentence in prose.LongerThan(maxWords))
            {
                sink.Add(Codes.SentenceTooLong.Create(new SourceLocation(path, sentence.Line, sentence.Column), sentence.Words, maxWords));
            }
        }

        var layout = page.Metadata.GetString(PageKeys.Layout);
        if (settings.ReviewDates)
        {
            var hasNextReview = ValidateFrontMatter.IsSetByPage(page.Metadata, site.Metadata, PageKeys.NextReview);
            if (!hasNextReview && !site.LayoutRequires(layout ?? PageKeys.DefaultLayout, PageKeys.NextReview) && ValidateFrontMatter.IsSetByPage(page.Metadata, site.Metadata, PageKeys.LastReviewed))
            {
                // Layouts that require next_review already fail with TW0103; this catches other pages that show a review date.
                sink.Add(Codes.NextReviewMissing.Create(At(PageKeys.LastReviewed)));
            }

            if (page.Metadata.Get<DateOnly>(PageKeys.NextReview) is var due && hasNextReview && due < today)
            {
                sink.Add(Codes.ReviewOverdue.Create(At(PageKeys.NextReview), Iso(due), Iso(today)));
            }
        }

        // Front matter that could not be read (TW0101, TW0102) left the page with no keys: its
        // sources are not missing, only unread, and one typo should give one error.
        var frontMatterRead = page.Get<FrontMatterInfo>(FrontMatterKeys.Info) is not { Valid: false };
        if (frontMatterRead && site.LayoutRequires(layout ?? PageKeys.DefaultLayout, PageKeys.Sources) && page.Get<List<SourceReference>>(PageKeys.Sources) is { Count: 0 })
        {
            sink.Add(Codes.NoSources.Create(At(PageKeys.Sources), layout));
        }

        if (page.Metadata.GetString(PageKeys.Description) is { } description && settings.MaxDescriptionLength is { } maxLength && description.Length > maxLength)
        {
            sink.Add(Codes.DescriptionTooLong.Create(At(PageKeys.Description), description.Length, maxLength));
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
