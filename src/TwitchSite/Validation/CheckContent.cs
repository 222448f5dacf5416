using System.Collections.Immutable;
using System.Globalization;
using TwitchSite.Building;
using TwitchSite.Content;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Pipelines;
using TwitchSite.Readability;
using TwitchSite.Settings;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Validation;

/// <summary>
/// The health-content checks of every page, as warnings (errors with <c>--strict</c>), each at the
/// file line it is about: a topic page whose Flesch-Kincaid grade (TW0701) or SMOG grade (TW0702)
/// is above the site's target; a sentence longer than the limit (TW0703); a page that shows a
/// review date without <c>next_review</c> (TW0704) or whose <c>next_review</c> has passed (TW0705,
/// against the build's clock, so tests fix the date); a topic page with an empty sources list
/// (TW0706); a description longer than 160 characters (TW0707). Reads the Content pipeline's
/// pages (<see cref="PageKeys.Prose"/>, front matter, origins) and the site's
/// <see cref="ContentCheckSettings"/>. Writes nothing; returns its inputs.
/// </summary>
public sealed class CheckContent : IModule
{
    /// <summary>Hint of TW0701 and TW0702.</summary>
    public const string ReadabilityHint = "use shorter sentences and everyday words (say 'tiredness' before 'fatigue'); CONTRIBUTING.md explains how the grade is worked out";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var settings = ContentCheckSettings.From(context.Settings);
        if (!settings.Enabled)
        {
            return inputs;
        }

        var today = BuildClock.Today(context.Services.Clock);
        Parallel.ForEach(context.OutputsOf(PipelineNames.Content), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxParallelism) }, page =>
            Check(page, settings, today, context.Settings, context.Diagnostics));

        return inputs;
    }

    /// <summary>True for pages whose layout is the topic layout (they carry review dates and sources).</summary>
    public static bool IsTopicPage(Document page) => page.Metadata.GetString(PageKeys.Layout) == PageKeys.TopicLayout;

    private static void Check(Document page, ContentCheckSettings settings, DateOnly today, Metadata siteSettings, DiagnosticSink sink)
    {
        var path = page.SourceFullPath ?? page.Source;
        var origins = page.Get<ImmutableDictionary<string, SourceLocation>>(PageKeys.Origins) ?? ImmutableDictionary<string, SourceLocation>.Empty;
        SourceLocation At(string key) => origins.GetValueOrDefault(key) ?? FrontMatterInfo.Start(path);
        var topic = IsTopicPage(page);
        var prose = page.Get<ProseStats>(PageKeys.Prose) ?? ProseStats.Empty;

        if (topic && prose.Grade is { } grade && grade > settings.MaxGrade)
        {
            sink.Add(Diagnostic.Warning(Codes.ReadingGradeTooHigh, $"reading grade {Format(grade)} (Flesch-Kincaid) is above the site's target of {Format(settings.MaxGrade)}", FrontMatterInfo.Start(path), ReadabilityHint));
        }

        if (topic && prose.Smog is { } smog && smog > settings.MaxSmog)
        {
            sink.Add(Diagnostic.Warning(Codes.SmogTooHigh, $"SMOG grade {Format(smog)} is above the site's target of {Format(settings.MaxSmog)}: too many words of three or more syllables", FrontMatterInfo.Start(path), ReadabilityHint));
        }

        foreach (var sentence in prose.LongerThan(settings.MaxSentenceWords))
        {
            sink.Add(Diagnostic.Warning(Codes.SentenceTooLong, $"sentence of {sentence.Words} words; keep sentences to {settings.MaxSentenceWords} words or fewer", new SourceLocation(path, sentence.Line, sentence.Column), "split it into two sentences, or turn it into a list"));
        }

        var hasNextReview = ValidateFrontMatter.IsSetByPage(page.Metadata, siteSettings, PageKeys.NextReview);
        if (!topic && !hasNextReview && ValidateFrontMatter.IsSetByPage(page.Metadata, siteSettings, PageKeys.LastReviewed))
        {
            // Topic pages without next_review already fail with TW0103; this catches other pages that show a review date.
            sink.Add(Diagnostic.Warning(Codes.NextReviewMissing, "the page has last_reviewed but no next_review", At(PageKeys.LastReviewed), "add `next_review: YYYY-MM-DD`, at most 36 months after last_reviewed"));
        }

        if (page.Metadata.Get<DateOnly>(PageKeys.NextReview) is var due && hasNextReview && due < today)
        {
            sink.Add(Diagnostic.Warning(Codes.ReviewOverdue, $"next_review {Iso(due)} has passed (today is {Iso(today)}): the page is due for review", At(PageKeys.NextReview), "check the page against its sources, then set last_reviewed to today and next_review to the next date"));
        }

        if (topic && page.Get<List<SourceReference>>(PageKeys.Sources) is { Count: 0 })
        {
            sink.Add(Diagnostic.Warning(Codes.NoSources, "topic page lists no sources", At(PageKeys.Sources), "list the pages the facts come from: `- title: ...`, `url: https://...`, `accessed: YYYY-MM-DD`"));
        }

        if (page.Metadata.GetString(PageKeys.Description) is { } description && description.Length > settings.MaxDescriptionLength)
        {
            sink.Add(Diagnostic.Warning(Codes.DescriptionTooLong, $"description is {description.Length} characters; at most {settings.MaxDescriptionLength}", At(PageKeys.Description), "search engines cut longer descriptions: say the one main thing in one sentence"));
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
