using System.Globalization;
using System.Text;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Readability;
using TwitchSite.Settings;
using TwitchSite.Validation;

namespace TwitchSite.Cli;

/// <summary>
/// The per-page table of the <c>check</c> command: page, layout, Flesch-Kincaid grade, SMOG grade,
/// words, sentences over the limit, and when the next review is due, with a '!' beside figures
/// over the site's targets and reviews that are overdue.
/// </summary>
public static class PageReport
{
    private static readonly string[] Header = ["Page", "Layout", "Grade", "SMOG", "Words", "Long", "Review due"];
    private static readonly bool[] Numeric = [false, false, true, true, true, true, false];

    /// <summary>Writes the table for <paramref name="pages"/>, in source order.</summary>
    public static void Write(TextWriter output, IEnumerable<Document> pages, ContentCheckSettings targets, DateOnly today, DiagnosticFormatter formatter, string inputFolder)
    {
        var rows = new List<string[]> { Header };
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var prose = page.Get<ProseStats>(ReadabilityKeys.Prose) ?? ProseStats.Empty;
            var graded = CheckContent.GradesApplyTo(page, targets);
            var longSentences = targets.MaxSentenceWords is { } maxWords ? prose.LongerThan(maxWords).Count() : 0;
            var due = page.Metadata.TryGetValue(PageKeys.NextReview, out var value) && value is DateOnly date
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (date < today ? " !" : "")
                : "-";
            rows.Add(
            [
                formatter.DisplayPath(page.SourceFullPath ?? Path.Combine(inputFolder, page.Source)),
                page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout,
                Figure(prose.Grade, graded ? targets.MaxGrade : null),
                Figure(prose.Smog, graded ? targets.MaxSmog : null),
                prose.Words.ToString(CultureInfo.InvariantCulture),
                longSentences == 0 ? "0" : longSentences.ToString(CultureInfo.InvariantCulture) + " !",
                due,
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            var line = new StringBuilder();
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = rows[r][c];
                line.Append(Numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
                line.Append(c < widths.Length - 1 ? "  " : "");
            }

            output.WriteLine(line.ToString().TrimEnd());
            if (r == 0)
            {
                output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        var layouts = targets.Layouts is { } names ? "pages of layout " + string.Join(", ", names) : "every page";
        output.WriteLine(targets.Enabled
            ? $"Targets (content_checks in _site.yml): grade {Target(targets.MaxGrade)}, SMOG {Target(targets.MaxSmog)} for {layouts}; sentences of at most {Target(targets.MaxSentenceWords)} words on every page. '!' marks what is over a target or overdue."
            : "The site sets no content_checks in _site.yml: the figures are for information.");
    }

    private static string Target(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "none";

    private static string Figure(double? value, double? target) =>
        value is not { } v ? "-" : v.ToString("0.0", CultureInfo.InvariantCulture) + (target is { } t && v > t ? " !" : "");
}
