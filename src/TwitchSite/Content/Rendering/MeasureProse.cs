using System.Collections.Immutable;
using Markdig.Syntax;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Readability;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): the readability figures (<see cref="ReadabilityKeys.Prose"/>)
/// of the text readers see: the title the layout prints as the h1 (unless the body has its own),
/// then the body's prose, each sentence with its place in the file for the readability checks.
/// </summary>
public static class MeasureProse
{
    /// <summary>The prose figures of <paramref name="page"/> (with its title keys set) and its <paramref name="syntax"/>.</summary>
    public static ProseStats Of(Document page, MarkdownDocument syntax, PageBody body)
    {
        var counter = ProseStats.Counter.Start();
        if (!page.Get<bool>(MarkdownKeys.TitleInContent) && page.Metadata.GetString(PageKeys.Title) is { Length: > 0 } title)
        {
            var origin = page.Get<SourceOrigins>(FrontMatterKeys.Origins)?.GetValueOrDefault(PageKeys.Title) ?? new SourceLocation(body.Path);
            counter.Add(title, [(0, origin.Line, origin.Column)]);
        }

        ProseExtractor.Measure(syntax, body.LineOffset, counter);
        return counter.Finish();
    }

    /// <summary>
    /// The prose figures of <paramref name="page"/>, keeping the place of only the sentences of more
    /// than <paramref name="maxSentenceWords"/> words (none when null): the only ones the checks and
    /// the <c>check</c> command's table read. Every page holds its figures to the end of the build, and
    /// a place for every sentence was about 1 KB a page (README, "Memory at 100,000 pages").
    /// </summary>
    public static ProseStats Of(Document page, MarkdownDocument syntax, PageBody body, int? maxSentenceWords)
    {
        var stats = Of(page, syntax, body);
        SentenceSpan[] kept = maxSentenceWords is { } max ? [.. stats.LongerThan(max)] : [];
        return kept.Length == stats.SentenceSpans.Count ? stats : stats with { SentenceSpans = kept };
    }
}
